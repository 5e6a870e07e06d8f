/* dis.c: a disassembler for code objects (tests, debugging). Every word is
 * listed as the instruction the compiler emitted; a word the quickening pass
 * turned into a fused instruction (compile_opt.h) names it after the
 * argument, in brackets. */
#include "runtime/dis.h"

#include "runtime/code.h"
#include "runtime/ops.h"
#include "runtime/str.h"

static void arg_note(FILE *out, rt_code *c, rt_opcode op, uint32_t arg)
{
    switch (op) {
    case RT_OP_LOAD_FAST:
    case RT_OP_STORE_FAST:
    case RT_OP_DELETE_FAST:
        if (arg < c->nlocals)
            fprintf(out, " (%s)", rt_str_data(c->varnames[arg]));
        break;
    case RT_OP_LOAD_DEREF:
    case RT_OP_STORE_DEREF:
    case RT_OP_DELETE_DEREF:
    case RT_OP_LOAD_CLOSURE:
        if (arg < c->ncellvars)
            fprintf(out, " (%s)", rt_str_data(c->cellvars[arg]));
        else if (arg - c->ncellvars < c->nfreevars)
            fprintf(out, " (%s)", rt_str_data(c->freevars[arg - c->ncellvars]));
        break;
    case RT_OP_LOAD_GLOBAL:
        if (arg < c->ngcache)
            fprintf(out, " (%s)", rt_str_data(c->names[c->gcache[arg].name]));
        break;
    case RT_OP_STORE_GLOBAL:
    case RT_OP_DELETE_GLOBAL:
    case RT_OP_LOAD_ATTR:
    case RT_OP_STORE_ATTR:
    case RT_OP_DELETE_ATTR:
    case RT_OP_LOAD_METHOD:
    case RT_OP_IMPORT_NAME:
        if (arg < c->nnames)
            fprintf(out, " (%s)", rt_str_data(c->names[arg]));
        break;
    case RT_OP_LOAD_CONST:
        if (arg < c->nconsts) {
            rt_value v = c->consts[arg];
            if (rt_is_smallint(v))
                fprintf(out, " (%lld)", (long long)rt_smallint_get(v));
            else if (v == RT_NONE)
                fprintf(out, " (None)");
            else if (v == RT_TRUE || v == RT_FALSE)
                fprintf(out, " (%s)", v == RT_TRUE ? "True" : "False");
            else if (rt_is_str(v))
                fprintf(out, " ('%s')", rt_str_data(v));
            else if (rt_type_of(v) == RT_T_CODE)
                fprintf(out, " (<code %s>)", rt_str_data(rt_code_of(v)->qualname));
        }
        break;
    default: break;
    }
}

void rt_dis(FILE *out, rt_value code, int recursive)
{
    rt_code *c = rt_code_of(code);
    fprintf(out, "Disassembly of <code %s>: stack %u, blocks %u\n", rt_str_data(c->qualname),
            c->stacksize, c->maxblocks);
    int last = -1;
    for (uint32_t i = 0; i < c->ninsns; i++) {
        rt_opcode fused = RT_INSN_OP(c->insns[i]);
        rt_opcode op = rt_opcode_base(fused);
        uint32_t arg = RT_INSN_ARG(c->insns[i]);
        int line = c->lines[i];
        if (line != last)
            fprintf(out, "%4d ", line);
        else
            fprintf(out, "     ");
        last = line;
        fprintf(out, "%6u %-22s %u", i, rt_opcode_name(op), arg);
        arg_note(out, c, op, arg);
        if (fused != op)
            fprintf(out, "  [%s]", rt_opcode_name(fused));
        fputc('\n', out);
    }
    if (recursive)
        for (uint32_t i = 0; i < c->nconsts; i++)
            if (rt_type_of(c->consts[i]) == RT_T_CODE) {
                fputc('\n', out);
                rt_dis(out, c->consts[i], 1);
            }
}
