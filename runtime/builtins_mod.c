/* builtins_mod.c: the builtin functions (print, len, sorted, min, ...) and
 * the `builtins` namespace that holds them with the types and exceptions.
 * isinstance and issubclass are in builtins_isinstance.c; print, input and
 * the standard streams' writers in builtins_io.c. */
#include "runtime/builtins_mod.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/class.h"
#include "runtime/codec.h"
#include "runtime/complex.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/exec.h"
#include "runtime/frame.h"
#include "runtime/gen.h"
#include "runtime/heap.h"
#include "runtime/iter.h"
#include "runtime/itertools.h"
#include "runtime/list.h"
#include "runtime/lru.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/objid.h"
#include "runtime/sort.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/strbuf.h"
#include "runtime/sys_stdin.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/utf8.h"
#include "runtime/vm.h"

/* numfmt.h's rounding helpers; declared here because numfmt.h and num.h
 * both name a few int helpers differently (rt_int_pow, ...). */
double rt_float_round_half_even(double x);
int rt_float_round(double x, int64_t ndigits, double *out);
int rt_int_round(int64_t n, int64_t ndigits, int64_t *out);

#define BUILTIN(fn)                                                                                \
    static rt_value fn(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,            \
                       rt_value kwnames)
#define UNUSED_SELF (void)self
#define CHECK_ONE(qual)                                                                            \
    do {                                                                                           \
        UNUSED_SELF;                                                                               \
        if (rt_args_one(rt, qual, nargs, kwnames) < 0)                                             \
            return RT_NULL;                                                                        \
    } while (0)
#define CHECK_RANGE(name, lo, hi)                                                                  \
    do {                                                                                           \
        UNUSED_SELF;                                                                               \
        if (rt_args_range(rt, name, nargs, kwnames, lo, hi) < 0)                                   \
            return RT_NULL;                                                                        \
    } while (0)

static rt_value ret(rt_value v)
{
    rt_incref(v);
    return v;
}

BUILTIN(bi_repr)
{
    CHECK_ONE("repr");
    return rt_repr(rt, args[0]);
}

BUILTIN(bi_ascii)
{
    CHECK_ONE("ascii");
    return rt_ascii(rt, args[0]);
}

BUILTIN(bi_len)
{
    CHECK_ONE("len");
    int64_t n;
    if (rt_len(rt, args[0], &n) < 0)
        return RT_NULL;
    return rt_int_from_i64(rt, n);
}

BUILTIN(bi_hash)
{
    CHECK_ONE("hash");
    int64_t h;
    if (rt_hash(rt, args[0], &h) < 0)
        return RT_NULL;
    return rt_int_from_i64(rt, h);
}

BUILTIN(bi_format)
{
    CHECK_RANGE("format", 1, 2);
    if (nargs > 1 && !rt_is_str(rt__native_unwrap(args[1])))
        return rt_raise(rt, RT_EXC_TypeError, "format() argument 2 must be str, not %s",
                        rt_type_name(args[1]));
    if (nargs > 1)
        return rt_format(rt, args[0], rt__native_unwrap(args[1]));
    rt_value empty = rt_str_new(rt, "", 0);
    if (empty == RT_NULL)
        return RT_NULL;
    rt_value r = rt_format(rt, args[0], empty);
    rt_decref(rt, empty);
    return r;
}

BUILTIN(bi_id)
{
    CHECK_ONE("id");
    /* a level of the recursion depth while it runs, as CPython's one-argument
     * builtins take: id() at the limit is where copy.deepcopy of a structure
     * nested past it fails, "... while calling a Python object" */
    if (rt__nest_enter(rt, " while calling a Python object") != 0)
        return RT_NULL;
    rt__nest_leave(rt);
    return rt_int_from_i64(rt, (int64_t)rt__objid_of_value(rt, args[0]));
}

bool rt__callable(rt_state *rt, rt_value v)
{
    rt_type_id t = rt_type_of(v);
    if (t == RT_T_INSTANCE || t == RT_T_EXC)
        return rt__special(rt, v, RT_ID_call) != RT_NULL;
    return t == RT_T_FUNCTION || t == RT_T_BUILTIN || t == RT_T_TYPE || t == RT_T_METHOD ||
           t == RT_T_STATICMETHOD || t == RT_T_LRU;
}

/* exit([code]) and quit([code]), python3's site helpers: SystemExit(code),
 * its one argument None when none is given (sys.exit() gives none). */
BUILTIN(bi_exit)
{
    if (rt_args_range(rt, "__call__", nargs, kwnames, 0, 1) < 0)
        return RT_NULL;
    rt_value code = nargs ? args[0] : RT_NONE;
    rt_value t = rt_tuple_pack(rt, 1, code);
    if (!t)
        return RT_NULL;
    rt_value r = rt__sys_exit(rt, self, &t, 1, RT_NULL);
    rt_decref(rt, t);
    return r;
}

BUILTIN(bi_callable)
{
    CHECK_ONE("callable");
    return rt_bool(rt__callable(rt, args[0]));
}

/* ---- iteration helpers ------------------------------------------------------------ */

BUILTIN(bi_iter)
{
    CHECK_RANGE("iter", 1, 2);
    if (nargs == 1)
        return rt_getiter(rt, args[0]);
    rt_value ok = bi_callable(rt, self, args, 1, RT_NULL);
    if (ok != RT_TRUE)
        return rt_raise(rt, RT_EXC_TypeError, "iter(v, w): v must be callable");
    return rt_calliter_new(rt, args[0], args[1]);
}

BUILTIN(bi_next)
{
    CHECK_RANGE("next", 1, 2);
    rt_value it = args[0];
    if (rt_type_of(it) == RT_T_AGEN_AWAIT) {
        /* an awaitable's step: its StopIteration carries the result */
        rt_value r = rt__agen_await_send(rt, it, RT_NONE);
        if (!r && nargs > 1 && rt_exc_matches(rt, RT_EXC_StopIteration)) {
            rt_exc_clear(rt);
            return ret(args[1]);
        }
        return r;
    }
    if (((!rt_is_iter(it) || rt_iter_is_view(it)) && !rt_is_gen(it) && !rt_is_itertool(it) &&
         rt_type_of(it) != RT_T_INSTANCE) ||
        rt_is_coro(it) || rt_is_agen(it))
        return rt_raise(rt, RT_EXC_TypeError, "'%s' object is not an iterator", rt_type_name(it));
    rt_value out;
    if (rt_is_gen(it)) {
        /* the generator's return value travels in StopIteration.value */
        int rc = rt_gen_send(rt, it, RT_NONE, &out);
        if (rc != 0)
            return rc > 0 ? out : RT_NULL;
        if (nargs > 1) {
            rt_decref(rt, out);
            return ret(args[1]);
        }
        if (out == RT_NONE)
            return rt_raise_stop_iteration(rt);
        rt_value r = rt_raise_value(rt, RT_EXC_StopIteration, out);
        rt_decref(rt, out);
        return r;
    }
    int rc = rt_iternext(rt, it, &out);
    if (rc < 0)
        return RT_NULL;
    if (rc == 1)
        return out;
    if (nargs > 1)
        return ret(args[1]);
    return rt_raise_stop_iteration(rt);
}

/* any/all's consumer: stops at the first item whose truth is stop_on. */
typedef struct any_all_state {
    int stop_on;
    bool found;
} any_all_state;

static int any_all_sink(rt_state *rt, void *ctx, rt_value item)
{
    any_all_state *s = ctx;
    int t = rt_truthy(rt, item);
    rt_decref(rt, item);
    if (t < 0)
        return -1;
    if (t != s->stop_on)
        return 0;
    s->found = true;
    return 1;
}

static rt_value any_all(rt_state *rt, rt_value iterable, int stop_on)
{
    rt_value it = rt_getiter(rt, iterable);
    if (it == RT_NULL)
        return RT_NULL;
    any_all_state s = {stop_on, false};
    int rc = rt_iter_drain(rt, it, any_all_sink, &s);
    rt_decref(rt, it);
    if (rc < 0)
        return RT_NULL;
    return rt_bool(s.found ? stop_on : !stop_on);
}

BUILTIN(bi_any)
{
    CHECK_ONE("any");
    return any_all(rt, args[0], 1);
}

BUILTIN(bi_all)
{
    CHECK_ONE("all");
    return any_all(rt, args[0], 0);
}

BUILTIN(bi_enumerate)
{
    UNUSED_SELF;
    static const char *const names[] = {"iterable", "start", NULL};
    if (nargs == 1 && rt_kw_count(kwnames) == 0) /* enumerate(x): nothing to parse */
        return rt_iter_enumerate(rt, args[0], rt_smallint(0));
    rt_value a[2];
    if (rt_args_parse(rt, "enumerate", args, nargs, kwnames, 2, names, a) < 0)
        return RT_NULL;
    if (a[0] == RT_NULL)
        return rt_raise(rt, RT_EXC_TypeError, "enumerate() missing required argument 'iterable'");
    if (a[1] == RT_NULL)
        return rt_iter_enumerate(rt, a[0], rt_smallint(0));
    /* the start as operator.index gives it, of any size */
    rt_value start = rt__index_value(rt, a[1]);
    if (!start)
        return RT_NULL;
    rt_value r = rt_iter_enumerate(rt, a[0], start);
    rt_decref(rt, start);
    return r;
}

BUILTIN(bi_zip)
{
    UNUSED_SELF;
    static const char *const names[] = {"strict", NULL};
    if (rt_kw_count(kwnames) == 0) /* zip(a, b, ...): nothing to parse */
        return rt_iter_zip(rt, args, nargs, false);
    rt_value a[1];
    if (rt_args_parse(rt, "zip", args + nargs, 0, kwnames, 0, names, a) < 0)
        return RT_NULL;
    int strict = 0;
    if (a[0] != RT_NULL && (strict = rt_truthy(rt, a[0])) < 0)
        return RT_NULL;
    return rt_iter_zip(rt, args, nargs, strict != 0);
}

BUILTIN(bi_map)
{
    UNUSED_SELF;
    if (rt_args_no_kw(rt, "map", kwnames) < 0)
        return RT_NULL;
    if (nargs < 2)
        return rt_raise(rt, RT_EXC_TypeError, "map() must have at least two arguments.");
    return rt_iter_map(rt, args[0], args + 1, nargs - 1);
}

BUILTIN(bi_filter)
{
    CHECK_RANGE("filter", 2, 2);
    return rt_iter_filter(rt, args[0], args[1]);
}

BUILTIN(bi_reversed)
{
    CHECK_RANGE("reversed", 1, 1);
    return rt_iter_reversed(rt, args[0]);
}

/* The iterator types callable by name, and what builds each one's iterator. */
static const struct {
    const char *name;
    rt_iter_kind kind;
    rt_cfunc make;
} iter_types[] = {
    {"enumerate", RT_ITER_ENUMERATE, bi_enumerate},
    {"zip", RT_ITER_ZIP, bi_zip},
    {"map", RT_ITER_MAP, bi_map},
    {"filter", RT_ITER_FILTER, bi_filter},
    {"reversed", RT_ITER_REVERSED, bi_reversed},
};

bool rt__iter_type_constructible(rt_state *rt, rt_value t)
{
    for (size_t i = 0; i < sizeof iter_types / sizeof iter_types[0]; i++)
        if (rt->iter_types[iter_types[i].kind] == t)
            return true;
    return false;
}

rt_value rt__iter_type_call(rt_state *rt, rt_value t, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    for (size_t i = 0; i < sizeof iter_types / sizeof iter_types[0]; i++)
        if (rt->iter_types[iter_types[i].kind] == t)
            return iter_types[i].make(rt, RT_NULL, args, nargs, kwnames);
    return rt_raise(rt, RT_EXC_TypeError, "cannot create '%s' instances", rt_type_obj_name(t));
}

rt_value rt__bi_sorted(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                       rt_value kwnames)
{
    UNUSED_SELF;
    static const char *const names[] = {"key", "reverse", NULL};
    if (nargs != 1)
        return rt_raise(rt, RT_EXC_TypeError, "sorted expected 1 argument, got %zu", nargs);
    rt_value kw[2] = {RT_NULL, RT_NULL}; /* key, reverse: parsed only when given */
    if (kwnames != RT_NULL && rt_args_parse(rt, "sort", args + 1, 0, kwnames, 0, names, kw) < 0)
        return RT_NULL;
    int64_t reverse = 0;
    if (kw[1] != RT_NULL && rt_arg_index(rt, kw[1], &reverse) < 0)
        return RT_NULL;
    rt_value list = rt_list_from_iter(rt, args[0]);
    if (list == RT_NULL)
        return RT_NULL;
    if (rt_list_len(list) < 2 && (kw[0] == RT_NULL || kw[0] == RT_NONE))
        return list; /* nothing to compare and no key to call (a memo key's kwargs) */
    if (rt_list_sort(rt, list, kw[0], reverse != 0) < 0) {
        rt_decref(rt, list);
        return RT_NULL;
    }
    return list;
}

rt_value rt__sorted_dict_items(rt_state *rt, rt_value d, bool as_tuple)
{
    int64_t n = rt_dict_len(d);
    if (n == 0)
        return as_tuple ? rt_tuple_new(rt, 0) : rt_list_new(rt, 0);
    if (n == 1) {
        /* one pair: nothing to compare, the result made around it at once;
         * the one live entry read in place (a call's **kwargs: the first) */
        const rt_dict_entry *e = rt__dict_entries(rt_dict_obj_of(d));
        while (!e->key)
            e++;
        rt_value kv[2] = {e->key, e->value};
        rt_value pair = rt_tuple_from(rt, kv, 2);
        if (!pair)
            return RT_NULL;
        if (as_tuple) {
            rt_value r = rt__tuple_take(rt, &pair, 1); /* the pair's reference moves in */
            if (!r)
                rt_decref(rt, pair);
            return r;
        }
        rt_value r = rt_list_from(rt, &pair, 1);
        rt_decref(rt, pair);
        return r;
    }
    /* the pairs in a list, sorted as sorted() sorts them (the keys' own
     * comparisons, which may run Python code and raise) */
    rt_value list = rt_list_new(rt, n);
    if (!list)
        return RT_NULL;
    int64_t pos = 0;
    rt_value k, v;
    while (rt_dict_next(d, &pos, &k, &v)) {
        rt_value kv[2] = {k, v};
        rt_value pair = rt_tuple_from(rt, kv, 2);
        if (!pair || rt_list_append_steal(rt, list, pair) < 0) {
            rt_decref(rt, list);
            return RT_NULL;
        }
    }
    if (rt_list_sort(rt, list, RT_NULL, false) < 0) {
        rt_decref(rt, list);
        return RT_NULL;
    }
    if (!as_tuple)
        return list;
    rt_value t = rt_tuple_from(rt, rt_list_items(list), rt_list_len(list));
    rt_decref(rt, list);
    return t;
}

/* min() and max(): op is RT_CMP_LT for min, RT_CMP_GT for max. */
/* min/max's consumer: the best item so far and its key (both owned). */
typedef struct min_max_state {
    rt_cmp_kind op;
    rt_value key; /* the key function, or RT_NULL */
    rt_value best, best_key;
} min_max_state;

static int min_max_sink(rt_state *rt, void *ctx, rt_value item)
{
    min_max_state *s = ctx;
    rt_value k = item;
    if (s->key != RT_NULL) {
        k = rt_call(rt, s->key, &item, 1, RT_NULL);
        if (k == RT_NULL) {
            rt_decref(rt, item);
            return -1;
        }
    } else {
        rt_incref(k);
    }
    if (s->best == RT_NULL) {
        s->best = item;
        s->best_key = k;
        return 0;
    }
    int better = rt_compare_bool(rt, s->op, k, s->best_key);
    if (better > 0) {
        rt_decref(rt, s->best);
        rt_decref(rt, s->best_key);
        s->best = item;
        s->best_key = k;
    } else {
        rt_decref(rt, item);
        rt_decref(rt, k);
    }
    return better < 0 ? -1 : 0;
}

static rt_value min_max(rt_state *rt, const char *name, const rt_value *args, size_t nargs,
                        rt_value kwnames, rt_cmp_kind op)
{
    static const char *const names[] = {"key", "default", NULL};
    rt_value kw[2];
    if (rt_args_parse(rt, name, args + nargs, 0, kwnames, 0, names, kw) < 0)
        return RT_NULL;
    if (nargs == 0)
        return rt_raise(rt, RT_EXC_TypeError, "%s expected at least 1 argument, got 0", name);
    if (nargs > 1 && kw[1] != RT_NULL)
        return rt_raise(rt, RT_EXC_TypeError,
                        "Cannot specify a default for %s() with multiple positional arguments",
                        name);
    rt_value key = kw[0] == RT_NONE ? RT_NULL : kw[0];
    rt_value it = nargs == 1 ? rt_getiter(rt, args[0]) : rt_tuple_from(rt, args, (int64_t)nargs);
    if (it == RT_NULL)
        return RT_NULL;
    if (nargs > 1) {
        rt_value tup = it;
        it = rt_getiter(rt, tup);
        rt_decref(rt, tup);
        if (it == RT_NULL)
            return RT_NULL;
    }
    min_max_state st = {op, key, RT_NULL, RT_NULL};
    int rc = rt_iter_drain(rt, it, min_max_sink, &st);
    rt_value best = st.best, best_key = st.best_key;
    rt_decref(rt, it);
    rt_decref(rt, best_key);
    if (rc < 0) {
        rt_decref(rt, best);
        return RT_NULL;
    }
    if (best == RT_NULL) {
        if (kw[1] != RT_NULL)
            return ret(kw[1]);
        return rt_raise(rt, RT_EXC_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
}

BUILTIN(bi_min)
{
    UNUSED_SELF;
    return min_max(rt, "min", args, nargs, kwnames, RT_CMP_LT);
}

BUILTIN(bi_max)
{
    UNUSED_SELF;
    return min_max(rt, "max", args, nargs, kwnames, RT_CMP_GT);
}

/* sum()'s running total. As CPython's: a float total adds float and small
 * int items as C doubles (the same sums, in the same order) and is boxed
 * once at the end or at the first item of another type; acc is RT_NULL
 * while in_double. */
typedef struct sum_state {
    rt_value acc;
    double f;
    bool in_double;
} sum_state;

/* Adds item (stolen) to the total: 0, or -1 with an exception set (acc
 * then RT_NULL or the total so far, released by the caller). */
static inline int sum_add(rt_state *rt, sum_state *s, rt_value item)
{
    if (!s->in_double) {
        rt_value acc = s->acc;
        if (rt_is_smallint(acc) && rt_is_smallint(item)) { /* immediates: nothing to drop */
            int64_t n = rt_smallint_get(acc) + rt_smallint_get(item); /* 63-bit: no overflow */
            s->acc = n >= RT_SMALLINT_MIN && n <= RT_SMALLINT_MAX ? rt_smallint(n)
                                                                  : rt_int_from_i64(rt, n);
            return s->acc ? 0 : -1;
        }
        if (rt_is_float(acc) && (rt_is_float(item) || rt_is_smallint(item))) {
            s->f = rt_float_get(acc);
            rt_decref(rt, acc);
            s->acc = RT_NULL;
            s->in_double = true;
        }
    }
    if (s->in_double) {
        if (rt_is_float(item)) {
            s->f += rt_float_get(item);
            rt_decref(rt, item);
            return 0;
        }
        if (rt_is_smallint(item)) {
            s->f += (double)rt_smallint_get(item);
            return 0;
        }
        s->in_double = false;
        s->acc = rt_float_new(rt, s->f);
        if (!s->acc) {
            rt_decref(rt, item);
            return -1;
        }
    }
    rt_value next = rt_binop(rt, RT_OP_ADD, s->acc, item);
    rt_decref(rt, item);
    rt_decref(rt, s->acc);
    s->acc = next;
    return next ? 0 : -1;
}

static int sum_sink(rt_state *rt, void *ctx, rt_value item)
{
    return sum_add(rt, (sum_state *)ctx, item);
}

int rt__genexpr_enter(rt_state *rt, bool sum, rt_value *sp)
{
    rt_value fn = sp[-2];
    bool builtin = rt_is_obj(fn) && rt_as_obj(fn)->type == RT_T_BUILTIN;
    if (sp[-3] != RT_NULL)
        return 0;
    if (sum) {
        if (!builtin || rt_builtin_of(fn)->def->fn != rt__bi_sum)
            return 0;
        sp[-3] = rt_smallint(0);
        return 1;
    }
    if (fn != rt->type_objs[RT_T_LIST] && fn != rt->type_objs[RT_T_TUPLE] &&
        (!builtin || rt_builtin_of(fn)->def->fn != rt__bi_sorted))
        return 0;
    rt_value l = rt_list_new(rt, 0);
    if (!l)
        return -1;
    sp[-3] = l;
    return 1;
}

int rt__sum_add(rt_state *rt, rt_value *acc, rt_value v)
{
    rt_value r = rt_binop(rt, RT_OP_ADD, *acc, v);
    rt_decref(rt, v);
    if (!r)
        return -1;
    rt_value old = *acc;
    *acc = r;
    rt_decref(rt, old);
    return 0;
}

rt_value rt__genexpr_list_end(rt_state *rt, rt_value fn, rt_value l)
{
    rt_value r = l;
    if (fn == rt->type_objs[RT_T_TUPLE]) {
        r = rt_tuple_from(rt, rt_list_items(l), rt_list_len(l));
        rt_decref(rt, l);
    } else if (fn != rt->type_objs[RT_T_LIST] && rt_list_len(l) >= 2 &&
               rt_list_sort(rt, l, RT_NULL, false) < 0) { /* sorted */
        rt_decref(rt, l);
        r = RT_NULL;
    }
    rt_decref(rt, fn);
    return r;
}

/* sum(d), sum(d.keys()), sum(d.values()) for an exact dict whose keys or
 * values are all small ints with a small-int start: the entries read in one
 * pass, the total kept in a C integer. Reading small ints runs no Python
 * code, so the dict cannot change during the pass; the pass is paced after
 * it (as many steps as rt_iternext would have taken, so the slice is
 * charged the same), and nothing is consumed before it. 1 when done (st's
 * total set), 0 when it does not apply (an item of another kind, a total
 * past 64 bits: the iterator protocol sums from the start), -1 on error. */
static int sum_dict_smallints(rt_state *rt, rt_value src, sum_state *st)
{
    bool values = false;
    rt_value d = src;
    if (rt_is_iter(src)) {
        rt_iter_kind k = (rt_iter_kind)rt_iter_obj_of(src)->kind;
        if (k != RT_ITER_KEYS_VIEW && k != RT_ITER_VALUES_VIEW)
            return 0;
        values = k == RT_ITER_VALUES_VIEW;
        d = rt_iter_obj_of(src)->src;
    }
    if (!rt_is_dict(d) || (rt_as_obj(d)->flags & RT_DICT_F_ORDERED) || !rt_is_smallint(st->acc))
        return 0;
    int64_t total = rt_smallint_get(st->acc), pos = 0, n = 0;
    rt_value k, v;
    while (rt_dict_next(d, &pos, &k, &v)) {
        rt_value x = values ? v : k;
        if (!rt_is_smallint(x) || __builtin_add_overflow(total, rt_smallint_get(x), &total))
            return 0;
        n++;
    }
    for (int64_t i = 0; i <= n; i++) /* n items and the end */
        if (rt__vm_c_step(rt) < 0)
            return -1;
    rt_value r = rt_int_from_i64(rt, total);
    if (!r)
        return -1;
    st->acc = r; /* the start was a small int: nothing to release */
    return 1;
}

rt_value rt__bi_sum(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                    rt_value kwnames)
{
    UNUSED_SELF;
    static const char *const names[] = {"", "start", NULL};
    rt_value a[2];
    if (kwnames == RT_NULL && nargs >= 1 && nargs <= 2) { /* sum(xs), sum(xs, start) */
        a[0] = args[0];
        a[1] = nargs == 2 ? args[1] : RT_NULL;
    } else if (rt_args_parse(rt, "sum", args, nargs, kwnames, 2, names, a) < 0)
        return RT_NULL;
    if (a[0] == RT_NULL)
        return rt_raise(rt, RT_EXC_TypeError,
                        "sum() takes at least 1 positional argument (0 given)");
    rt_value acc = a[1] == RT_NULL ? rt_smallint(0) : a[1];
    rt_type_id kind = rt_type_of(rt__native_unwrap(acc)); /* subclasses included */
    if (kind == RT_T_STR)
        return rt_raise(rt, RT_EXC_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (kind == RT_T_BYTES || kind == RT_T_BYTEARRAY)
        return rt_raise(rt, RT_EXC_TypeError, "sum() can't sum %s [use b''.join(seq) instead]",
                        kind == RT_T_BYTES ? "bytes" : "bytearray");
    if (rt_is_dict(a[0]) || (rt_is_iter(a[0]) && rt_iter_is_view(a[0]))) {
        sum_state ds = {.acc = acc};
        int r = sum_dict_smallints(rt, a[0], &ds);
        if (r != 0)
            return r < 0 ? RT_NULL : ds.acc;
    }
    rt_value it = rt_getiter(rt, a[0]);
    if (it == RT_NULL)
        return RT_NULL;
    rt_incref(acc);
    sum_state st = {.acc = acc};
    int rc;
    if (rt_is_gen(it)) { /* sum(x for x in xs): one VM loop for all the items */
        rc = rt_gen_drain(rt, it, sum_sink, &st);
    } else {
        rt_value item;
        while ((rc = rt_iternext(rt, it, &item)) == 1)
            if (sum_add(rt, &st, item) < 0) {
                rc = -1;
                break;
            }
    }
    acc = st.acc;
    if (st.in_double) {
        acc = rc < 0 ? RT_NULL : rt_float_new(rt, st.f);
        if (!acc)
            rc = -1;
    }
    rt_decref(rt, it);
    if (rc < 0) {
        rt_decref(rt, acc);
        return RT_NULL;
    }
    return acc;
}

/* ---- numbers ----------------------------------------------------------------------- */

BUILTIN(bi_abs)
{
    CHECK_ONE("abs");
    rt_value v = args[0];
    if (rt_is_intlike(v))
        return rt_bigint_abs(rt, v);
    if (rt_is_float(v))
        return rt_float_new(rt, fabs(rt_float_get(v)));
    if (rt_is_complex(v))
        return rt__complex_abs(rt, v);
    rt_value m = rt__special(rt, v, RT_ID_abs);
    if (m && m != RT_NONE)
        return rt__call_special(rt, m, v, NULL, 0);
    rt_value base = rt__native_base(v); /* an int, float or complex subclass */
    if (base && (rt_is_number(base) || rt_is_complex(base)))
        return bi_abs(rt, self, &base, 1, RT_NULL);
    return rt_raise(rt, RT_EXC_TypeError, "bad operand type for abs(): '%s'", rt_type_name(v));
}

static rt_value float_to_int(rt_state *rt, double d)
{
    if (isinf(d))
        return rt_raise(rt, RT_EXC_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d))
        return rt_raise(rt, RT_EXC_ValueError, "cannot convert float NaN to integer");
    return rt_bigint_from_double(rt, d);
}

/* round(n, nd) for an int: n itself for nd >= 0, else the nearest multiple
 * of 10**-nd, ties to even (CPython's long_round). */
static rt_value int_round(rt_state *rt, rt_value n, int64_t nd)
{
    if (nd >= 0)
        return rt_bigint_binop(rt, RT_OP_ADD, n, rt_smallint(0));
    if (nd < -100000)
        return rt_smallint(0); /* 10**-nd exceeds any int closured builds */
    rt_value pw = rt_bigint_binop(rt, RT_OP_POW, rt_smallint(10), rt_smallint(-nd));
    if (!pw)
        return RT_NULL;
    rt_value dm = rt_bigint_divmod(rt, n, pw);
    if (!dm) {
        rt_decref(rt, pw);
        return RT_NULL;
    }
    rt_value q = rt_tuple_items(dm)[0], r = rt_tuple_items(dm)[1];
    /* compare 2r with pw: above, or equal with an odd q, rounds up */
    rt_value r2 = rt_bigint_binop(rt, RT_OP_LSHIFT, r, rt_smallint(1));
    rt_value out = RT_NULL;
    if (r2) {
        int c = rt_bigint_cmp(r2, pw);
        bool up = c > 0 || (c == 0 && rt_bigint_is_odd(q));
        rt_value q2 = up ? rt_bigint_binop(rt, RT_OP_ADD, q, rt_smallint(1))
                         : rt_bigint_binop(rt, RT_OP_ADD, q, rt_smallint(0));
        if (q2) {
            out = rt_bigint_binop(rt, RT_OP_MUL, q2, pw);
            rt_decref(rt, q2);
        }
        rt_decref(rt, r2);
    }
    rt_decref(rt, dm);
    rt_decref(rt, pw);
    return out;
}

BUILTIN(bi_round)
{
    UNUSED_SELF;
    static const char *const names[] = {"number", "ndigits", NULL};
    rt_value a[2];
    if (rt_args_parse(rt, "round", args, nargs, kwnames, 2, names, a) < 0)
        return RT_NULL;
    if (a[0] == RT_NULL)
        return rt_raise(rt, RT_EXC_TypeError, "round() missing required argument 'number' (pos 1)");
    rt_value x = a[0];
    bool has_nd = a[1] != RT_NULL && a[1] != RT_NONE;
    int64_t nd = 0;
    /* ndigits past 64 bits saturate, as CPython reads them: round(1.5, 2**100)
     * is 1.5 and round(1.5, -2**100) is 0.0 */
    if (has_nd && rt_is_intlike(a[1]))
        nd = rt_int_get(a[1]);
    else if (has_nd && rt_arg_index(rt, a[1], &nd) < 0)
        return RT_NULL;
    rt_value um = rt__special(rt, x, RT_ID_round);
    if (um && um != RT_NONE) /* x.__round__() or x.__round__(ndigits) */
        return rt__call_special(rt, um, x, a[1] && a[1] != RT_NONE ? &a[1] : NULL,
                                a[1] && a[1] != RT_NONE ? 1 : 0);
    if (!um && rt__native_base(x) && rt_is_number(rt__native_base(x)))
        x = rt__native_base(x); /* an int or float subclass */
    if (rt_is_intlike(x))
        return int_round(rt, x, has_nd ? nd : 0);
    if (rt_is_float(x)) {
        double d = rt_float_get(x);
        if (!has_nd)
            return float_to_int(rt, rt_float_round_half_even(d));
        double out;
        if (rt_float_round(d, nd, &out) != 0)
            return rt_raise(rt, RT_EXC_OverflowError, "rounded value too large to represent");
        return rt_float_new(rt, out);
    }
    return rt_raise(rt, RT_EXC_TypeError, "type %s doesn't define __round__ method",
                    rt_type_name(x));
}

/* a.__<op>__(b), then b.__r<op>__(a) when b's class is another, for
 * instances of user classes (divmod and three-argument pow have no
 * operator of their own): the first result that is not NotImplemented (a
 * new reference), RT_NULL with an exception, or RT_NULL without one when
 * neither side handles it. */
static rt_value user_binary(rt_state *rt, rt_value a, rt_value b, rt_id op, rt_id rop)
{
    rt_value fa = rt__special(rt, a, op);
    rt_value fb = RT_NULL;
    if (rop != RT_ID_COUNT && rt_type_obj_get(rt, a) != rt_type_obj_get(rt, b))
        fb = rt__special(rt, b, rop);
    if (rt->exc)
        return RT_NULL;
    if (fa) {
        rt_value r = rt__call_special(rt, fa, a, &b, 1);
        if (r != rt->notimpl)
            return r;
        rt_decref(rt, r);
    }
    if (fb) {
        rt_value r = rt__call_special(rt, fb, b, &a, 1);
        if (r != rt->notimpl)
            return r;
        rt_decref(rt, r);
    }
    return RT_NULL;
}

BUILTIN(bi_divmod)
{
    CHECK_RANGE("divmod", 2, 2);
    if (rt__is_user_obj(args[0]) || rt__is_user_obj(args[1])) {
        rt_value r = user_binary(rt, args[0], args[1], RT_ID_divmod, RT_ID_rdivmod);
        if (r || rt->exc)
            return r;
        if (rt__native_unwrap(args[0]) == args[0] && rt__native_unwrap(args[1]) == args[1])
            return rt_raise(rt, RT_EXC_TypeError,
                            "unsupported operand type(s) for divmod(): '%s' and '%s'",
                            rt_type_name(args[0]), rt_type_name(args[1]));
    }
    if ((rt_is_float(args[0]) || rt_is_float(args[1])) && rt_is_number(args[0]) &&
        rt_is_number(args[1])) {
        double b;
        rt_number_as_double(args[1], &b);
        if (b == 0.0)
            return rt_raise(rt, RT_EXC_ZeroDivisionError, "float divmod()");
    }
    rt_value q = rt_binop(rt, RT_OP_FLOORDIV, args[0], args[1]);
    if (q == RT_NULL) {
        if (rt_exc_matches(rt, RT_EXC_TypeError)) {
            rt_exc_clear(rt);
            rt_raise(rt, RT_EXC_TypeError,
                     "unsupported operand type(s) for divmod(): '%s' and '%s'",
                     rt_type_name(args[0]), rt_type_name(args[1]));
        }
        return RT_NULL;
    }
    rt_value r = rt_binop(rt, RT_OP_MOD, args[0], args[1]);
    if (r == RT_NULL) {
        rt_decref(rt, q);
        return RT_NULL;
    }
    rt_value t = rt_tuple_pack(rt, 2, q, r);
    rt_decref(rt, q);
    rt_decref(rt, r);
    return t;
}

BUILTIN(bi_pow)
{
    UNUSED_SELF;
    static const char *const names[] = {"base", "exp", "mod", NULL};
    rt_value a[3];
    if (rt_args_parse(rt, "pow", args, nargs, kwnames, 3, names, a) < 0)
        return RT_NULL;
    if (a[0] == RT_NULL)
        return rt_raise(rt, RT_EXC_TypeError, "pow() missing required argument 'base' (pos 1)");
    if (a[1] == RT_NULL)
        return rt_raise(rt, RT_EXC_TypeError, "pow() missing required argument 'exp' (pos 2)");
    if (a[2] == RT_NULL || a[2] == RT_NONE)
        return rt_binop(rt, RT_OP_POW, a[0], a[1]);
    if (rt__is_user_obj(a[0]) || rt__is_user_obj(a[1]) || rt__is_user_obj(a[2])) {
        /* only the base's __pow__ takes the modulus (CPython calls no
         * __rpow__ with three arguments) */
        rt_value m = rt__special(rt, a[0], RT_ID_pow);
        if (m) {
            rt_value r = rt__call_special(rt, m, a[0], &a[1], 2);
            if (r != rt->notimpl)
                return r;
            rt_decref(rt, r);
        } else if (rt->exc) {
            return RT_NULL;
        }
        bool native = true;
        for (int i = 0; i < 3; i++)
            native = native && rt__native_unwrap(a[i]) == a[i];
        if (native || m)
            return rt_raise(rt, RT_EXC_TypeError,
                            "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                            rt_type_name(a[0]), rt_type_name(a[1]), rt_type_name(a[2]));
        for (int i = 0; i < 3; i++)
            a[i] = rt__native_unwrap(a[i]);
    }
    if (rt_is_complex(a[0]) || rt_is_complex(a[1]) || rt_is_complex(a[2]))
        return rt_raise(rt, RT_EXC_ValueError, "complex modulo");
    if (!rt_is_intlike(a[0]) || !rt_is_intlike(a[1]) || !rt_is_intlike(a[2]))
        return rt_raise(rt, RT_EXC_TypeError,
                        "pow() 3rd argument not allowed unless all arguments are integers");
    int64_t b, e, m;
    if (!rt_int_as_i64(a[0], &b) || !rt_int_as_i64(a[1], &e) || !rt_int_as_i64(a[2], &m) || e < 0 ||
        m == INT64_MIN)
        return rt_bigint_powmod(rt, a[0], a[1], a[2]);
    if (m == 0)
        return rt_raise(rt, RT_EXC_ValueError, "pow() 3rd argument cannot be 0");
    __int128 mod = m < 0 ? -(__int128)m : m, r = 1 % mod, x = ((b % mod) + mod) % mod;
    while (e > 0) {
        if (e & 1)
            r = r * x % mod;
        x = x * x % mod;
        e >>= 1;
    }
    if (m < 0 && r != 0)
        r -= mod;
    return rt_int_from_i64(rt, (int64_t)r);
}

BUILTIN(bi_chr)
{
    CHECK_ONE("chr");
    int64_t n;
    if (rt_arg_index(rt, args[0], &n) < 0) {
        if (!rt_exc_matches(rt, RT_EXC_OverflowError))
            return RT_NULL;
        rt_exc_clear(rt);
        n = INT64_MAX;
    }
    if (n < INT32_MIN || n > INT32_MAX) /* CPython reads a C int */
        return rt_raise(rt, RT_EXC_OverflowError, "Python int too large to convert to C int");
    if (n < 0 || n > 0x10FFFF)
        return rt_raise(rt, RT_EXC_ValueError, "chr() arg not in range(0x110000)");
    return rt_str_from_codepoint(rt, (uint32_t)n);
}

BUILTIN(bi_ord)
{
    CHECK_ONE("ord");
    rt_value s = rt__native_unwrap(args[0]);
    const char *p;
    size_t n;
    if (!rt_is_str(s) && rt_is_byteslike(s) && rt_bytes_view(s, &p, &n)) {
        /* ord(b'a'): the byte's value */
        if (n != 1)
            return rt_raise(rt, RT_EXC_TypeError,
                            "ord() expected a character, but string of length %lld found",
                            (long long)n);
        return rt_smallint((unsigned char)p[0]);
    }
    if (!rt_is_str(s))
        return rt_raise(rt, RT_EXC_TypeError, "ord() expected string of length 1, but %s found",
                        rt_type_name(s));
    if (rt_str_nchars(s) != 1)
        return rt_raise(rt, RT_EXC_TypeError,
                        "ord() expected a character, but string of length %lld found",
                        (long long)rt_str_nchars(s));
    size_t pos = 0;
    return rt_int_from_i64(rt, rt_str_decode(rt_str_data(s), &pos));
}

/* hex/oct/bin: "-0x1f". */
static rt_value int_to_base(rt_state *rt, rt_value v, int base, const char *prefix)
{
    int64_t n;
    v = rt_int_unwrap(v);
    if (rt_is_bigint(v))
        return rt_bigint_to_base_str(rt, v, base, prefix);
    if (rt_arg_index(rt, v, &n) < 0)
        return RT_NULL;
    char buf[80];
    size_t i = sizeof buf;
    buf[--i] = 0;
    uint64_t u = n < 0 ? (uint64_t)0 - (uint64_t)n : (uint64_t)n;
    do {
        buf[--i] = "0123456789abcdef"[u % (uint64_t)base];
        u /= (uint64_t)base;
    } while (u);
    i -= 2;
    memcpy(buf + i, prefix, 2);
    if (n < 0)
        buf[--i] = '-';
    return rt_str_from_cstr(rt, buf + i);
}

BUILTIN(bi_hex)
{
    CHECK_ONE("hex");
    return int_to_base(rt, args[0], 16, "0x");
}

BUILTIN(bi_oct)
{
    CHECK_ONE("oct");
    return int_to_base(rt, args[0], 8, "0o");
}

BUILTIN(bi_bin)
{
    CHECK_ONE("bin");
    return int_to_base(rt, args[0], 2, "0b");
}

/* ---- attributes ------------------------------------------------------------------ */

/* The interned attribute name, or RT_NULL with TypeError. */
static rt_value attr_name(rt_state *rt, rt_value name)
{
    name = rt__native_unwrap(name);
    if (!rt_is_str(name))
        return rt_raise(rt, RT_EXC_TypeError, "attribute name must be string, not '%s'",
                        rt_type_name(name));
    return rt_str_intern_value(rt, name);
}

BUILTIN(bi_getattr)
{
    CHECK_RANGE("getattr", 2, 3);
    rt_value name = attr_name(rt, args[1]);
    if (name == RT_NULL)
        return RT_NULL;
    rt_value r = rt_getattr(rt, args[0], name);
    if (r == RT_NULL && nargs > 2 && rt_exc_matches(rt, RT_EXC_AttributeError)) {
        rt_decref(rt, name);
        rt_exc_clear(rt);
        return ret(args[2]);
    }
    if (r == RT_NULL)
        rt__exc_attr_context(rt, args[0], name);
    rt_decref(rt, name);
    return r;
}

BUILTIN(bi_hasattr)
{
    CHECK_RANGE("hasattr", 2, 2);
    rt_value name = attr_name(rt, args[1]);
    if (name == RT_NULL)
        return RT_NULL;
    int r = rt_hasattr(rt, args[0], name);
    rt_decref(rt, name);
    return r < 0 ? RT_NULL : rt_bool(r);
}

BUILTIN(bi_setattr)
{
    CHECK_RANGE("setattr", 3, 3);
    rt_value name = attr_name(rt, args[1]);
    if (name == RT_NULL)
        return RT_NULL;
    int r = rt_setattr(rt, args[0], name, args[2]);
    rt_decref(rt, name);
    return r < 0 ? RT_NULL : RT_NONE;
}

BUILTIN(bi_delattr)
{
    CHECK_RANGE("delattr", 2, 2);
    rt_value name = attr_name(rt, args[1]);
    if (name == RT_NULL)
        return RT_NULL;
    int r = rt_setattr(rt, args[0], name, RT_NULL);
    rt_decref(rt, name);
    return r < 0 ? RT_NULL : RT_NONE;
}

/* The namespace of the running code: a class body's, else the globals. */
static rt_value current_ns(rt_state *rt)
{
    return rt->frame && rt->frame->ns ? rt->frame->ns : rt->globals;
}

BUILTIN(bi_vars)
{
    CHECK_RANGE("vars", 0, 1);
    if (nargs == 0)
        return ret(current_ns(rt));
    rt_value d = rt_getattr(rt, args[0], rt->ids[RT_ID_dict]);
    if (!d && rt_exc_matches(rt, RT_EXC_AttributeError)) {
        rt_exc_clear(rt);
        return rt_raise(rt, RT_EXC_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

BUILTIN(bi_dir)
{
    CHECK_RANGE("dir", 0, 1);
    if (nargs == 0) {
        rt_value l = rt_list_new(rt, 0);
        if (!l)
            return RT_NULL;
        int64_t pos = 0;
        rt_value k, v;
        rt_value ns = current_ns(rt);
        while (rt_dict_next(ns, &pos, &k, &v))
            if (rt_list_append(rt, l, k) < 0) {
                rt_decref(rt, l);
                return RT_NULL;
            }
        if (rt_list_sort(rt, l, RT_NULL, false) < 0) {
            rt_decref(rt, l);
            return RT_NULL;
        }
        return l;
    }
    return rt__dir(rt, args[0]);
}

/* ---- the namespace --------------------------------------------------------------- */

static const rt_builtin_def builtin_defs[] = {
    {"print", rt__bi_print},
    {"input", rt__bi_input},
    {"exit", bi_exit},
    {"quit", bi_exit},
    {"len", bi_len},
    {"repr", bi_repr},
    {"ascii", bi_ascii},
    {"hash", bi_hash},
    {"format", bi_format},
    {"id", bi_id},
    {"callable", bi_callable},
    {"iter", bi_iter},
    {"aiter", rt__builtin_aiter},
    {"anext", rt__builtin_anext},
    {"next", bi_next},
    {"any", bi_any},
    {"all", bi_all},
    {"sorted", rt__bi_sorted},
    {"min", bi_min},
    {"max", bi_max},
    {"sum", rt__bi_sum},
    {"abs", bi_abs},
    {"round", bi_round},
    {"divmod", bi_divmod},
    {"pow", bi_pow},
    {"chr", bi_chr},
    {"ord", bi_ord},
    {"hex", bi_hex},
    {"oct", bi_oct},
    {"bin", bi_bin},
    {"isinstance", rt__bi_isinstance},
    {"getattr", bi_getattr},
    {"hasattr", bi_hasattr},
    {"setattr", bi_setattr},
    {"delattr", bi_delattr},
    {"vars", bi_vars},
    {"dir", bi_dir},
    {"issubclass", rt__bi_issubclass},
    {NULL, NULL},
};

/* The builtin types bound by name. */
static const struct {
    const char *name;
    rt_type_id id;
} type_names[] = {
    {"int", RT_T_INT},
    {"float", RT_T_FLOAT},
    {"complex", RT_T_COMPLEX},
    {"str", RT_T_STR},
    {"bytes", RT_T_BYTES},
    {"bytearray", RT_T_BYTEARRAY},
    {"memoryview", RT_T_MEMORYVIEW},
    {"bool", RT_T_BOOL},
    {"list", RT_T_LIST},
    {"dict", RT_T_DICT},
    {"tuple", RT_T_TUPLE},
    {"set", RT_T_SET},
    {"frozenset", RT_T_FROZENSET},
    {"range", RT_T_RANGE},
    {"type", RT_T_TYPE},
    {"slice", RT_T_SLICE},
    {"object", RT_T_INSTANCE},
    {"staticmethod", RT_T_STATICMETHOD},
    {"classmethod", RT_T_CLASSMETHOD},
    {"property", RT_T_PROPERTY},
    {"super", RT_T_SUPER},
};

static const char *const exc_names[] = {
#define RT_X_EXC_NAME(name, base) #name,
    RT_EXC_LIST(RT_X_EXC_NAME)
#undef RT_X_EXC_NAME
};

int rt__builtins_init(rt_state *rt)
{
    rt_value d = rt_dict_new(rt);
    if (d == RT_NULL)
        return -1;
    rt->builtins = d;
    if (rt__module_add_funcs(rt, d, builtin_defs) < 0)
        return -1;
    for (size_t i = 0; i < sizeof type_names / sizeof type_names[0]; i++) {
        rt_value t = rt->type_objs[type_names[i].id];
        if (t != RT_NULL && rt_dict_set_cstr(rt, d, type_names[i].name, t) < 0)
            return -1;
    }
    for (size_t i = 0; i < sizeof iter_types / sizeof iter_types[0]; i++)
        if (rt_dict_set_cstr(rt, d, iter_types[i].name, rt->iter_types[iter_types[i].kind]) < 0)
            return -1;
    if (rt_dict_set_cstr(rt, d, "Ellipsis", rt->ellipsis) < 0)
        return -1;
    if (rt_dict_set_cstr(rt, d, "NotImplemented", rt->notimpl) < 0)
        return -1;
    /* the builtins module's own name, which is also what `__name__` reads
     * in code whose globals lack one (a class body run by exec(src, {})
     * takes its __module__ from it, as in CPython) */
    rt_value bname = rt_str_intern(rt, "builtins", 8);
    if (!bname || rt_dict_set_cstr(rt, d, "__name__", bname) < 0) {
        rt_decref(rt, bname);
        return -1;
    }
    rt_decref(rt, bname);
    /* closured runs as CPython without -O: assert statements run */
    if (rt_dict_set_cstr(rt, d, "__debug__", RT_TRUE) < 0)
        return -1;
    for (int k = 0; k < RT_EXC_COUNT; k++) {
        rt_value t = rt->exc_types[k];
        if (t != RT_NULL && rt_dict_set_cstr(rt, d, exc_names[k], t) < 0)
            return -1;
    }
    if (rt__exec_builtins_add(rt, d) < 0)
        return -1;
    return rt__methods_init(rt);
}

void rt__builtins_dispose(rt_state *rt)
{
    rt__methods_dispose(rt);
    rt_value d = rt->builtins;
    rt->builtins = RT_NULL;
    rt_decref(rt, d);
}
