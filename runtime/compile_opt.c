/* compile_opt.c: the quickening pass: runs of instructions the benchmark
 * programs execute most (docs/dev/interpreter.md has the counts) become
 * fused instructions, whose handlers in vm.c keep their operands out of the
 * value stack where they can and do small-int arithmetic inline. */
#include "runtime/compile_opt.h"

#include <stdbool.h>
#include <stdlib.h>

#include "runtime/opcodes.h"
#include "runtime/ops.h"

/* A fused instruction and the opcodes of the run it stands for. */
typedef struct fusion {
    rt_opcode fused;
    uint8_t len;
    rt_opcode ops[4];
    bool same_ends; /* the run's first and last words name the same slot */
    bool call01;    /* its two CALLs take 0 then 1 argument: `f(x.m())` */
} fusion;

/* Longest first: at an index the first match wins. */
/* clang-format off */
#define RUN2(a, b) RT_OP_##a##__##b, 2, {RT_OP_##a, RT_OP_##b}
#define RUN3(a, b, c) RT_OP_##a##__##b##__##c, 3, {RT_OP_##a, RT_OP_##b, RT_OP_##c}
#define RUN4(a, b, c, d) RT_OP_##a##__##b##__##c##__##d, 4, {RT_OP_##a, RT_OP_##b, RT_OP_##c, RT_OP_##d}
/* clang-format on */
static const fusion fusions[] = {
    {RUN4(LOAD_FAST, LOAD_FAST, BINARY_OP, STORE_FAST), false, false},
    {RUN4(LOAD_FAST, LOAD_CONST, BINARY_OP, STORE_FAST), false, false},
    {RUN4(LOAD_DEREF, LOAD_FAST, BINARY_OP, STORE_DEREF), true, false},
    {RUN4(LOAD_FAST, LOAD_METHOD, CALL, CALL), false, true},
    {RUN3(LOAD_FAST, LOAD_FAST, BINARY_OP), false, false},
    {RUN3(LOAD_FAST, LOAD_CONST, BINARY_OP), false, false},
    {RUN3(LOAD_FAST, LOAD_DEREF, BINARY_OP), false, false},
    {RUN3(LOAD_FAST, LOAD_FAST, STORE_ATTR), false, false},
    {RUN2(LOAD_FAST, BINARY_OP), false, false},
    {RUN2(LOAD_CONST, BINARY_OP), false, false},
    {RUN2(LOAD_GLOBAL, BINARY_OP), false, false},
    {RUN2(BINARY_OP, STORE_FAST), false, false},
    {RUN2(COMPARE_OP, POP_JUMP_IF_FALSE), false, false},
    {RUN2(COMPARE_OP, POP_JUMP_IF_TRUE), false, false},
    {RUN2(LOAD_FAST, LOAD_FAST), false, false},
    {RUN2(LOAD_FAST, LOAD_CONST), false, false},
    {RUN2(LOAD_CONST, LOAD_FAST), false, false},
    {RUN2(STORE_FAST, LOAD_FAST), false, false},
    {RUN2(FOR_ITER, STORE_FAST), false, false},
    {RUN2(FOR_STACK, STORE_FAST), false, false},
    {RUN2(POP_TOP, JUMP), false, false},
    {RUN2(STORE_FAST, JUMP), false, false},
    {RUN2(LOAD_FAST, RETURN_VALUE), false, false},
    {RUN2(LOAD_CONST, RETURN_VALUE), false, false},
    {RUN2(PUSH_NULL, LOAD_FAST), false, false},
    {RUN2(PUSH_NULL, LOAD_GLOBAL), false, false},
    {RUN2(PUSH_NULL, LOAD_DEREF), false, false},
    {RUN2(LOAD_FAST, LOAD_ATTR), false, false},
    {RUN2(LOAD_FAST, LOAD_METHOD), false, false},
    {RUN2(LOAD_FAST, STORE_ATTR), false, false},
    {RUN2(DUP_TOP, LOAD_ATTR), false, false},
    {RUN2(ROT_TWO, STORE_ATTR), false, false},
    {RUN2(LOAD_FAST, CALL), false, false},
    {RUN2(LOAD_CONST, CALL), false, false},
    {RUN2(LOAD_DEREF, LOAD_FAST), false, false},
    {RUN2(LOAD_DEREF, LOAD_DEREF), false, false},
    {RUN2(LOAD_FAST, LOAD_DEREF), false, false},
    {RUN2(STORE_DEREF, LOAD_DEREF), false, false},
    {RUN2(LOAD_DEREF, RETURN_VALUE), false, false},
    {RUN2(KW_NAMES, CALL), false, false},
};
#undef RUN4
#undef RUN3
#undef RUN2

/* The operators the fused handlers compute inline on small ints (vm.c's
 * smallint_binop); a BINARY_OP with any other (true division, powers,
 * shifts, matrix products) would always take the slow path, so it is not
 * fused. */
static bool binop_inline(uint32_t arg)
{
    switch (arg & ~RT_BINOP_INPLACE) {
    case RT_OP_ADD:
    case RT_OP_SUB:
    case RT_OP_MUL:
    case RT_OP_FLOORDIV:
    case RT_OP_MOD:
    case RT_OP_AND:
    case RT_OP_OR:
    case RT_OP_XOR: return true;
    default: return false;
    }
}

/* The operator-specialised forms (opcodes.h, RT_BINOP_VARIANTS): for each
 * form, its first variant (FORM_ADD); the five follow in the order of
 * variant_index. */
static const struct {
    rt_opcode form, first;
} binop_variants[] = {
#define VARIANT(form)                                                                              \
    {                                                                                              \
        RT_OP_##form, RT_OP_##form##_ADD                                                           \
    }
    VARIANT(BINARY_OP),
    VARIANT(BINARY_OP__STORE_FAST),
    VARIANT(LOAD_FAST__BINARY_OP),
    VARIANT(LOAD_CONST__BINARY_OP),
    VARIANT(LOAD_GLOBAL__BINARY_OP),
    VARIANT(LOAD_FAST__LOAD_FAST__BINARY_OP),
    VARIANT(LOAD_FAST__LOAD_CONST__BINARY_OP),
    VARIANT(LOAD_FAST__LOAD_FAST__BINARY_OP__STORE_FAST),
    VARIANT(LOAD_FAST__LOAD_CONST__BINARY_OP__STORE_FAST),
#undef VARIANT
};

static int variant_index(uint32_t binop_arg)
{
    switch (binop_arg & ~RT_BINOP_INPLACE) {
    case RT_OP_ADD: return 0;
    case RT_OP_SUB: return 1;
    case RT_OP_MUL: return 2;
    case RT_OP_FLOORDIV: return 3;
    case RT_OP_MOD: return 4;
    default: return -1;
    }
}

/* The form `op` specialised on the operator of the BINARY_OP at the end of
 * its run (binop_arg), or op itself when there is no such form. */
static rt_opcode specialise(rt_opcode op, uint32_t binop_arg)
{
    int k = variant_index(binop_arg);
    if (k < 0)
        return op;
    for (size_t i = 0; i < sizeof binop_variants / sizeof binop_variants[0]; i++)
        if (binop_variants[i].form == op)
            return (rt_opcode)(binop_variants[i].first + k);
    return op;
}

/* The argument of the run's BINARY_OP (the run at i spelled by fu). */
static uint32_t run_binop_arg(const fusion *fu, const uint32_t *insns, size_t i)
{
    for (size_t k = 0; k < fu->len; k++)
        if (fu->ops[k] == RT_OP_BINARY_OP)
            return RT_INSN_ARG(insns[i + k]);
    return UINT32_MAX;
}

static bool run_matches(const fusion *fu, const uint32_t *insns, size_t i, size_t n,
                        const uint8_t *target)
{
    if (i + fu->len > n)
        return false;
    for (size_t k = 0; k < fu->len; k++) {
        uint32_t w = insns[i + k];
        if (RT_INSN_OP(w) != fu->ops[k])
            return false;
        if (k > 0 && target[i + k])
            return false; /* a branch lands inside the run */
        if (fu->ops[k] == RT_OP_BINARY_OP && !binop_inline(RT_INSN_ARG(w)))
            return false;
    }
    if (fu->call01 && (RT_INSN_ARG(insns[i + 2]) != 0 || RT_INSN_ARG(insns[i + 3]) != 1))
        return false;
    return !fu->same_ends || RT_INSN_ARG(insns[i]) == RT_INSN_ARG(insns[i + fu->len - 1]);
}

size_t rt_code_quicken(uint32_t *insns, size_t n)
{
    uint8_t *target = calloc(n + 1, 1);
    if (!target)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (rt_opcode_flags(RT_INSN_OP(insns[i])) & RT_OPF_JUMP) {
            uint32_t t = RT_INSN_ARG(insns[i]);
            if (t <= n)
                target[t] = 1;
        }
    /* Left to right, matching on the original opcodes: a rewrite at i only
     * changes insns[i], and a run starting at i reads insns[i..]. */
    size_t rewritten = 0;
    for (size_t i = 0; i < n; i++) {
        size_t f = 0;
        for (; f < sizeof fusions / sizeof fusions[0]; f++)
            if (run_matches(&fusions[f], insns, i, n, target)) {
                rt_opcode op = specialise(fusions[f].fused, run_binop_arg(&fusions[f], insns, i));
                insns[i] = rt_insn(op, RT_INSN_ARG(insns[i]));
                rewritten++;
                break;
            }
        if (f == sizeof fusions / sizeof fusions[0] && RT_INSN_OP(insns[i]) == RT_OP_BINARY_OP) {
            /* a BINARY_OP no run starts at: its operator's own form */
            rt_opcode op = specialise(RT_OP_BINARY_OP, RT_INSN_ARG(insns[i]));
            if (op != RT_OP_BINARY_OP) {
                insns[i] = rt_insn(op, RT_INSN_ARG(insns[i]));
                rewritten++;
            }
        }
    }
    free(target);
    return rewritten;
}
