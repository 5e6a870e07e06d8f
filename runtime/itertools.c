/* itertools.c: itertools' iterator objects (one struct, a kind per CPython
 * type) and the `_itertools` module that builds them for
 * stdlib/itertools.py, which checks the arguments first.
 *
 * What v[] and the counters hold, per kind:
 *   CHAIN         v0 the iterator of iterables, v1 the current iterator
 *   ISLICE        v0 the iterator; cnt items read, next the next index to
 *                 yield, stop (-1: none), r the step
 *   PERMUTATIONS  v0 the pool tuple; n, r; idx = indices[n] + cycles[r]
 *   COMBINATIONS, CWR  v0 the pool tuple; n, r; idx = indices[r]
 *   PRODUCT       v0 the tuple of pool tuples; n pools; idx = indices[n]
 *                 (these four: v4 the last result, refilled when the
 *                 consumer let go of it, rt_tuple_recycle)
 *   GROUPBY       v0 the iterator, v1 the key function (RT_NULL: identity),
 *                 v2 the current key, v3 the current value, v4 the target
 *                 key; cnt the serial of the group now current
 *   GROUPER       v0 its groupby, v1 its key; cnt its serial (the group is
 *                 over once the groupby's serial moved on)
 *   ACCUMULATE    v0 the iterator, v1 the function (RT_NULL: +), v2 the
 *                 total, v3 the initial value still to yield
 *   PAIRWISE      v0 the iterator, v1 the previous item
 *   STARMAP       v0 the function, v1 the iterator
 *   TAKEWHILE, DROPWHILE, FILTERFALSE  v0 the predicate (FILTERFALSE:
 *                 RT_NULL for truth), v1 the iterator
 *   COMPRESS      v0 the data iterator, v1 the selectors iterator
 *   CYCLE         v0 the iterator, v1 the list of items seen; cnt the next
 *                 index into it once the iterator is spent (first = 0)
 *   COUNT         v0 the next value, v1 the step
 *   REPEAT        v0 the object; cnt the times left (-1: forever)
 *   ZIP_LONGEST   v0 a list of the iterators (None once one is spent), v1
 *                 the fill value; n the iterators not yet spent
 *   CALLITER      v0 the callable, v1 the sentinel
 *
 * The infinite kinds (count, repeat without times, cycle) loop in no C code
 * of their own: whatever consumes them from C calls rt_iternext, which
 * charges the slice per item, so `sum(count())` ends at its workload's
 * limit as a Python loop does. */
#include "runtime/itertools.h"

#include <inttypes.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/heap.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/nest.h"
#include "runtime/num.h"
#include "runtime/objid.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"

static const char *const kind_names[RT_ITERTOOL_KIND_COUNT] = {
#define RT_X_ITERTOOL(id, name) name,
    RT_ITERTOOL_KINDS(RT_X_ITERTOOL)
#undef RT_X_ITERTOOL
};

const char *rt_itertool_name(rt_value it)
{
    unsigned k = rt_itertool_of(it)->kind;
    return k < RT_ITERTOOL_KIND_COUNT ? kind_names[k] : "itertools";
}

/* ---- the object --------------------------------------------------------------------- */

static size_t itertool_size(const rt_obj *o)
{
    const rt_itertool *t = (const rt_itertool *)o;
    return sizeof(rt_gc_link) + sizeof(rt_itertool) + t->nidx * sizeof(int64_t);
}

static void itertool_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt_itertool *t = (rt_itertool *)o;
    for (int i = 0; i < RT_ITERTOOL_NVALS; i++)
        if (rt_is_obj(t->v[i]))
            visit(rt_as_obj(t->v[i]), arg);
}

static void itertool_clear(rt_state *rt, rt_obj *o)
{
    rt_itertool *t = (rt_itertool *)o;
    if (t->kind == RT_ITERTOOL_TEEDATA)
        rt__teedata_unchain(rt, t);
    for (int i = 0; i < RT_ITERTOOL_NVALS; i++) {
        rt_value x = t->v[i];
        t->v[i] = RT_NULL;
        rt_decref(rt, x);
    }
}

static void itertool_dealloc(rt_state *rt, rt_obj *o)
{
    rt_itertool *t = (rt_itertool *)o;
    itertool_clear(rt, o);
    if (t->idx)
        rt_heap_free(rt, o, t->idx, t->nidx * sizeof(int64_t));
    rt_obj_free(rt, o, sizeof(rt_itertool));
}

const rt_typeinfo rt__itertool_typeinfo = {"itertools",       true,           itertool_size,
                                           itertool_traverse, itertool_clear, itertool_dealloc};

rt_itertool *rt__itertool_make(rt_state *rt, rt_itertool_kind kind, rt_value a, rt_value b,
                               size_t nidx)
{
    rt_itertool *t = (rt_itertool *)rt_obj_alloc(rt, RT_T_ITERTOOL, sizeof(rt_itertool));
    if (!t)
        return NULL;
    t->kind = (uint8_t)kind;
    t->first = 1;
    rt_incref(a);
    rt_incref(b);
    t->v[0] = a;
    t->v[1] = b;
    if (nidx) {
        if (nidx > UINT32_MAX / sizeof(int64_t)) {
            rt_raise(rt, RT_EXC_OverflowError, "Python int too large to convert to C ssize_t");
            rt_decref(rt, rt_from_obj(t));
            return NULL;
        }
        t->idx = rt_heap_alloc(rt, &t->hdr, nidx * sizeof(int64_t));
        if (!t->idx) {
            rt_decref(rt, rt_from_obj(t));
            return NULL;
        }
        t->nidx = (uint32_t)nidx;
    }
    return t;
}

static rt_value made(rt_itertool *t)
{
    return t ? rt_from_obj(t) : RT_NULL;
}

/* Marks t exhausted and drops what it holds: 0, next()'s "no more". */
static int finish(rt_state *rt, rt_itertool *t)
{
    t->done = 1;
    itertool_clear(rt, &t->hdr);
    return 0;
}

/* next()'s result when reading an input gave st <= 0: -1 on its error, else t is
 * exhausted (finish). */
static int ended(rt_state *rt, rt_itertool *t, int st)
{
    return st < 0 ? -1 : finish(rt, t);
}

/* ---- next, per kind ------------------------------------------------------------------ */

/* The next item of an input iterator: rt_iternext (the same pacing step,
 * the same results), with the two kinds these pipelines mostly read (the
 * builtin iterators and other itertools: islice over chain, pairwise over
 * islice over count) dispatched here, one call less per item and layer. */
static inline int input_next(rt_state *rt, rt_value it, rt_value *out)
{
    if (rt__vm_c_step(rt) < 0)
        return -1;
    if (__builtin_expect(rt__stack_exhausted(rt->stack_base), 0)) { /* as rt_iternext's */
        rt_raise(rt, RT_EXC_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    if (rt_is_iter(it))
        return rt_iter_next(rt, it, out);
    if (rt_is_itertool(it))
        return rt_itertool_next(rt, it, out);
    return rt__iternext_unpaced(rt, it, out);
}

static int chain_next(rt_state *rt, rt_itertool *t, rt_value *out)
{
    for (;;) {
        if (t->v[1]) {
            int st = input_next(rt, t->v[1], out);
            if (st != 0)
                return st;
            rt_value spent = t->v[1];
            t->v[1] = RT_NULL;
            rt_decref(rt, spent);
        }
        rt_value iterable;
        int st = input_next(rt, t->v[0], &iterable);
        if (st <= 0)
            return ended(rt, t, st);
        rt_value it = rt_getiter(rt, iterable);
        rt_decref(rt, iterable);
        if (!it)
            return -1;
        t->v[1] = it;
    }
}

static int islice_next(rt_state *rt, rt_itertool *t, rt_value *out)
{
    rt_value x;
    while (t->cnt < t->next) {
        int st = input_next(rt, t->v[0], &x);
        if (st <= 0)
            return ended(rt, t, st);
        rt_decref(rt, x);
        t->cnt++;
    }
    if (t->stop >= 0 && t->cnt >= t->stop)
        return finish(rt, t);
    int st = input_next(rt, t->v[0], out);
    if (st <= 0)
        return ended(rt, t, st);
    t->cnt++;
    int64_t old = t->next;
    t->next += t->r;
    if (t->next < old || (t->stop >= 0 && t->next > t->stop))
        t->next = t->stop;
    return 1;
}

/* The tuple (pool[idx[0]], ..., pool[idx[r-1]]). */
static int pick(rt_state *rt, rt_itertool *t, const int64_t *idx, int64_t r, rt_value *out)
{
    rt_value pool = t->v[0];
    rt_value tup = rt_tuple_recycle(rt, &t->v[4], r);
    if (!tup)
        return -1;
    for (int64_t i = 0; i < r; i++) {
        rt_value x = rt_tuple_items(pool)[idx[i]];
        rt_incref(x);
        rt_tuple_refill(rt, tup, i, x);
    }
    *out = tup;
    return 1;
}

static int permutations_next(rt_state *rt, rt_itertool *t, rt_value *out)
{
    int64_t n = t->n, r = t->r, *indices = t->idx;
    if (t->first) {
        if (r > n) /* no indices were allocated */
            return finish(rt, t);
        t->first = 0;
        return pick(rt, t, indices, r, out);
    }
    if (n == 0)
        return finish(rt, t);
    int64_t *cycles = indices + n;
    for (int64_t i = r - 1; i >= 0; i--) {
        if (--cycles[i] == 0) {
            /* rotate indices[i:] left by one */
            int64_t first = indices[i];
            for (int64_t j = i; j < n - 1; j++)
                indices[j] = indices[j + 1];
            indices[n - 1] = first;
            cycles[i] = n - i;
        } else {
            int64_t j = cycles[i], tmp = indices[i];
            indices[i] = indices[n - j];
            indices[n - j] = tmp;
            return pick(rt, t, indices, r, out);
        }
    }
    return finish(rt, t);
}

static int combinations_next(rt_state *rt, rt_itertool *t, rt_value *out)
{
    int64_t n = t->n, r = t->r, *indices = t->idx;
    if (t->first) {
        if (r > n)
            return finish(rt, t);
        t->first = 0;
        return pick(rt, t, indices, r, out);
    }
    int64_t i = r - 1;
    while (i >= 0 && indices[i] == i + n - r)
        i--;
    if (i < 0)
        return finish(rt, t);
    indices[i]++;
    for (int64_t j = i + 1; j < r; j++)
        indices[j] = indices[j - 1] + 1;
    return pick(rt, t, indices, r, out);
}

static int cwr_next(rt_state *rt, rt_itertool *t, rt_value *out)
{
    int64_t n = t->n, r = t->r, *indices = t->idx;
    if (t->first) {
        if (n == 0 && r > 0)
            return finish(rt, t);
        t->first = 0;
        return pick(rt, t, indices, r, out);
    }
    int64_t i = r - 1;
    while (i >= 0 && indices[i] == n - 1)
        i--;
    if (i < 0)
        return finish(rt, t);
    int64_t v = indices[i] + 1;
    for (int64_t j = i; j < r; j++)
        indices[j] = v;
    return pick(rt, t, indices, r, out);
}

static int product_next(rt_state *rt, rt_itertool *t, rt_value *out)
{
    rt_value pools = t->v[0];
    int64_t n = t->n, *indices = t->idx;
    if (t->first) {
        for (int64_t k = 0; k < n; k++)
            if (rt_tuple_len(rt_tuple_items(pools)[k]) == 0)
                return finish(rt, t);
        t->first = 0;
    } else {
        int64_t i = n - 1;
        for (; i >= 0; i--) {
            if (++indices[i] < rt_tuple_len(rt_tuple_items(pools)[i]))
                break;
            indices[i] = 0;
        }
        if (i < 0)
            return finish(rt, t);
    }
    rt_value tup = rt_tuple_recycle(rt, &t->v[4], n);
    if (!tup)
        return -1;
    for (int64_t k = 0; k < n; k++) {
        rt_value x = rt_tuple_items(rt_tuple_items(pools)[k])[indices[k]];
        rt_incref(x);
        rt_tuple_refill(rt, tup, k, x);
    }
    *out = tup;
    return 1;
}

/* Reads the groupby's next value and its key into v3 and v2: 1, 0 at the
 * end of the input, -1 on error. */
static int groupby_step(rt_state *rt, rt_itertool *g)
{
    rt_value value, key;
    int st = input_next(rt, g->v[0], &value);
    if (st <= 0)
        return st;
    if (g->v[1]) {
        key = rt_call(rt, g->v[1], &value, 1, RT_NULL);
        if (!key) {
            rt_decref(rt, value);
            return -1;
        }
    } else {
        key = value;
        rt_incref(key);
    }
    rt_value oldv = g->v[3], oldk = g->v[2];
    g->v[3] = value;
    g->v[2] = key;
    rt_decref(rt, oldv);
    rt_decref(rt, oldk);
    return 1;
}

static int groupby_next(rt_state *rt, rt_itertool *g, rt_value *out)
{
    g->cnt++; /* the group handed out last is over */
    for (;;) {
        if (g->v[2]) {
            if (!g->v[4])
                break;
            int eq = rt_eq(rt, g->v[4], g->v[2]);
            if (eq < 0)
                return -1;
            if (!eq)
                break;
        }
        int st = groupby_step(rt, g);
        if (st <= 0)
            return ended(rt, g, st);
    }
    rt_setref(rt, &g->v[4], g->v[2]);
    rt_itertool *grp = rt__itertool_make(rt, RT_ITERTOOL_GROUPER, rt_from_obj(g), g->v[4], 0);
    if (!grp)
        return -1;
    grp->cnt = g->cnt;
    *out = rt_tuple_pack(rt, 2, g->v[4], rt_from_obj(grp));
    rt_decref(rt, rt_from_obj(grp));
    return *out ? 1 : -1;
}

static int grouper_next(rt_state *rt, rt_itertool *t, rt_value *out)
{
    rt_itertool *g = rt_itertool_of(t->v[0]);
    if (g->cnt != t->cnt || g->done)
        return finish(rt, t);
    if (!g->v[3]) {
        int st = groupby_step(rt, g);
        if (st <= 0)
            return ended(rt, t, st);
    }
    int eq = rt_eq(rt, t->v[1], g->v[2]);
    if (eq <= 0)
        return eq < 0 ? -1 : finish(rt, t);
    *out = g->v[3];
    g->v[3] = RT_NULL;
    return 1;
}

static int accumulate_next(rt_state *rt, rt_itertool *t, rt_value *out)
{
    if (t->v[3]) { /* initial */
        t->v[2] = t->v[3];
        t->v[3] = RT_NULL;
        rt_incref(t->v[2]);
        *out = t->v[2];
        return 1;
    }
    rt_value x;
    int st = input_next(rt, t->v[0], &x);
    if (st <= 0)
        return ended(rt, t, st);
    rt_value total;
    if (!t->v[2])
        total = x;
    else {
        if (t->v[1]) {
            rt_value args[2] = {t->v[2], x};
            total = rt_call(rt, t->v[1], args, 2, RT_NULL);
        } else {
            total = rt_binop(rt, RT_OP_ADD, t->v[2], x);
        }
        rt_decref(rt, x);
        if (!total)
            return -1;
    }
    rt_value old = t->v[2];
    t->v[2] = total;
    rt_decref(rt, old);
    rt_incref(total);
    *out = total;
    return 1;
}

static int pairwise_next(rt_state *rt, rt_itertool *t, rt_value *out)
{
    rt_value x;
    int st;
    if (!t->v[1]) {
        st = input_next(rt, t->v[0], &t->v[1]);
        if (st <= 0)
            return ended(rt, t, st);
    }
    st = input_next(rt, t->v[0], &x);
    if (st <= 0)
        return ended(rt, t, st);
    /* a new tuple each time, as CPython 3.11's pairwise (not refilled as
     * the combinatorics' are: the items leave with the tuple, so their
     * finalizers run when the consumer drops it); the state's reference to
     * the previous item moves into it, x is the previous one from now on */
    rt_value tup = rt_tuple_new(rt, 2);
    if (!tup) {
        rt_decref(rt, x);
        return -1;
    }
    rt_incref(x);
    rt_tuple_items(tup)[0] = t->v[1];
    rt_tuple_items(tup)[1] = x;
    t->v[1] = x;
    *out = tup;
    return 1;
}

static int starmap_next(rt_state *rt, rt_itertool *t, rt_value *out)
{
    rt_value args;
    int st = input_next(rt, t->v[1], &args);
    if (st <= 0)
        return ended(rt, t, st);
    if (!rt_is_tuple(args)) {
        rt_value tup = rt_tuple_from_iter(rt, args);
        rt_decref(rt, args);
        if (!tup)
            return -1;
        args = tup;
    }
    *out = rt_call(rt, t->v[0], rt_tuple_items(args), (size_t)rt_tuple_len(args), RT_NULL);
    rt_decref(rt, args);
    return *out ? 1 : -1;
}

static int calliter_next(rt_state *rt, rt_itertool *t, rt_value *out)
{
    rt_value r = rt_call(rt, t->v[0], NULL, 0, RT_NULL);
    if (!r) {
        if (!rt_exc_matches(rt, RT_EXC_StopIteration))
            return -1;
        rt_exc_clear(rt);
        return finish(rt, t);
    }
    int eq = rt_eq(rt, t->v[1], r);
    if (eq != 0) {
        rt_decref(rt, r);
        return eq < 0 ? -1 : finish(rt, t);
    }
    *out = r;
    return 1;
}

rt_value rt_calliter_new(rt_state *rt, rt_value callable, rt_value sentinel)
{
    rt_itertool *t = rt__itertool_make(rt, RT_ITERTOOL_CALLITER, callable, sentinel, 0);
    return t ? rt_from_obj(t) : RT_NULL;
}

/* pred(x) (or x itself when pred is RT_NULL) as 1/0, -1 on error. */
static int test(rt_state *rt, rt_value pred, rt_value x)
{
    if (!pred || pred == RT_NONE)
        return rt_truthy(rt, x);
    rt_value r = rt_call(rt, pred, &x, 1, RT_NULL);
    if (!r)
        return -1;
    int b = rt_truthy(rt, r);
    rt_decref(rt, r);
    return b;
}

/* The next item of v1 whose test is `want` (takewhile: ends at the first
 * that fails; dropwhile: passes everything after the first that fails). */
static int filter_next(rt_state *rt, rt_itertool *t, rt_value *out)
{
    for (;;) {
        rt_value x;
        int st = input_next(rt, t->v[1], &x);
        if (st <= 0)
            return ended(rt, t, st);
        if (t->kind == RT_ITERTOOL_DROPWHILE && !t->first) {
            *out = x;
            return 1;
        }
        int b = test(rt, t->v[0], x);
        if (b < 0) {
            rt_decref(rt, x);
            return -1;
        }
        if (t->kind == RT_ITERTOOL_TAKEWHILE) {
            if (b) {
                *out = x;
                return 1;
            }
            rt_decref(rt, x);
            return finish(rt, t);
        }
        if (!b) { /* dropwhile's first failure, or filterfalse's pick */
            t->first = 0;
            *out = x;
            return 1;
        }
        rt_decref(rt, x);
    }
}

static int compress_next(rt_state *rt, rt_itertool *t, rt_value *out)
{
    for (;;) {
        rt_value x, s;
        int st = input_next(rt, t->v[0], &x);
        if (st <= 0)
            return ended(rt, t, st);
        st = input_next(rt, t->v[1], &s);
        if (st <= 0) {
            rt_decref(rt, x);
            return ended(rt, t, st);
        }
        int b = rt_truthy(rt, s);
        rt_decref(rt, s);
        if (b > 0) {
            *out = x;
            return 1;
        }
        rt_decref(rt, x);
        if (b < 0)
            return -1;
    }
}

static int cycle_next(rt_state *rt, rt_itertool *t, rt_value *out)
{
    if (t->first) {
        int st = input_next(rt, t->v[0], out);
        if (st < 0)
            return -1;
        if (st > 0) {
            if (rt_list_append(rt, t->v[1], *out) < 0) {
                rt_decref(rt, *out);
                return -1;
            }
            return 1;
        }
        t->first = 0;
        rt_value spent = t->v[0];
        t->v[0] = RT_NULL;
        rt_decref(rt, spent);
    }
    int64_t n = rt_list_len(t->v[1]);
    if (n == 0)
        return finish(rt, t);
    if (t->cnt >= n)
        t->cnt = 0;
    *out = rt_list_get(t->v[1], t->cnt++);
    rt_incref(*out);
    return 1;
}

static int count_next(rt_state *rt, rt_itertool *t, rt_value *out)
{
    rt_value cur = t->v[0], step = t->v[1], up;
    int64_t sum;
    if (rt_is_smallint(cur) && rt_is_smallint(step) &&
        !__builtin_add_overflow(rt_smallint_get(cur), rt_smallint_get(step), &sum))
        up = rt_int_from_i64(rt, sum);
    else
        up = rt_binop(rt, RT_OP_ADD, cur, step);
    if (!up)
        return -1;
    t->v[0] = up; /* the reference to cur moves to the caller */
    *out = cur;
    return 1;
}

/* A spent repeat keeps its object: its repr still shows it. */
static int repeat_next(rt_state *rt, rt_itertool *t, rt_value *out)
{
    (void)rt;
    if (t->cnt == 0)
        return 0;
    if (t->cnt > 0)
        t->cnt--;
    *out = t->v[0];
    rt_incref(*out);
    return 1;
}

/* As CPython's: an error from one iterator ends the whole zip_longest. */
static int zip_longest_next(rt_state *rt, rt_itertool *t, rt_value *out)
{
    rt_value its = t->v[0];
    int64_t n = rt_list_len(its);
    if (t->n == 0)
        return finish(rt, t);
    rt_value tup = rt_tuple_new(rt, n);
    if (!tup)
        return -1;
    for (int64_t i = 0; i < n; i++) {
        rt_value it = rt_list_get(its, i), x;
        int st = it == RT_NONE ? 0 : input_next(rt, it, &x);
        if (st < 0 || (st == 0 && it != RT_NONE && --t->n == 0)) {
            t->n = 0; /* an error ends it too */
            rt_decref(rt, tup);
            return ended(rt, t, st);
        }
        if (st == 0) {
            if (it != RT_NONE)
                rt_list_set(rt, its, i, RT_NONE);
            x = t->v[1];
            rt_incref(x);
        }
        rt_tuple_set_steal(tup, i, x);
    }
    *out = tup;
    return 1;
}

int rt_itertool_next(rt_state *rt, rt_value itv, rt_value *out)
{
    rt_itertool *t = rt_itertool_of(itv);
    if (t->done)
        return 0;
    switch ((rt_itertool_kind)t->kind) {
    case RT_ITERTOOL_CHAIN: return chain_next(rt, t, out);
    case RT_ITERTOOL_ISLICE: return islice_next(rt, t, out);
    case RT_ITERTOOL_PERMUTATIONS: return permutations_next(rt, t, out);
    case RT_ITERTOOL_COMBINATIONS: return combinations_next(rt, t, out);
    case RT_ITERTOOL_CWR: return cwr_next(rt, t, out);
    case RT_ITERTOOL_PRODUCT: return product_next(rt, t, out);
    case RT_ITERTOOL_GROUPBY: return groupby_next(rt, t, out);
    case RT_ITERTOOL_GROUPER: return grouper_next(rt, t, out);
    case RT_ITERTOOL_ACCUMULATE: return accumulate_next(rt, t, out);
    case RT_ITERTOOL_PAIRWISE: return pairwise_next(rt, t, out);
    case RT_ITERTOOL_STARMAP: return starmap_next(rt, t, out);
    case RT_ITERTOOL_TAKEWHILE:
    case RT_ITERTOOL_DROPWHILE:
    case RT_ITERTOOL_FILTERFALSE: return filter_next(rt, t, out);
    case RT_ITERTOOL_COMPRESS: return compress_next(rt, t, out);
    case RT_ITERTOOL_CYCLE: return cycle_next(rt, t, out);
    case RT_ITERTOOL_COUNT: return count_next(rt, t, out);
    case RT_ITERTOOL_REPEAT: return repeat_next(rt, t, out);
    case RT_ITERTOOL_ZIP_LONGEST: return zip_longest_next(rt, t, out);
    case RT_ITERTOOL_TEE: return rt__tee_next(rt, t, out);
    case RT_ITERTOOL_CALLITER: return calliter_next(rt, t, out);
    default: return finish(rt, t);
    }
}

/* count(start) when the step is an int equal to 1 (bool included, as
 * CPython's PyLong_Check), else count(start, step). */
static rt_value count_repr(rt_state *rt, rt_itertool *t)
{
    rt_value step = t->v[1];
    int64_t one;
    bool plain = rt_is_intlike(step) && rt_int_as_i64(step, &one) && one == 1;
    rt_value a = rt_repr(rt, t->v[0]), b = a && !plain ? rt_repr(rt, step) : RT_NULL;
    rt_value r = RT_NULL;
    if (a && plain)
        r = rt_str_printf(rt, "count(%s)", rt_str_data(a));
    else if (b)
        r = rt_str_printf(rt, "count(%s, %s)", rt_str_data(a), rt_str_data(b));
    rt_decref(rt, a);
    rt_decref(rt, b);
    return r;
}

static rt_value repeat_repr(rt_state *rt, rt_itertool *t)
{
    rt_value a = rt_repr(rt, t->v[0]);
    if (!a)
        return RT_NULL;
    rt_value r = t->cnt < 0 ? rt_str_printf(rt, "repeat(%s)", rt_str_data(a))
                            : rt_str_printf(rt, "repeat(%s, %" PRId64 ")", rt_str_data(a), t->cnt);
    rt_decref(rt, a);
    return r;
}

rt_value rt__itertool_repr(rt_state *rt, rt_value it)
{
    rt_itertool *t = rt_itertool_of(it);
    if (t->kind == RT_ITERTOOL_COUNT)
        return count_repr(rt, t);
    if (t->kind == RT_ITERTOOL_REPEAT) /* a finished repeat still shows its object */
        return repeat_repr(rt, t);
    return rt_str_printf(rt, "<%s object at 0x%" PRIx64 ">", rt_itertool_name(it),
                         rt__objid_of_value(rt, it));
}

/* ---- methods ---------------------------------------------------------------------------- */

static rt_value m_next(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                       rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__next__", nargs, kwnames) < 0)
        return RT_NULL;
    rt_value v;
    int st = rt_itertool_next(rt, self, &v);
    if (st > 0)
        return v;
    if (st < 0)
        return RT_NULL;
    return rt_raise_stop_iteration(rt);
}

static rt_value m_iter(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                       rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__iter__", nargs, kwnames) < 0)
        return RT_NULL;
    rt_incref(self);
    return self;
}

/* repeat's: the times left; TypeError for an endless one. The other kinds
 * have none (AttributeError, as their CPython types lack it). */
static rt_value m_length_hint(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                              rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__length_hint__", nargs, kwnames) < 0)
        return RT_NULL;
    rt_itertool *t = rt_itertool_of(self);
    if (t->kind != RT_ITERTOOL_REPEAT)
        return rt_raise(rt, RT_EXC_AttributeError, "'%s' object has no attribute '__length_hint__'",
                        rt_itertool_name(self));
    if (t->cnt < 0)
        return rt_raise(rt, RT_EXC_TypeError, "len() of unsized object");
    return rt_int_from_i64(rt, t->cnt);
}

const rt_builtin_def rt__itertool_methods[] = {
    {"__next__", m_next},
    {"__iter__", m_iter},
    {"__length_hint__", m_length_hint},
    {NULL, NULL},
};

/* ---- the `_itertools` module ------------------------------------------------------------
 * Each constructor takes what stdlib/itertools.py already checked: iterators
 * where it passes iterators, a pool tuple, an int r >= 0. */

/* Argument i as a non-negative int64 (stdlib/itertools.py checked the type). */
static int arg_count(rt_state *rt, rt_value v, int64_t *out)
{
    if (!rt_is_intlike(v) || !rt_int_as_i64(v, out) || *out < 0) {
        rt_raise(rt, RT_EXC_ValueError, "an index of 0 <= x <= sys.maxsize is required");
        return -1;
    }
    return 0;
}

/* An itertool of kind over iter(args[0]) (v0) and, with two arguments or more, the function
 * args[1] (v1; None: RT_NULL), once there are exactly `want` arguments. */
static rt_itertool *over_iter(rt_state *rt, rt_itertool_kind kind, const char *name,
                              const rt_value *args, size_t nargs, rt_value kwnames, size_t want)
{
    if (rt_args_range(rt, name, nargs, kwnames, want, want) < 0)
        return NULL;
    rt_value it = rt_getiter(rt, args[0]);
    if (!it)
        return NULL;
    rt_itertool *t =
        rt__itertool_make(rt, kind, it, want > 1 && args[1] != RT_NONE ? args[1] : RT_NULL, 0);
    rt_decref(rt, it);
    return t;
}

static rt_value f_chain(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames)
{
    (void)self;
    return made(over_iter(rt, RT_ITERTOOL_CHAIN, "_chain", args, nargs, kwnames, 1));
}

/* _islice(iterator, start, stop or None, step) */
static rt_value f_islice(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    (void)self;
    int64_t start, stop = -1, step;
    if (rt_args_range(rt, "_islice", nargs, kwnames, 4, 4) < 0 ||
        arg_count(rt, args[1], &start) < 0 ||
        (args[2] != RT_NONE && arg_count(rt, args[2], &stop) < 0) ||
        arg_count(rt, args[3], &step) < 0)
        return RT_NULL;
    rt_itertool *t = rt__itertool_make(rt, RT_ITERTOOL_ISLICE, args[0], RT_NULL, 0);
    if (t) {
        t->next = start;
        t->stop = stop;
        t->r = step ? step : 1;
    }
    return made(t);
}

/* The pool (a tuple) and r of a combinatoric constructor. */
static int pool_args(rt_state *rt, const char *name, const rt_value *args, size_t nargs,
                     rt_value kwnames, int64_t *n, int64_t *r)
{
    if (rt_args_range(rt, name, nargs, kwnames, 2, 2) < 0 || arg_count(rt, args[1], r) < 0)
        return -1;
    if (!rt_is_tuple(args[0])) {
        rt_raise(rt, RT_EXC_TypeError, "%s() needs a tuple", name);
        return -1;
    }
    *n = rt_tuple_len(args[0]);
    return 0;
}

static rt_value f_permutations(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                               rt_value kwnames)
{
    (void)self;
    int64_t n, r;
    if (pool_args(rt, "_permutations", args, nargs, kwnames, &n, &r) < 0)
        return RT_NULL;
    rt_itertool *t = rt__itertool_make(rt, RT_ITERTOOL_PERMUTATIONS, args[0], RT_NULL,
                                       r > n ? 0 : (size_t)(n + r));
    if (!t)
        return RT_NULL;
    t->n = n;
    t->r = r;
    if (r <= n) {
        for (int64_t i = 0; i < n; i++)
            t->idx[i] = i;
        for (int64_t i = 0; i < r; i++)
            t->idx[n + i] = n - i;
    }
    return rt_from_obj(t);
}

static rt_value f_combinations(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                               rt_value kwnames)
{
    (void)self;
    int64_t n, r;
    if (pool_args(rt, "_combinations", args, nargs, kwnames, &n, &r) < 0)
        return RT_NULL;
    rt_itertool *t =
        rt__itertool_make(rt, RT_ITERTOOL_COMBINATIONS, args[0], RT_NULL, r > n ? 0 : (size_t)r);
    if (!t)
        return RT_NULL;
    t->n = n;
    t->r = r;
    for (int64_t i = 0; i < r && r <= n; i++)
        t->idx[i] = i;
    return rt_from_obj(t);
}

static rt_value f_cwr(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                      rt_value kwnames)
{
    (void)self;
    int64_t n, r;
    if (pool_args(rt, "_combinations_with_replacement", args, nargs, kwnames, &n, &r) < 0)
        return RT_NULL;
    bool empty = n == 0 && r > 0;
    rt_itertool *t =
        rt__itertool_make(rt, RT_ITERTOOL_CWR, args[0], RT_NULL, empty ? 0 : (size_t)r);
    if (!t)
        return RT_NULL;
    t->n = n;
    t->r = r;
    for (int64_t i = 0; i < r && !empty; i++)
        t->idx[i] = 0;
    return rt_from_obj(t);
}

/* _product(pools): pools a list or tuple of tuples */
static rt_value f_product(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "_product", nargs, kwnames, 1, 1) < 0)
        return RT_NULL;
    rt_value pools = rt_tuple_from_iter(rt, args[0]);
    if (!pools)
        return RT_NULL;
    int64_t n = rt_tuple_len(pools);
    for (int64_t k = 0; k < n; k++)
        if (!rt_is_tuple(rt_tuple_items(pools)[k])) {
            rt_decref(rt, pools);
            return rt_raise(rt, RT_EXC_TypeError, "_product() needs tuples");
        }
    rt_itertool *t = rt__itertool_make(rt, RT_ITERTOOL_PRODUCT, pools, RT_NULL, (size_t)n);
    rt_decref(rt, pools);
    if (!t)
        return RT_NULL;
    t->n = n;
    for (int64_t k = 0; k < n; k++)
        t->idx[k] = 0;
    return rt_from_obj(t);
}

/* A constructor over (a, b) stored as v0, v1; b is made an iterator when
 * iter_b (a is when iter_a). */
static rt_value two(rt_state *rt, rt_itertool_kind kind, const char *name, const rt_value *args,
                    size_t nargs, rt_value kwnames, bool iter_a, bool iter_b)
{
    if (rt_args_range(rt, name, nargs, kwnames, 2, 2) < 0)
        return RT_NULL;
    rt_value a = iter_a ? rt_getiter(rt, args[0]) : args[0];
    if (!a)
        return RT_NULL;
    if (!iter_a)
        rt_incref(a);
    rt_value b = iter_b ? rt_getiter(rt, args[1]) : args[1];
    if (!b) {
        rt_decref(rt, a);
        return RT_NULL;
    }
    if (!iter_b)
        rt_incref(b);
    rt_itertool *t = rt__itertool_make(rt, kind, a, b, 0);
    rt_decref(rt, a);
    rt_decref(rt, b);
    return made(t);
}

/* _groupby(iterator, keyfunc or None) */
static rt_value f_groupby(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    (void)self;
    return made(over_iter(rt, RT_ITERTOOL_GROUPBY, "_groupby", args, nargs, kwnames, 2));
}

/* _accumulate(iterator, func or None, initial or None) */
static rt_value f_accumulate(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    (void)self;
    rt_itertool *t = over_iter(rt, RT_ITERTOOL_ACCUMULATE, "_accumulate", args, nargs, kwnames, 3);
    if (t && args[2] != RT_NONE) {
        rt_incref(args[2]);
        t->v[3] = args[2];
    }
    return made(t);
}

static rt_value f_pairwise(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)self;
    return made(over_iter(rt, RT_ITERTOOL_PAIRWISE, "_pairwise", args, nargs, kwnames, 1));
}

static rt_value f_cycle(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "_cycle", nargs, kwnames, 1, 1) < 0)
        return RT_NULL;
    rt_value it = rt_getiter(rt, args[0]);
    rt_value saved = it ? rt_list_new(rt, 0) : RT_NULL;
    rt_itertool *t = saved ? rt__itertool_make(rt, RT_ITERTOOL_CYCLE, it, saved, 0) : NULL;
    rt_decref(rt, it);
    rt_decref(rt, saved);
    return made(t);
}

/* _count(start, step): both numbers (stdlib/itertools.py checked them) */
static rt_value f_count(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "_count", nargs, kwnames, 2, 2) < 0)
        return RT_NULL;
    /* CPython counts an int start by a step of 1 in a C integer: a bool
     * start comes out as an int */
    int64_t one;
    rt_value start = args[0];
    if (rt_is_bool(start) && rt_is_intlike(args[1]) && rt_int_as_i64(args[1], &one) && one == 1)
        start = rt_smallint(start == RT_TRUE);
    return made(rt__itertool_make(rt, RT_ITERTOOL_COUNT, start, args[1], 0));
}

/* _repeat(object, times): times an int, negative for forever */
static rt_value f_repeat(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    (void)self;
    int64_t times;
    if (rt_args_range(rt, "_repeat", nargs, kwnames, 2, 2) < 0)
        return RT_NULL;
    if (!rt_is_intlike(args[1]) || !rt_int_as_i64(args[1], &times))
        return rt_raise(rt, RT_EXC_OverflowError, "Python int too large to convert to C ssize_t");
    rt_itertool *t = rt__itertool_make(rt, RT_ITERTOOL_REPEAT, args[0], RT_NULL, 0);
    if (t)
        t->cnt = times < 0 ? -1 : times;
    return made(t);
}

/* _zip_longest(iterables, fillvalue): iterables a tuple; iter() of each here */
static rt_value f_zip_longest(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                              rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "_zip_longest", nargs, kwnames, 2, 2) < 0)
        return RT_NULL;
    if (!rt_is_tuple(args[0]))
        return rt_raise(rt, RT_EXC_TypeError, "_zip_longest() needs a tuple");
    int64_t n = rt_tuple_len(args[0]);
    rt_value its = rt_list_new(rt, 0);
    for (int64_t i = 0; its && i < n; i++) {
        rt_value it = rt_getiter(rt, rt_tuple_items(args[0])[i]);
        if (!it || rt_list_append_steal(rt, its, it) < 0) {
            rt_decref(rt, its);
            its = RT_NULL;
        }
    }
    rt_itertool *t = its ? rt__itertool_make(rt, RT_ITERTOOL_ZIP_LONGEST, its, args[1], 0) : NULL;
    rt_decref(rt, its);
    if (t)
        t->n = n;
    return made(t);
}

#define TWO_FN(fname, kind, name, iter_a, iter_b)                                                  \
    static rt_value fname(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,         \
                          rt_value kwnames)                                                        \
    {                                                                                              \
        (void)self;                                                                                \
        return two(rt, kind, name, args, nargs, kwnames, iter_a, iter_b);                          \
    }
TWO_FN(f_starmap, RT_ITERTOOL_STARMAP, "_starmap", false, true)
TWO_FN(f_takewhile, RT_ITERTOOL_TAKEWHILE, "_takewhile", false, true)
TWO_FN(f_dropwhile, RT_ITERTOOL_DROPWHILE, "_dropwhile", false, true)
TWO_FN(f_filterfalse, RT_ITERTOOL_FILTERFALSE, "_filterfalse", false, true)
TWO_FN(f_compress, RT_ITERTOOL_COMPRESS, "_compress", true, true)
#undef TWO_FN

static const rt_builtin_def itertools_funcs[] = {
    {"_chain", f_chain},
    {"_islice", f_islice},
    {"_permutations", f_permutations},
    {"_combinations", f_combinations},
    {"_combinations_with_replacement", f_cwr},
    {"_product", f_product},
    {"_groupby", f_groupby},
    {"_accumulate", f_accumulate},
    {"_pairwise", f_pairwise},
    {"_starmap", f_starmap},
    {"_takewhile", f_takewhile},
    {"_dropwhile", f_dropwhile},
    {"_filterfalse", f_filterfalse},
    {"_compress", f_compress},
    {"_cycle", f_cycle},
    {"_count", f_count},
    {"_repeat", f_repeat},
    {"_zip_longest", f_zip_longest},
    {NULL, NULL},
};

_Static_assert(RT_ITERTOOL_KIND_COUNT <= RT_ITERTOOL_TYPES_MAX, "state.h has a class per kind");

/* _register(cls): cls (a class of stdlib/itertools.py) is type() of the kind
 * whose CPython name is "itertools." + cls.__name__, so isinstance(chain(),
 * chain) holds and type() names it as CPython does. None. */
static rt_value f_register(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "_register", nargs, kwnames, 1, 1) < 0)
        return RT_NULL;
    if (rt_type_of(args[0]) != RT_T_TYPE)
        return rt_raise(rt, RT_EXC_TypeError, "_register() wants a class, not %s",
                        rt_type_name(args[0]));
    const char *name = rt_type_obj_name(args[0]);
    for (int k = 0; k < RT_ITERTOOL_KIND_COUNT; k++) {
        const char *kn = kind_names[k];
        if (strncmp(kn, "itertools.", 10) == 0 && strcmp(kn + 10, name) == 0) {
            rt_incref(args[0]);
            rt_decref(rt, rt->itertool_types[k]);
            rt->itertool_types[k] = args[0];
            return RT_NONE;
        }
    }
    return rt_raise(rt, RT_EXC_ValueError, "no itertools kind is named %s", name);
}

void rt__itertool_types_dispose(rt_state *rt)
{
    for (int k = 0; k < RT_ITERTOOL_TYPES_MAX; k++) {
        rt_value t = rt->itertool_types[k];
        rt->itertool_types[k] = RT_NULL;
        rt_decref(rt, t);
    }
}

int rt__mod_itertools_fill(rt_state *rt, rt_value dict)
{
    static const rt_builtin_def reg[] = {{"_register", f_register}, {NULL, NULL}};
    return rt__module_add_funcs(rt, dict, itertools_funcs) < 0 ||
                   rt__module_add_funcs(rt, dict, rt__tee_funcs) < 0
               ? -1
               : rt__module_add_funcs(rt, dict, reg);
}
