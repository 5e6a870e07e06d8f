/* mod_time.c: `_time`, the native half of the `time` module (stdlib/time.py
 * adds struct_time and the calendar functions): the clocks (time, monotonic, perf_counter,
 * process_time and their _ns forms) and sleep. Under a budgeted run (the
 * daemon's slices) sleep suspends the workload: it records a deadline and
 * ends the slice, and the embedder runs the workload again after it
 * (rt_sleep_deadline); without a budget (`closured run`) it sleeps. */
#include <errno.h>
#include <math.h>
#include <time.h>

#include "runtime/builtin.h"
#include "runtime/class.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/state.h"
#include "runtime/type.h"

#define TIME_ARGS rt_state *rt, rt_value self, const rt_value *args, size_t nargs, rt_value kwnames

static uint64_t clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (uint64_t)ts.tv_sec * UINT64_C(1000000000) + (uint64_t)ts.tv_nsec;
}

static rt_value clock_value(rt_state *rt, const char *qual, size_t nargs, rt_value kwnames,
                            clockid_t id, bool ns)
{
    if (rt_args_none(rt, qual, nargs, kwnames) < 0)
        return RT_NULL;
    uint64_t t = clock_ns(id);
    if (ns)
        return rt_bigint_from_u64(rt, t);
    return rt_float_new(rt, (double)t * 1e-9);
}

/* X(name, clock, nanoseconds) */
#define TIME_CLOCKS(X)                                                                             \
    X(time, CLOCK_REALTIME, false)                                                                 \
    X(time_ns, CLOCK_REALTIME, true)                                                               \
    X(monotonic, CLOCK_MONOTONIC, false)                                                           \
    X(monotonic_ns, CLOCK_MONOTONIC, true)                                                         \
    X(perf_counter, CLOCK_MONOTONIC, false)                                                        \
    X(perf_counter_ns, CLOCK_MONOTONIC, true)                                                      \
    X(process_time, CLOCK_PROCESS_CPUTIME_ID, false)                                               \
    X(process_time_ns, CLOCK_PROCESS_CPUTIME_ID, true)

#define TIME_CLOCK_DEFINE(name, id, ns)                                                            \
    static rt_value t_##name(TIME_ARGS)                                                            \
    {                                                                                              \
        (void)self;                                                                                \
        (void)args;                                                                                \
        return clock_value(rt, "time." #name, nargs, kwnames, id, ns);                             \
    }
TIME_CLOCKS(TIME_CLOCK_DEFINE)
#undef TIME_CLOCK_DEFINE

/* sleep(secs): CPython's argument checks, then a suspension of the
 * workload (budgeted runs) or a real sleep. */
static rt_value t_sleep(TIME_ARGS)
{
    (void)self;
    if (rt_args_one(rt, "time.sleep", nargs, kwnames) < 0)
        return RT_NULL;
    rt_value v = args[0];
    double secs;
    rt_value base = rt__native_base(v); /* a float or int subclass: its value */
    if (base && (rt_is_float(base) || rt_is_intlike(base)))
        v = base;
    if (rt_is_float(v)) {
        secs = rt_float_get(v);
        if (isnan(secs))
            return rt_raise(rt, RT_EXC_ValueError, "Invalid value NaN (not a number)");
        if (isinf(secs) && secs > 0)
            return rt_raise(rt, RT_EXC_OverflowError, "timestamp out of range for platform time_t");
    } else if (rt_is_intlike(v)) {
        int64_t n;
        if (!rt_int_as_i64(v, &n) || n > INT64_MAX / 1000000000 || n < INT64_MIN / 1000000000)
            return rt_raise(rt, RT_EXC_OverflowError,
                            "timestamp too large to convert to C _PyTime_t");
        secs = (double)n;
    } else {
        return rt_raise(rt, RT_EXC_TypeError, "'%s' object cannot be interpreted as an integer",
                        rt_type_name(v));
    }
    if (secs < 0)
        return rt_raise(rt, RT_EXC_ValueError, "sleep length must be non-negative");
    uint64_t ns = secs * 1e9 >= 9.2e18 ? UINT64_C(9200000000000000000) : (uint64_t)(secs * 1e9);
    if (rt->run_budgeted) {
        /* end the slice at the next safe point; the embedder waits the rest */
        uint64_t until = clock_ns(CLOCK_MONOTONIC) + ns;
        if (until > rt->sleep_until_ns)
            rt->sleep_until_ns = until;
        rt->sleep_requested = true;
        rt->gc_pending = true; /* enters the VM's safe-point slow path */
        return RT_NONE;
    }
    struct timespec req = {(time_t)(ns / 1000000000u), (long)(ns % 1000000000u)}, rem;
    while (nanosleep(&req, &rem) != 0 && errno == EINTR)
        req = rem;
    return RT_NONE;
}

static const rt_builtin_def time_funcs[] = {
#define TIME_CLOCK_ENTRY(name, id, ns) {#name, t_##name},
    TIME_CLOCKS(TIME_CLOCK_ENTRY)
#undef TIME_CLOCK_ENTRY
        {"sleep", t_sleep},
    {NULL, NULL},
};

int rt__mod_time_fill(rt_state *rt, rt_value d)
{
    return rt__module_add_funcs(rt, d, time_funcs);
}
