/* run_harness.h: what the runtime's unit tests share to run Python source
 * through the embedding API (rt.h): a buffer the program's output is
 * captured into, a configuration writing to it, and running a source or a
 * global function to its end, slice after slice. Static inline, so a test
 * that uses part of it compiles without unused-function warnings. */
#ifndef CLOSURED_TESTS_UNIT_RUNTIME_RUN_HARNESS_H
#define CLOSURED_TESTS_UNIT_RUNTIME_RUN_HARNESS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/rt.h"

/* What a program printed, NUL-terminated, cut at the buffer's size. */
typedef struct out_buf {
    char data[8192];
    size_t len;
} out_buf;

/* rt_config's write_out/write_err: appends to the out_buf ctx. */
static inline void out_capture(void *ctx, const char *data, size_t len)
{
    out_buf *o = ctx;
    if (o->len + len >= sizeof o->data)
        len = sizeof o->data - 1 - o->len;
    memcpy(o->data + o->len, data, len);
    o->len += len;
    o->data[o->len] = 0;
}

/* o emptied, and a configuration whose program writes its stdout there
 * (the caller adds stderr, limits or a source reader). */
static inline rt_config out_config(out_buf *o)
{
    memset(o, 0, sizeof *o);
    rt_config cfg = {0};
    cfg.write_out = out_capture;
    cfg.write_ctx = o;
    return cfg;
}

/* Runs what the state has started (st: the first rt_run's status, or a
 * load's or call's failure) to its end: the final status. With TEST_VERBOSE
 * set, a run that did not end RT_DONE prints its traceback on stderr. */
static inline rt_status run_finish(rt_state *rt, rt_status st)
{
    while (st == RT_YIELD)
        st = rt_run(rt, NULL);
    if (st != RT_DONE && getenv("TEST_VERBOSE")) {
        const rt_error *e = rt_error_get(rt);
        fprintf(stderr, "%s\n", e && e->traceback ? e->traceback : "(no error)");
    }
    return st;
}

/* Loads src as the file `path` and runs it to its end: the final status. */
static inline rt_status run_source(rt_state *rt, const char *path, const char *src)
{
    rt_status st = rt_load(rt, path, src, strlen(src));
    return st == RT_OK ? run_finish(rt, rt_run(rt, NULL)) : st;
}

/* Calls the module-level function `name` and runs it to its end. */
static inline rt_status run_global(rt_state *rt, const char *name)
{
    rt_status st = rt_call_global(rt, name);
    return st == RT_OK ? run_finish(rt, rt_run(rt, NULL)) : st;
}

#endif
