/* objtest.h: helpers shared by the object-core unit tests. */
#ifndef CLOSURED_TESTS_OBJTEST_H
#define CLOSURED_TESTS_OBJTEST_H

#include <string.h>

#include "runtime/exc.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "tests/harness.h"
#include "tests/unit/runtime/core_state.h"

/* True when repr(v) is exactly `want`; prints the difference otherwise. */
static inline int repr_is(rt_state *rt, rt_value v, const char *want)
{
    rt_value r = rt_repr(rt, v);
    if (!r) {
        fprintf(stderr, "  repr failed (want %s)\n", want);
        rt_exc_clear(rt);
        return 0;
    }
    int ok = strcmp(rt_str_data(r), want) == 0;
    if (!ok)
        fprintf(stderr, "  repr: got %s want %s\n", rt_str_data(r), want);
    rt_decref(rt, r);
    return ok;
}

/* True when an exception of `kind` with str() == msg is set; clears it. */
static inline int raised(rt_state *rt, rt_exc_kind kind, const char *msg)
{
    if (!rt->exc) {
        fprintf(stderr, "  no exception (want %s)\n", msg);
        return 0;
    }
    int ok = rt_exc_matches(rt, kind);
    rt_value s = rt_str(rt, rt->exc);
    if (s) {
        if (msg && strcmp(rt_str_data(s), msg) != 0) {
            fprintf(stderr, "  exception: got '%s' want '%s'\n", rt_str_data(s), msg);
            ok = 0;
        }
        rt_decref(rt, s);
    }
    if (!ok)
        fprintf(stderr, "  wrong exception type: %s\n", rt_type_name(rt->exc));
    rt_exc_clear(rt);
    return ok;
}

static inline rt_value S(rt_state *rt, const char *s)
{
    return rt_str_from_cstr(rt, s);
}
static inline rt_value I(int64_t n)
{
    return rt_smallint(n);
}

#define STATE_BEGIN                                                                                \
    rt_state *rt = core_state_new(0);                                                              \
    CHECK(rt != NULL);                                                                             \
    if (!rt)                                                                                       \
    return
#define STATE_END CHECK_EQ_INT(core_state_free(rt), 0)

#endif
