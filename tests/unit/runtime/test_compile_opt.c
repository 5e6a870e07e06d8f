/* test_compile_opt.c: the quickening pass (runtime/compile_opt.c): which runs
 * of instructions it fuses and which it must leave alone, that it moves no
 * argument, what dis shows, and that fused instructions are charged one
 * instruction per word they cover (the budget's and the counters' unit). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/code.h"
#include "runtime/compile.h"
#include "runtime/compile_opt.h"
#include "runtime/dis.h"
#include "runtime/heap.h"
#include "runtime/ops.h"
#include "runtime/rt.h"
#include "runtime/rt_inspect.h"
#include "runtime/state.h"
#include "tests/harness.h"

#define W(op, a) rt_insn(RT_OP_##op, (a))

/* Every word's base opcode and argument are what the compiler wrote. */
static int unchanged_but_opcodes(const uint32_t *before, const uint32_t *after, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (RT_INSN_ARG(before[i]) != RT_INSN_ARG(after[i]) ||
            RT_INSN_BASE(after[i]) != RT_INSN_OP(before[i]))
            return 0;
    return 1;
}

TEST(fuses_the_longest_run)
{
    /* x = x + 1 in a loop: local = local op const, then the back edge */
    uint32_t before[] = {W(LOAD_FAST, 0),   W(LOAD_CONST, 3), W(BINARY_OP, RT_OP_ADD),
                         W(STORE_FAST, 0),  W(JUMP, 0),       W(LOAD_CONST, 0),
                         W(RETURN_VALUE, 0)};
    size_t n = sizeof before / sizeof before[0];
    uint32_t w[sizeof before / sizeof before[0]];
    memcpy(w, before, sizeof w);
    size_t k = rt_code_quicken(w, n);
    CHECK(unchanged_but_opcodes(before, w, n));
    CHECK_EQ_INT(RT_INSN_OP(w[0]), RT_OP_LOAD_FAST__LOAD_CONST__BINARY_OP__STORE_FAST_ADD);
    CHECK_EQ_INT(rt_opcode_len(RT_INSN_OP(w[0])), 4);
    /* runs overlap: each later word heads the longest run starting there */
    CHECK_EQ_INT(RT_INSN_OP(w[1]), RT_OP_LOAD_CONST__BINARY_OP_ADD);
    CHECK_EQ_INT(RT_INSN_OP(w[2]), RT_OP_BINARY_OP__STORE_FAST_ADD);
    CHECK_EQ_INT(RT_INSN_OP(w[3]), RT_OP_STORE_FAST__JUMP);
    CHECK_EQ_INT(RT_INSN_OP(w[4]), RT_OP_JUMP);
    CHECK_EQ_INT(RT_INSN_OP(w[5]), RT_OP_LOAD_CONST__RETURN_VALUE);
    CHECK_EQ_INT(k, 5);
}

TEST(a_jump_into_a_run_prevents_it)
{
    /* the JUMP lands on word 1: no run may contain word 1 after its head */
    uint32_t before[] = {W(LOAD_FAST, 0), W(LOAD_FAST, 1), W(BINARY_OP, RT_OP_SUB),
                         W(STORE_FAST, 2), W(JUMP, 1)};
    size_t n = sizeof before / sizeof before[0];
    uint32_t w[sizeof before / sizeof before[0]];
    memcpy(w, before, sizeof w);
    rt_code_quicken(w, n);
    CHECK(unchanged_but_opcodes(before, w, n));
    CHECK_EQ_INT(RT_INSN_OP(w[0]), RT_OP_LOAD_FAST);
    /* the jump target itself may head a run */
    CHECK_EQ_INT(RT_INSN_OP(w[1]), RT_OP_LOAD_FAST__BINARY_OP_SUB);

    /* an exception handler's address counts as a jump target too */
    uint32_t h[] = {W(SETUP_BLOCK, 2), W(LOAD_FAST, 0), W(LOAD_FAST, 1), W(RETURN_VALUE, 0)};
    rt_code_quicken(h, 4);
    CHECK_EQ_INT(RT_INSN_OP(h[1]), RT_OP_LOAD_FAST);
    CHECK_EQ_INT(RT_INSN_OP(h[2]), RT_OP_LOAD_FAST__RETURN_VALUE);

    /* a branch onto the jump of a compare-and-branch keeps them apart */
    uint32_t c[] = {W(LOAD_FAST, 0),         W(POP_JUMP_IF_FALSE, 3), W(COMPARE_OP, RT_CMP_LT),
                    W(POP_JUMP_IF_FALSE, 0), W(LOAD_CONST, 0),        W(RETURN_VALUE, 0)};
    rt_code_quicken(c, 6);
    CHECK_EQ_INT(RT_INSN_OP(c[2]), RT_OP_COMPARE_OP);
}

TEST(a_method_result_as_the_only_argument)
{
    /* f(x.m()): CALL 0 then CALL 1 after the load and the method */
    uint32_t before[] = {W(PUSH_NULL, 0), W(LOAD_GLOBAL, 0), W(LOAD_FAST, 1),   W(LOAD_METHOD, 2),
                         W(CALL, 0),      W(CALL, 1),        W(RETURN_VALUE, 0)};
    size_t n = sizeof before / sizeof before[0];
    uint32_t w[sizeof before / sizeof before[0]];
    memcpy(w, before, sizeof w);
    rt_code_quicken(w, n);
    CHECK(unchanged_but_opcodes(before, w, n));
    CHECK_EQ_INT(RT_INSN_OP(w[2]), RT_OP_LOAD_FAST__LOAD_METHOD__CALL__CALL);
    CHECK_EQ_INT(rt_opcode_len(RT_INSN_OP(w[2])), 4);

    /* f(x.m(a)) and f(x.m(), b) are other shapes: only the load and the
     * method pair */
    uint32_t args1[] = {W(LOAD_FAST, 1), W(LOAD_METHOD, 2), W(CALL, 1), W(CALL, 1)};
    rt_code_quicken(args1, 4);
    CHECK_EQ_INT(RT_INSN_OP(args1[0]), RT_OP_LOAD_FAST__LOAD_METHOD);
    uint32_t args2[] = {W(LOAD_FAST, 1), W(LOAD_METHOD, 2), W(CALL, 0), W(CALL, 2)};
    rt_code_quicken(args2, 4);
    CHECK_EQ_INT(RT_INSN_OP(args2[0]), RT_OP_LOAD_FAST__LOAD_METHOD);
    /* nor when a branch lands on one of the calls */
    uint32_t jumped[] = {W(LOAD_FAST, 1), W(LOAD_METHOD, 2), W(CALL, 0), W(CALL, 1), W(JUMP, 3)};
    rt_code_quicken(jumped, 5);
    CHECK_EQ_INT(RT_INSN_OP(jumped[0]), RT_OP_LOAD_FAST__LOAD_METHOD);
}

TEST(only_operators_computed_inline)
{
    /* true division always takes the generic path: not fused into the
     * arithmetic runs, though the loads still pair */
    uint32_t before[] = {W(LOAD_FAST, 0), W(LOAD_CONST, 1), W(BINARY_OP, RT_OP_TRUEDIV),
                         W(STORE_FAST, 0)};
    uint32_t w[4];
    memcpy(w, before, sizeof w);
    rt_code_quicken(w, 4);
    CHECK(unchanged_but_opcodes(before, w, 4));
    CHECK_EQ_INT(RT_INSN_OP(w[0]), RT_OP_LOAD_FAST__LOAD_CONST);
    CHECK_EQ_INT(RT_INSN_OP(w[1]), RT_OP_LOAD_CONST);
    CHECK_EQ_INT(RT_INSN_OP(w[2]), RT_OP_BINARY_OP);

    /* the augmented form of an inline operator is fused */
    uint32_t aug[] = {W(LOAD_FAST, 0), W(LOAD_FAST, 1), W(BINARY_OP, RT_OP_MOD | RT_BINOP_INPLACE),
                      W(STORE_FAST, 0)};
    rt_code_quicken(aug, 4);
    CHECK_EQ_INT(RT_INSN_OP(aug[0]), RT_OP_LOAD_FAST__LOAD_FAST__BINARY_OP__STORE_FAST_MOD);
}

TEST(the_compiler_runs_the_pass)
{
    rt_state *rt = rt_state_new(NULL);
    const char *src = "def f(a, b):\n    c = a * b\n    return c\n";
    rt_value m = rt_compile_source(rt, "t.py", src, strlen(src));
    CHECK(m != RT_NULL);
    rt_code *f = NULL;
    for (uint32_t i = 0; m && i < rt_code_of(m)->nconsts; i++)
        if (rt_type_of(rt_code_of(m)->consts[i]) == RT_T_CODE)
            f = rt_code_of(rt_code_of(m)->consts[i]);
    CHECK(f != NULL);
    if (f) {
        CHECK(f->ninsns >= 6);
        CHECK_EQ_INT(RT_INSN_OP(f->insns[0]),
                     RT_OP_LOAD_FAST__LOAD_FAST__BINARY_OP__STORE_FAST_MUL);
        CHECK_EQ_INT(RT_INSN_OP(f->insns[4]), RT_OP_LOAD_FAST__RETURN_VALUE);
        /* dis lists what the compiler emitted and names the fused forms */
        char *text = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&text, &len);
        rt_dis(mem, m, 1);
        fclose(mem);
        CHECK(strstr(text, "LOAD_FAST              0 (a)  [LOAD_FAST__LOAD_FAST__BINARY_OP__"
                           "STORE_FAST_MUL]") != NULL);
        CHECK(strstr(text, "STORE_FAST             2 (c)") != NULL);
        CHECK(strstr(text, "RETURN_VALUE") != NULL);
        free(text);
    }
    if (m)
        rt_decref(rt, m);
    rt_state_free(rt);
}

static void discard(void *ctx, const char *data, size_t len)
{
    (void)ctx;
    (void)data;
    (void)len;
}

static uint64_t instructions(rt_state *rt)
{
    rt_inspect_totals t;
    rt_inspect_totals_get(rt, &t);
    return t.instructions_total;
}

/* Instructions executed by f(n) after src defined f, run in slices of
 * `slice` instructions (0: unsliced). */
static uint64_t count_call(const char *src, int n, uint64_t slice)
{
    rt_config cfg = {0};
    cfg.write_out = discard;
    rt_state *rt = rt_state_new(&cfg);
    char call[64];
    snprintf(call, sizeof call, "r = f(%d)\n", n);
    char *prog = malloc(strlen(src) + sizeof call);
    strcpy(prog, src);
    strcat(prog, call);
    CHECK_EQ_INT(rt_load(rt, "t.py", prog, strlen(prog)), RT_OK);
    rt_budget b = {slice, 0};
    rt_status st;
    while ((st = rt_run(rt, slice ? &b : NULL)) == RT_YIELD)
        ;
    CHECK_EQ_INT(st, RT_DONE);
    uint64_t k = instructions(rt);
    rt_state_free(rt);
    free(prog);
    return k;
}

/* A loop body of seven instructions (FOR_ITER, STORE_FAST, LOAD_FAST,
 * LOAD_FAST, BINARY_OP, STORE_FAST, JUMP), run as two fused instructions and
 * the JUMP, costs seven per iteration, in slices of any length. */
TEST(fused_instructions_count_every_word)
{
    const char *src = "def f(n):\n"
                      "    t = 0\n"
                      "    for i in range(n):\n"
                      "        t = t + i\n"
                      "    return t\n";
    uint64_t ten = count_call(src, 10, 0), thirty = count_call(src, 30, 0);
    CHECK_EQ_INT((long long)(thirty - ten), 7LL * 20);
    for (uint64_t s = 1; s <= 5; s++)
        CHECK_EQ_INT((long long)count_call(src, 30, s), (long long)thirty);
}

TEST(cell_update_needs_the_same_cell)
{
    /* count += step: read and written back through the same cell */
    uint32_t same[] = {
        W(LOAD_DEREF, 1),  W(LOAD_FAST, 0),  W(BINARY_OP, RT_OP_ADD | RT_BINOP_INPLACE),
        W(STORE_DEREF, 1), W(LOAD_DEREF, 1), W(RETURN_VALUE, 0)};
    rt_code_quicken(same, 6);
    CHECK_EQ_INT(RT_INSN_OP(same[0]), RT_OP_LOAD_DEREF__LOAD_FAST__BINARY_OP__STORE_DEREF);
    CHECK_EQ_INT(RT_INSN_OP(same[3]), RT_OP_STORE_DEREF__LOAD_DEREF);
    CHECK_EQ_INT(RT_INSN_OP(same[4]), RT_OP_LOAD_DEREF__RETURN_VALUE);
    /* other = cell + step: only the pair fuses */
    uint32_t other[] = {W(LOAD_DEREF, 1), W(LOAD_FAST, 0), W(BINARY_OP, RT_OP_ADD),
                        W(STORE_DEREF, 2)};
    rt_code_quicken(other, 4);
    CHECK_EQ_INT(RT_INSN_OP(other[0]), RT_OP_LOAD_DEREF__LOAD_FAST);
}

/* Objects allocated by running src (then f(n)) to the end. */
static uint64_t allocations(const char *src, int n)
{
    rt_config cfg = {0};
    cfg.write_out = discard;
    rt_state *rt = rt_state_new(&cfg);
    char call[64];
    snprintf(call, sizeof call, "r = f(%d)\n", n);
    char *prog = malloc(strlen(src) + sizeof call);
    strcpy(prog, src);
    strcat(prog, call);
    CHECK_EQ_INT(rt_load(rt, "t.py", prog, strlen(prog)), RT_OK);
    CHECK_EQ_INT(rt_run(rt, NULL), RT_DONE);
    rt_heap_totals t;
    rt_heap_totals_get(rt, &t);
    rt_state_free(rt);
    free(prog);
    return t.allocated_objects;
}

/* t = t * a + b - c: the product is a new float (both operands are held
 * by locals), the sum and the difference reuse its box (the value stack
 * held the only reference), so each iteration allocates one float. */
TEST(float_temporaries_reuse_their_box)
{
    const char *src = "def f(n):\n"
                      "    t, a, b, c = 0.5, 1.25, 0.75, 0.125\n"
                      "    for i in range(n):\n"
                      "        t = t * a + b - c\n"
                      "    return t\n";
    uint64_t ten = allocations(src, 10), hundred = allocations(src, 110);
    CHECK_EQ_INT((long long)(hundred - ten), 100LL);
    /* a shared float is never the one reused: x keeps its value */
    const char *shared = "def f(n):\n"
                         "    x = 1.5\n"
                         "    y = x + 1.0 + 2.0\n"
                         "    assert x == 1.5 and y == 4.5, (x, y)\n"
                         "    l = [0.25]\n"
                         "    z = l[0] * 2 + 1\n"
                         "    assert l == [0.25] and z == 1.5, (l, z)\n"
                         "    return n\n";
    CHECK(allocations(shared, 1) > 0);
}

/* Float and str compares fused with their branch are charged one
 * instruction per word, in slices of any length, like the int ones. */
TEST(float_and_str_compares_count_every_word)
{
    const char *src = "def f(n):\n"
                      "    t = 0.0\n"
                      "    s = 'a'\n"
                      "    for i in range(n):\n"
                      "        if t < 1e9:\n"
                      "            t = t + 0.5\n"
                      "        if s == 'b':\n"
                      "            t = -t\n"
                      "    return t\n";
    uint64_t ten = count_call(src, 10, 0), thirty = count_call(src, 30, 0);
    /* FOR_ITER STORE_FAST | LOAD_FAST LOAD_CONST COMPARE_OP POP_JUMP |
     * LOAD_FAST LOAD_CONST BINARY_OP STORE_FAST | LOAD_FAST LOAD_CONST
     * COMPARE_OP POP_JUMP | JUMP */
    CHECK_EQ_INT((long long)(thirty - ten), 15LL * 20);
    for (uint64_t s = 1; s <= 5; s++)
        CHECK_EQ_INT((long long)count_call(src, 30, s), (long long)thirty);
}

TEST(arithmetic_specialised_by_operator)
{
    /* + - * // % (augmented too) get their operator's form, fused or alone;
     * the rest keep the generic one */
    static const struct {
        uint32_t op;
        rt_opcode alone, with_loads;
    } cases[] = {
        {RT_OP_ADD, RT_OP_BINARY_OP_ADD, RT_OP_LOAD_FAST__LOAD_CONST__BINARY_OP_ADD},
        {RT_OP_SUB | RT_BINOP_INPLACE, RT_OP_BINARY_OP_SUB,
         RT_OP_LOAD_FAST__LOAD_CONST__BINARY_OP_SUB},
        {RT_OP_MUL, RT_OP_BINARY_OP_MUL, RT_OP_LOAD_FAST__LOAD_CONST__BINARY_OP_MUL},
        {RT_OP_FLOORDIV, RT_OP_BINARY_OP_FLOORDIV, RT_OP_LOAD_FAST__LOAD_CONST__BINARY_OP_FLOORDIV},
        {RT_OP_MOD | RT_BINOP_INPLACE, RT_OP_BINARY_OP_MOD,
         RT_OP_LOAD_FAST__LOAD_CONST__BINARY_OP_MOD},
        {RT_OP_AND, RT_OP_BINARY_OP, RT_OP_LOAD_FAST__LOAD_CONST__BINARY_OP},
        {RT_OP_XOR, RT_OP_BINARY_OP, RT_OP_LOAD_FAST__LOAD_CONST__BINARY_OP},
        {RT_OP_TRUEDIV, RT_OP_BINARY_OP, RT_OP_LOAD_FAST__LOAD_CONST},
        {RT_OP_LSHIFT, RT_OP_BINARY_OP, RT_OP_LOAD_FAST__LOAD_CONST},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        /* a BINARY_OP after a call's result: no run starts at it */
        uint32_t alone[] = {W(CALL, 0), W(LOAD_FAST, 1), W(BINARY_OP, cases[i].op),
                            W(RETURN_VALUE, 0)};
        uint32_t b1[4];
        memcpy(b1, alone, sizeof b1);
        rt_code_quicken(alone, 4);
        CHECK(unchanged_but_opcodes(b1, alone, 4));
        CHECK_EQ_INT(RT_INSN_OP(alone[2]), cases[i].alone);
        CHECK_EQ_INT(rt_opcode_len(RT_INSN_OP(alone[2])), 1);
        CHECK_EQ_INT(rt_opcode_base(RT_INSN_OP(alone[2])), RT_OP_BINARY_OP);
        uint32_t run[] = {W(LOAD_FAST, 0), W(LOAD_CONST, 1), W(BINARY_OP, cases[i].op),
                          W(RETURN_VALUE, 0)};
        uint32_t b2[4];
        memcpy(b2, run, sizeof b2);
        rt_code_quicken(run, 4);
        CHECK(unchanged_but_opcodes(b2, run, 4));
        CHECK_EQ_INT(RT_INSN_OP(run[0]), cases[i].with_loads);
    }
}

/* Each operator's form computes that operator on small ints, falls back
 * to the generic path for floats, big results and errors, and counts its
 * words as before. */
TEST(operator_forms_run_their_operator)
{
    const char *src = "def f(n):\n"
                      "    t = 7\n"
                      "    for i in range(1, n):\n"
                      "        t = (t * 3 + i - 2) % 1000003 + t // 5\n"
                      "        t %= 999983\n"
                      "        t -= i\n"
                      "    return t\n";
    uint64_t ten = count_call(src, 10, 0), thirty = count_call(src, 30, 0);
    for (uint64_t s = 1; s <= 5; s++)
        CHECK_EQ_INT((long long)count_call(src, 30, s), (long long)thirty);
    CHECK(thirty > ten);
}

/* tuple(sorted(d.items())) and sorted(d.items()) of a local dict: the
 * same words counted as when d is a global (not fused), and only the pairs
 * and the result allocated (no items view, no list for the tuple). */
TEST(sorted_items_counts_and_allocates_less)
{
    const char *local = "def f(n):\n"
                        "    d = {'k': 1}\n"
                        "    t = 0\n"
                        "    for i in range(n):\n"
                        "        t = t + len(tuple(sorted(d.items())))\n"
                        "    return t\n";
    const char *global = "d = {'k': 1}\n"
                         "def f(n):\n"
                         "    t = 0\n"
                         "    for i in range(n):\n"
                         "        t = t + len(tuple(sorted(d.items())))\n"
                         "    return t\n";
    uint64_t fused = count_call(local, 30, 0) - count_call(local, 10, 0);
    uint64_t plain = count_call(global, 30, 0) - count_call(global, 10, 0);
    CHECK_EQ_INT((long long)fused, (long long)plain);
    for (uint64_t s = 1; s <= 5; s++)
        CHECK_EQ_INT((long long)count_call(local, 30, s), (long long)count_call(local, 30, 0));
    /* a pair and the tuple per iteration; unfused: the view and the list too */
    CHECK_EQ_INT((long long)(allocations(local, 110) - allocations(local, 10)), 2LL * 100);
    CHECK_EQ_INT((long long)(allocations(global, 110) - allocations(global, 10)), 4LL * 100);
    /* the list form: a pair and the list */
    const char *as_list = "def f(n):\n"
                          "    d = {'k': 1}\n"
                          "    for i in range(n):\n"
                          "        x = sorted(d.items())\n"
                          "    return 0\n";
    CHECK_EQ_INT((long long)(allocations(as_list, 110) - allocations(as_list, 10)), 2LL * 100);
}

/* KW_NAMES and its CALL run as one dispatch and count as the two words:
 * a call with a keyword costs exactly one word more per call than the same
 * call by position, in slices of any length; a branch onto the CALL keeps
 * them apart. */
TEST(keyword_calls_fused_and_counted)
{
    uint32_t before[] = {W(PUSH_NULL, 0), W(LOAD_GLOBAL, 0), W(LOAD_FAST, 0),
                         W(KW_NAMES, 1),  W(CALL, 1),        W(RETURN_VALUE, 0)};
    size_t n = sizeof before / sizeof before[0];
    uint32_t w[sizeof before / sizeof before[0]];
    memcpy(w, before, sizeof w);
    rt_code_quicken(w, n);
    CHECK(unchanged_but_opcodes(before, w, n));
    CHECK_EQ_INT(RT_INSN_OP(w[3]), RT_OP_KW_NAMES__CALL);
    CHECK_EQ_INT(rt_opcode_len(RT_INSN_OP(w[3])), 2);
    uint32_t jumped[] = {W(LOAD_FAST, 0), W(KW_NAMES, 1), W(CALL, 1), W(JUMP, 2)};
    rt_code_quicken(jumped, 4);
    CHECK_EQ_INT(RT_INSN_OP(jumped[1]), RT_OP_KW_NAMES);

    const char *kw = "def g(k, j=0):\n"
                     "    return k\n"
                     "def f(n):\n"
                     "    for i in range(n):\n"
                     "        g(1, j=i)\n"
                     "        g(*(i,), **{'j': 1})\n"
                     "    return 0\n";
    const char *pos = "def g(k, j=0):\n"
                      "    return k\n"
                      "def f(n):\n"
                      "    for i in range(n):\n"
                      "        g(1, i)\n"
                      "        g(*(i,), **{'j': 1})\n"
                      "    return 0\n";
    uint64_t with_kw = count_call(kw, 30, 0) - count_call(kw, 10, 0);
    uint64_t by_pos = count_call(pos, 30, 0) - count_call(pos, 10, 0);
    CHECK_EQ_INT((long long)(with_kw - by_pos), 20LL);
    for (uint64_t s = 1; s <= 5; s++)
        CHECK_EQ_INT((long long)count_call(kw, 30, s), (long long)count_call(kw, 30, 0));
}

RUN_TESTS(CASE(keyword_calls_fused_and_counted), CASE(fuses_the_longest_run),
          CASE(a_jump_into_a_run_prevents_it), CASE(a_method_result_as_the_only_argument),
          CASE(sorted_items_counts_and_allocates_less), CASE(only_operators_computed_inline),
          CASE(the_compiler_runs_the_pass), CASE(fused_instructions_count_every_word),
          CASE(cell_update_needs_the_same_cell), CASE(float_temporaries_reuse_their_box),
          CASE(float_and_str_compares_count_every_word), CASE(arithmetic_specialised_by_operator),
          CASE(operator_forms_run_their_operator))
