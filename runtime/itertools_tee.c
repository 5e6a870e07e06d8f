/* itertools_tee.c: itertools.tee and its iterators (kind TEE, the type
 * itertools._tee), which share what they read of one source through a
 * chain of blocks (kind TEEDATA).
 *
 * A block holds up to TEE_BLOCK values read from the source, in order, and
 * the next block once one was needed:
 *   TEEDATA  v0 the source iterator, v1 the list of values read (at most
 *            TEE_BLOCK), v2 the next block (RT_NULL until some iterator read
 *            past this one); n 1 while the source is being read through it
 *   TEE      v0 the block it reads; cnt the index of its next value there
 * Every iterator holds the block it stands in; the blocks behind the
 * slowest one are freed as it leaves them, so memory follows the distance
 * between the first and the last reader, as in CPython. Copying an
 * iterator (__copy__, or tee() of a tee) gives one that stands where it
 * stands and shares its blocks. */
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/itertools.h"
#include "runtime/list.h"
#include "runtime/num.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

/* Values per block (CPython's LINKCELLS). */
#define TEE_BLOCK 57

/* A new empty block reading src (borrowed); NULL on MemoryError. */
static rt_itertool *block_new(rt_state *rt, rt_value src)
{
    rt_value vals = rt_list_new(rt, 0);
    if (!vals)
        return NULL;
    rt_itertool *b = rt__itertool_make(rt, RT_ITERTOOL_TEEDATA, src, vals, 0);
    rt_decref(rt, vals);
    return b;
}

/* A new iterator standing at index at of block b (borrowed). */
static rt_value tee_at(rt_state *rt, rt_value b, int64_t at)
{
    rt_itertool *t = rt__itertool_make(rt, RT_ITERTOOL_TEE, b, RT_NULL, 0);
    if (!t)
        return RT_NULL;
    t->cnt = at;
    return rt_from_obj(t);
}

/* An iterator over it (an iterator, borrowed): a copy when it is a tee's
 * iterator itself, else the first reader of a new chain. */
static rt_value tee_from_iter(rt_state *rt, rt_value it)
{
    if (rt_is_itertool(it) && rt_itertool_of(it)->kind == RT_ITERTOOL_TEE)
        return tee_at(rt, rt_itertool_of(it)->v[0], rt_itertool_of(it)->cnt);
    rt_itertool *b = block_new(rt, it);
    if (!b)
        return RT_NULL;
    rt_value t = tee_at(rt, rt_from_obj(b), 0);
    rt_decref(rt, rt_from_obj(b));
    return t;
}

int rt__tee_next(rt_state *rt, rt_itertool *t, rt_value *out)
{
    rt_itertool *b = rt_itertool_of(t->v[0]);
    if (t->cnt == TEE_BLOCK) {
        if (!b->v[2]) {
            rt_itertool *nb = block_new(rt, b->v[0]);
            if (!nb)
                return -1;
            b->v[2] = rt_from_obj(nb);
        }
        /* the new block first: leaving b may free it (it holds the new one) */
        rt_setref(rt, &t->v[0], b->v[2]);
        t->cnt = 0;
        b = rt_itertool_of(t->v[0]);
    }
    rt_value vals = b->v[1];
    if (t->cnt < rt_list_len(vals)) {
        rt_value v = rt_list_get(vals, t->cnt);
        rt_incref(v);
        t->cnt++;
        *out = v;
        return 1;
    }
    if (b->n) {
        rt_raise(rt, RT_EXC_RuntimeError, "cannot re-enter the tee iterator");
        return -1;
    }
    /* the block stays alive while the source runs: t holds it */
    b->n = 1;
    rt_value v;
    int st = rt_iternext(rt, b->v[0], &v);
    b->n = 0;
    if (st <= 0)
        return st; /* as CPython, a later next() asks the source again */
    if (rt_list_append(rt, vals, v) < 0) {
        rt_decref(rt, v);
        return -1;
    }
    t->cnt++;
    *out = v;
    return 1;
}

void rt__teedata_unchain(rt_state *rt, rt_itertool *b)
{
    /* the blocks after b that only b holds are freed here one by one, not
     * by a recursion as deep as the chain is long */
    rt_value nx = b->v[2];
    b->v[2] = RT_NULL;
    while (rt_is_obj(nx) && rt_as_obj(nx)->refcnt == 1) {
        rt_itertool *c = rt_itertool_of(nx);
        rt_value after = c->v[2];
        c->v[2] = RT_NULL;
        rt_decref(rt, nx);
        nx = after;
    }
    rt_decref(rt, nx);
}

/* ---- the functions --------------------------------------------------------------------- */

/* it.__copy__() of a tee's iterator: another standing where it stands. */
rt_value rt__tee_copy(rt_state *rt, rt_value self)
{
    rt_itertool *t = rt_itertool_of(self);
    return tee_at(rt, t->v[0], t->cnt);
}

static rt_value m_copy(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                       rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__copy__", nargs, kwnames) < 0)
        return RT_NULL;
    return rt__tee_copy(rt, self);
}

rt_value rt__tee_getattr(rt_state *rt, rt_value v, rt_value name)
{
    static const rt_builtin_def copy_def = {"__copy__", m_copy};
    if (rt_itertool_of(v)->kind == RT_ITERTOOL_TEE && rt_str_eq_cstr(name, "__copy__"))
        return rt_builtin_new(rt, &copy_def, v);
    if (rt_str_eq_cstr(name, "__class__")) {
        rt_value c = rt_type_obj_get(rt, v);
        rt_incref(c);
        return c;
    }
    const rt_builtin_def *def = rt_method_find(rt, RT_T_ITERTOOL, name);
    if (def)
        return rt_builtin_new(rt, def, v);
    if (rt->exc)
        return RT_NULL;
    return rt_raise(rt, RT_EXC_AttributeError, "'%s' object has no attribute '%s'",
                    rt_itertool_name(v), rt_str_data(name));
}

/* tee(iterable, n=2): n iterators over iterable's items. The first is
 * iter(iterable) itself when it can be copied (it has __copy__), else a new
 * _tee over it; the others are copies of the first. */
static rt_value f_tee(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                      rt_value kwnames)
{
    (void)self;
    if (rt_args_no_kw(rt, "itertools.tee", kwnames) < 0)
        return RT_NULL;
    if (nargs < 1 || nargs > 2)
        return rt_raise(rt, RT_EXC_TypeError, "tee expected %s, got %zu",
                        nargs < 1 ? "at least 1 argument" : "at most 2 arguments", nargs);
    int64_t n = 2;
    if (nargs == 2 && rt_arg_index(rt, args[1], &n) < 0)
        return RT_NULL;
    if (n < 0)
        return rt_raise(rt, RT_EXC_ValueError, "n must be >= 0");
    rt_value result = rt_tuple_new(rt, n);
    if (!result || n == 0)
        return result;
    rt_value it = rt_getiter(rt, args[0]);
    if (!it) {
        rt_decref(rt, result);
        return RT_NULL;
    }
    rt_value name = rt_str_intern(rt, "__copy__", 8);
    rt_value copy = name ? rt_getattr(rt, it, name) : RT_NULL;
    rt_decref(rt, name);
    rt_value first = it;
    if (!copy) {
        if (!rt_exc_matches(rt, RT_EXC_AttributeError)) {
            rt_decref(rt, it);
            rt_decref(rt, result);
            return RT_NULL;
        }
        rt_exc_clear(rt);
        first = tee_from_iter(rt, it);
        rt_decref(rt, it);
        if (!first) {
            rt_decref(rt, result);
            return RT_NULL;
        }
    }
    rt_tuple_set_steal(result, 0, first);
    for (int64_t i = 1; i < n; i++) {
        rt_value c = copy ? rt_call(rt, copy, NULL, 0, RT_NULL) : rt__tee_copy(rt, first);
        if (!c) {
            rt_decref(rt, copy);
            rt_decref(rt, result);
            return RT_NULL;
        }
        rt_tuple_set_steal(result, i, c);
    }
    rt_decref(rt, copy);
    return result;
}

/* _tee_new(iterable): what itertools._tee(iterable) makes (a copy when
 * iter(iterable) is a tee's iterator). */
static rt_value f_tee_new(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    (void)self;
    if (rt_args_one(rt, "_tee_new", nargs, kwnames) < 0)
        return RT_NULL;
    rt_value it = rt_getiter(rt, args[0]);
    if (!it)
        return RT_NULL;
    rt_value t = tee_from_iter(rt, it);
    rt_decref(rt, it);
    return t;
}

const rt_builtin_def rt__tee_funcs[] = {
    {"tee", f_tee},
    {"_tee_new", f_tee_new},
    {NULL, NULL},
};
