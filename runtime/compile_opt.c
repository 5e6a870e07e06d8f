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
} fusion;

/* Longest first: at an index the first match wins. */
static const fusion fusions[] = {
    {RT_OP_LOAD_FAST__LOAD_FAST__BINARY_OP__STORE_FAST,
     4,
     {RT_OP_LOAD_FAST, RT_OP_LOAD_FAST, RT_OP_BINARY_OP, RT_OP_STORE_FAST}},
    {RT_OP_LOAD_FAST__LOAD_CONST__BINARY_OP__STORE_FAST,
     4,
     {RT_OP_LOAD_FAST, RT_OP_LOAD_CONST, RT_OP_BINARY_OP, RT_OP_STORE_FAST}},
    {RT_OP_LOAD_FAST__LOAD_FAST__BINARY_OP, 3, {RT_OP_LOAD_FAST, RT_OP_LOAD_FAST, RT_OP_BINARY_OP}},
    {RT_OP_LOAD_FAST__LOAD_CONST__BINARY_OP,
     3,
     {RT_OP_LOAD_FAST, RT_OP_LOAD_CONST, RT_OP_BINARY_OP}},
    {RT_OP_LOAD_FAST__BINARY_OP, 2, {RT_OP_LOAD_FAST, RT_OP_BINARY_OP}},
    {RT_OP_LOAD_CONST__BINARY_OP, 2, {RT_OP_LOAD_CONST, RT_OP_BINARY_OP}},
    {RT_OP_LOAD_GLOBAL__BINARY_OP, 2, {RT_OP_LOAD_GLOBAL, RT_OP_BINARY_OP}},
    {RT_OP_BINARY_OP__STORE_FAST, 2, {RT_OP_BINARY_OP, RT_OP_STORE_FAST}},
    {RT_OP_COMPARE_OP__POP_JUMP_IF_FALSE, 2, {RT_OP_COMPARE_OP, RT_OP_POP_JUMP_IF_FALSE}},
    {RT_OP_COMPARE_OP__POP_JUMP_IF_TRUE, 2, {RT_OP_COMPARE_OP, RT_OP_POP_JUMP_IF_TRUE}},
    {RT_OP_LOAD_FAST__LOAD_FAST, 2, {RT_OP_LOAD_FAST, RT_OP_LOAD_FAST}},
    {RT_OP_LOAD_FAST__LOAD_CONST, 2, {RT_OP_LOAD_FAST, RT_OP_LOAD_CONST}},
    {RT_OP_LOAD_CONST__LOAD_FAST, 2, {RT_OP_LOAD_CONST, RT_OP_LOAD_FAST}},
    {RT_OP_STORE_FAST__LOAD_FAST, 2, {RT_OP_STORE_FAST, RT_OP_LOAD_FAST}},
    {RT_OP_FOR_ITER__STORE_FAST, 2, {RT_OP_FOR_ITER, RT_OP_STORE_FAST}},
    {RT_OP_POP_TOP__JUMP, 2, {RT_OP_POP_TOP, RT_OP_JUMP}},
    {RT_OP_STORE_FAST__JUMP, 2, {RT_OP_STORE_FAST, RT_OP_JUMP}},
    {RT_OP_LOAD_FAST__RETURN_VALUE, 2, {RT_OP_LOAD_FAST, RT_OP_RETURN_VALUE}},
    {RT_OP_LOAD_CONST__RETURN_VALUE, 2, {RT_OP_LOAD_CONST, RT_OP_RETURN_VALUE}},
    {RT_OP_PUSH_NULL__LOAD_FAST, 2, {RT_OP_PUSH_NULL, RT_OP_LOAD_FAST}},
    {RT_OP_PUSH_NULL__LOAD_GLOBAL, 2, {RT_OP_PUSH_NULL, RT_OP_LOAD_GLOBAL}},
    {RT_OP_PUSH_NULL__LOAD_DEREF, 2, {RT_OP_PUSH_NULL, RT_OP_LOAD_DEREF}},
    {RT_OP_LOAD_FAST__LOAD_ATTR, 2, {RT_OP_LOAD_FAST, RT_OP_LOAD_ATTR}},
    {RT_OP_LOAD_FAST__LOAD_METHOD, 2, {RT_OP_LOAD_FAST, RT_OP_LOAD_METHOD}},
    {RT_OP_LOAD_FAST__STORE_ATTR, 2, {RT_OP_LOAD_FAST, RT_OP_STORE_ATTR}},
    {RT_OP_LOAD_FAST__CALL, 2, {RT_OP_LOAD_FAST, RT_OP_CALL}},
    {RT_OP_LOAD_CONST__CALL, 2, {RT_OP_LOAD_CONST, RT_OP_CALL}},
};

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
    return true;
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
    for (size_t i = 0; i < n; i++)
        for (size_t f = 0; f < sizeof fusions / sizeof fusions[0]; f++)
            if (run_matches(&fusions[f], insns, i, n, target)) {
                insns[i] = rt_insn(fusions[f].fused, RT_INSN_ARG(insns[i]));
                rewritten++;
                break;
            }
    free(target);
    return rewritten;
}
