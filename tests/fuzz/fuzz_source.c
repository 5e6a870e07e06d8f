/* fuzz_source.c: libFuzzer harness: arbitrary bytes as a program, through
 * rt_load (lexer, parser, scope pass, compiler) and rt_run, with a small heap
 * limit and an instruction budget, the way the daemon runs an upload. Any
 * crash, sanitizer report, leak or hang is a bug; Python errors are not. */
#include <stddef.h>
#include <stdint.h>

#include "runtime/rt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void discard(void *ctx, const char *s, size_t n)
{
    (void)ctx;
    (void)s;
    (void)n;
}

/* Runs what rt_load set up in slices, as the daemon does, bounded so that
 * `while True: pass` ends: 200,000 instructions or 2,000 slices in all. One
 * input in four (by its length) runs in slices of 1 to 97 instructions,
 * which suspends nested runs (a sorted() key, a generator driven by sum) at
 * many more points; the others in slices of 20,000. Instruction budgets
 * only: a clock deadline would make a run depend on the machine's load. */
static void run_slices(rt_state *rt, size_t size)
{
    uint64_t per = size % 4 == 0 ? 1 + size % 97 : 20000;
    rt_budget budget = {per, 0};
    uint64_t spent = 0;
    for (int i = 0; i < 2000 && spent < 200000; i++, spent += per)
        if (rt_run(rt, &budget) != RT_YIELD)
            return;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rt_config cfg = {0};
    /* small: a single instruction's work grows with the heap (a search, a
     * join), and an instrumented build is slow */
    cfg.heap_limit_bytes = 4u << 20;
    cfg.write_out = discard;
    rt_state *rt = rt_state_new(&cfg);
    if (!rt)
        return 0;
    if (rt_load(rt, "fuzz.py", (const char *)data, size) == RT_OK) {
        run_slices(rt, size);
        /* a workload's tick(), as the daemon calls it */
        if (rt_has_global_function(rt, "tick") && rt_call_global(rt, "tick") == RT_OK)
            run_slices(rt, size);
    }
    (void)rt_error_get(rt);
    rt_state_free(rt);
    return 0;
}
