/* mod_unittest.c: the native part of `unittest` (stdlib/unittest/): the text
 * of a test's failure or error as CPython's unittest writes it, the
 * traceback cut to the test's own frames (TestResult._clean_tracebacks).
 * closured has no traceback objects, so the cut is made here, on the
 * exception's recorded entries. */
#include <stdlib.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/module.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/strbuf.h"
#include "runtime/type.h"

/* True when entry t runs code of the unittest package (its frames are
 * left out, as CPython leaves out the frames of modules defining __unittest). */
static bool in_unittest(const rt_tb_entry *t)
{
    const char *f = rt_str_data(t->code->filename);
    return !strncmp(f, "<frozen unittest", 16) && (f[16] == '>' || f[16] == '.');
}

/* The entries of one exception kept for the report: [*lo, *hi) of its
 * entries (index 0 is the innermost). */
static void kept_entries(rt_state *rt, const rt_exc *e, uint32_t *lo, uint32_t *hi)
{
    uint32_t h = e->ntb, l = 0;
    while (h > 0 && in_unittest(&e->tb[h - 1])) /* the runner's frames */
        h--;
    if (e->cls == rt->exc_types[RT_EXC_AssertionError]) {
        /* a failure: the assert method's frames, from the first unittest frame in */
        for (uint32_t k = h; k-- > 0;)
            if (in_unittest(&e->tb[k])) {
                l = k + 1;
                break;
            }
    }
    *lo = l;
    *hi = h;
}

typedef struct saved_tb {
    rt_exc *e;
    rt_tb_entry *tb;
    uint32_t ntb;
} saved_tb;

/* format_exception(exc): the report of exc and its chain, each cut to the
 * test's frames. */
static rt_value ut_format_exception(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                    rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "format_exception", nargs, kwnames, 1, 1) < 0)
        return RT_NULL;
    if (!rt_is_exc(args[0]))
        return rt_raise(rt, RT_EXC_TypeError, "format_exception() needs an exception, not %s",
                        rt_type_name(args[0]));
    /* every exception of the chain shows only its kept entries while formatting */
    saved_tb *saved = NULL;
    size_t n = 0, cap = 0;
    bool oom = false;
    rt_value pending[2], stack_small[64];
    rt_value *stack = stack_small;
    size_t sp = 0, scap = 64;
    stack[sp++] = args[0];
    while (sp && !oom) {
        rt_value v = stack[--sp];
        rt_exc *e = rt_exc_of(v);
        bool seen = false;
        for (size_t i = 0; i < n && !seen; i++)
            seen = saved[i].e == e;
        if (seen)
            continue;
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 16;
            saved_tb *ns = realloc(saved, ncap * sizeof *ns);
            if (!ns) {
                oom = true;
                break;
            }
            saved = ns;
            cap = ncap;
        }
        uint32_t lo, hi;
        kept_entries(rt, e, &lo, &hi);
        saved[n++] = (saved_tb){e, e->tb, e->ntb};
        e->tb += lo;
        e->ntb = hi - lo;
        pending[0] = e->cause;
        pending[1] = e->context;
        for (int k = 0; k < 2; k++) {
            if (!pending[k] || !rt_is_exc(pending[k]))
                continue;
            if (sp == scap) {
                rt_value *ns = malloc(2 * scap * sizeof *ns);
                if (!ns) {
                    oom = true;
                    break;
                }
                memcpy(ns, stack, sp * sizeof *ns);
                if (stack != stack_small)
                    free(stack);
                stack = ns;
                scap *= 2;
            }
            stack[sp++] = pending[k];
        }
    }
    rt_strbuf sb;
    rt_strbuf_init(&sb);
    int rc = oom ? -1 : rt_exc_format_traceback(rt, args[0], NULL, 0, &sb);
    for (size_t i = n; i-- > 0;) {
        saved[i].e->tb = saved[i].tb;
        saved[i].e->ntb = saved[i].ntb;
    }
    free(saved);
    if (stack != stack_small)
        free(stack);
    rt_value r = rc < 0 || sb.failed ? rt_raise(rt, RT_EXC_MemoryError, "out of memory")
                                     : rt_str_new(rt, rt_strbuf_cstr(&sb), sb.len);
    rt_strbuf_dispose(&sb);
    return r;
}

static const rt_builtin_def unittest_funcs[] = {
    {"format_exception", ut_format_exception},
    {NULL, NULL},
};

int rt__mod_unittest_fill(rt_state *rt, rt_value dict)
{
    return rt__module_add_funcs(rt, dict, unittest_funcs);
}
