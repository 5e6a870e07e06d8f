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

/* Runs what rt_load set up for a few slices: enough to execute loops and
 * calls, bounded so that `while True: pass` ends. */
static void run_slices(rt_state *rt)
{
    rt_budget budget = {20000, 50 * 1000 * 1000};
    for (int i = 0; i < 10; i++)
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
        run_slices(rt);
        /* a workload's tick(), as the daemon calls it */
        if (rt_has_global_function(rt, "tick") && rt_call_global(rt, "tick") == RT_OK)
            run_slices(rt);
    }
    (void)rt_error_get(rt);
    rt_state_free(rt);
    return 0;
}
