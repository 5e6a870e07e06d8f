/* lib_helpers.h: helpers shared by the library's unit tests (test_methods,
 * test_sort, test_builtins): call a builtin or a method by name, and read
 * back repr() and the current exception as C strings. */
#ifndef CLOSURED_TESTS_LIB_HELPERS_H
#define CLOSURED_TESTS_LIB_HELPERS_H

#include <stdio.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/rt.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

static char lib_out[4096];
static rt_value lib_keep; /* values a test keeps until lib_done */
static size_t lib_out_len;

static inline void lib_write(void *ctx, const char *data, size_t len)
{
    (void)ctx;
    if (lib_out_len + len < sizeof lib_out) {
        memcpy(lib_out + lib_out_len, data, len);
        lib_out_len += len;
        lib_out[lib_out_len] = 0;
    }
}

static inline rt_state *lib_state(void)
{
    rt_config cfg = {0};
    cfg.write_out = lib_write;
    lib_out_len = 0;
    lib_out[0] = 0;
    rt_state *rt = rt_state_new(&cfg);
    lib_keep = rt ? rt_list_new(rt, 0) : RT_NULL;
    return rt;
}

/* Keeps v (stolen) alive until lib_done; returns it borrowed. */
static inline rt_value lib_k(rt_state *rt, rt_value v)
{
    if (v != RT_NULL)
        rt_list_append_steal(rt, lib_keep, v);
    return v;
}
#define K(v) lib_k(rt, (v))

/* Releases the kept values and the state. */
static inline void lib_done(rt_state *rt)
{
    rt_decref(rt, lib_keep);
    lib_keep = RT_NULL;
    rt_state_free(rt);
}

/* repr(v) in a static buffer; "<NULL>" for RT_NULL. Releases v when steal. */
static inline const char *lib_repr_x(rt_state *rt, rt_value v, int steal)
{
    static char buf[8][512];
    static int slot;
    char *b = buf[slot++ % 8];
    if (v == RT_NULL)
        return "<NULL>";
    rt_value r = rt_repr(rt, v);
    snprintf(b, 512, "%s", r ? rt_str_data(r) : "<repr failed>");
    rt_decref(rt, r);
    if (steal)
        rt_decref(rt, v);
    return b;
}
#define REPR(v) lib_repr_x(rt, (v), 1)
#define REPR_B(v) lib_repr_x(rt, (v), 0)

/* "TypeError: message" for the current exception (cleared), or "" when none. */
static inline const char *lib_exc(rt_state *rt)
{
    static char buf[512];
    buf[0] = 0;
    rt_value e = rt_exc_fetch(rt);
    if (e == RT_NULL)
        return buf;
    rt_strbuf sb;
    rt_strbuf_init(&sb);
    rt_exc_format_last_line(rt, e, &sb);
    snprintf(buf, sizeof buf, "%s", rt_strbuf_cstr(&sb));
    size_t n = strlen(buf);
    while (n && buf[n - 1] == '\n')
        buf[--n] = 0;
    rt_strbuf_dispose(&sb);
    rt_decref(rt, e);
    return buf;
}

static inline rt_value lib_s(rt_state *rt, const char *s)
{
    return lib_k(rt, rt_str_from_cstr(rt, s));
}
#define S(s) lib_s(rt, (s))
static inline rt_value I(int64_t n)
{
    return rt_smallint(n);
}

/* A kwnames tuple from NULL-terminated names. */
static inline rt_value lib_kwnames(rt_state *rt, const char *const *names)
{
    int64_t n = 0;
    while (names[n])
        n++;
    rt_value t = rt_tuple_new(rt, n);
    for (int64_t i = 0; i < n; i++)
        rt_tuple_set_steal(t, i, rt_str_intern(rt, names[i], strlen(names[i])));
    return lib_k(rt, t);
}
#define KW(...) lib_kwnames(rt, (const char *const[]){__VA_ARGS__, NULL})

/* Calls builtin `name` (borrowed args; kwnames may be RT_NULL). */
static inline rt_value lib_call(rt_state *rt, const char *name, const rt_value *args, size_t nargs,
                                rt_value kwnames)
{
    rt_value f = rt_dict_get_cstr(rt, rt->builtins, name);
    if (f == RT_NULL)
        return rt_raise(rt, RT_EXC_NameError, "name '%s' is not defined", name);
    return rt_call(rt, f, args, nargs, kwnames);
}

/* Calls method `name` of self. */
static inline rt_value lib_callm(rt_state *rt, rt_value self, const char *name,
                                 const rt_value *args, size_t nargs, rt_value kwnames)
{
    rt_value nm = rt_str_intern(rt, name, strlen(name));
    const rt_builtin_def *d = rt_method_find(rt, rt_type_of(self), nm);
    rt_decref(rt, nm);
    if (!d)
        return rt_raise(rt, RT_EXC_AttributeError, "no method %s", name);
    return d->fn(rt, self, args, nargs, kwnames);
}

#define NARGS(...) (sizeof((rt_value[]){__VA_ARGS__}) / sizeof(rt_value))
/* method calls: positional only, none, with keywords (values last) */
#define CALLM(self, name, ...)                                                                     \
    lib_callm(rt, (self), (name), (rt_value[]){__VA_ARGS__}, NARGS(__VA_ARGS__), RT_NULL)
#define CALLM0(self, name) lib_callm(rt, (self), (name), NULL, 0, RT_NULL)
#define CALLMK(self, name, kw, ...)                                                                \
    lib_callm(rt, (self), (name), (rt_value[]){__VA_ARGS__},                                       \
              NARGS(__VA_ARGS__) - (size_t)rt_tuple_len(kw), (kw))
/* builtin calls, same three forms */
#define CALL(name, ...) lib_call(rt, (name), (rt_value[]){__VA_ARGS__}, NARGS(__VA_ARGS__), RT_NULL)
#define CALL0(name) lib_call(rt, (name), NULL, 0, RT_NULL)
#define CALLK(name, kw, ...)                                                                       \
    lib_call(rt, (name), (rt_value[]){__VA_ARGS__}, NARGS(__VA_ARGS__) - (size_t)rt_tuple_len(kw), \
             (kw))

/* The result's repr equals want (the result is released). */
#define EXPECT(expr, want) CHECK_EQ_STR(REPR(expr), (want))
/* The call failed with exactly this last traceback line. */
#define EXPECT_ERR(expr, want)                                                                     \
    do {                                                                                           \
        rt_value r_ = (expr);                                                                      \
        CHECK(r_ == RT_NULL);                                                                      \
        rt_decref(rt, r_);                                                                         \
        CHECK_EQ_STR(lib_exc(rt), (want));                                                         \
    } while (0)

#endif
