/* vm_support.c: the dispatch loop's out-of-line helpers (vm_support.h):
 * the NameError family, names in exec()'s namespaces, unpacking, raising
 * what `raise` names, f-string pieces, the merges of ** and {**}, and the
 * context-manager lookups of `with` and `async with`. */
#include "runtime/vm_support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/builtins_mod.h"
#include "runtime/cell.h"
#include "runtime/class.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/fiber.h"
#include "runtime/func.h"
#include "runtime/gc.h"
#include "runtime/gen.h"
#include "runtime/heap.h"
#include "runtime/instattr.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/lru.h"
#include "runtime/mappingproxy.h"
#include "runtime/match.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/ops.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/slice.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/weakref.h"

rt_value rt__vm_name_error(rt_state *rt, rt_value name)
{
    rt_raise(rt, RT_EXC_NameError, "name '%s' is not defined", rt_str_data(name));
    rt__exc_name_context(rt, name);
    return RT_NULL;
}

rt_value rt__vm_unbound_local(rt_state *rt, rt_value name)
{
    return rt_raise(rt, RT_EXC_UnboundLocalError,
                    "cannot access local variable '%s' where it is not associated with a value",
                    rt_str_data(name));
}

rt_value rt__vm_unbound_deref(rt_state *rt, rt_code *c, uint32_t i)
{
    if (i < c->ncellvars)
        return rt__vm_unbound_local(rt, c->cellvars[i]);
    return rt_raise(rt, RT_EXC_NameError,
                    "cannot access free variable '%s' where it is not associated with a value in "
                    "enclosing scope",
                    rt_str_data(c->freevars[i - c->ncellvars]));
}

rt_value rt__vm_ns_get(rt_state *rt, rt_value ns, rt_value name)
{
    if (rt_is_dict(ns)) {
        rt_value v = rt_dict_get(rt, ns, name);
        rt_incref(v);
        return v;
    }
    rt_value v = rt_getitem(rt, ns, name);
    if (!v && rt_exc_matches(rt, RT_EXC_KeyError))
        rt_exc_clear(rt);
    return v;
}

int rt__vm_ns_set(rt_state *rt, rt_value ns, rt_value name, rt_value v)
{
    if (rt_is_dict(ns))
        return v ? rt_dict_set(rt, ns, name, v) : rt_dict_del(rt, ns, name);
    return v ? rt_setitem(rt, ns, name, v) : rt_delitem(rt, ns, name);
}

/* LOAD_GLOBAL in code run by exec()/eval(): exec's locals, then its globals,
 * then the builtins; uncached (new reference, or RT_NULL with NameError). */
rt_value rt__vm_name_lookup(rt_state *rt, const rt_frame *f, rt_value name)
{
    rt_value dicts[3] = {f->ns, f->globals ? f->globals : rt->globals, rt->builtins};
    for (int i = 0; i < 3; i++) {
        if (!dicts[i])
            continue;
        rt_value v = rt__vm_ns_get(rt, dicts[i], name);
        if (v)
            return v;
        if (rt->exc)
            return RT_NULL;
    }
    return rt__vm_name_error(rt, name);
}

rt_value rt__vm_global_fill(rt_state *rt, rt_gcache *gc, rt_value name, rt_value globals)
{
    /* no module namespace and no builtins once the state is being freed
     * (code run by its final collection, which closes what the exit work did
     * not: a runtime freed without it): a NameError, not a NULL */
    if (!globals)
        return rt__vm_name_error(rt, name);
    /* watched first: a change the lookup itself makes (a key's __eq__) is
     * then seen, and the version read before it leaves the entry stale */
    rt_as_obj(globals)->flags |= RT_DICT_F_WATCHED;
    if (rt->builtins)
        rt_as_obj(rt->builtins)->flags |= RT_DICT_F_WATCHED;
    uint64_t epoch = rt->watch_epoch;
    rt_value d = globals;
    int64_t ix = rt__dict_index(rt, d, name);
    if (ix == -1) {
        if (!rt->builtins)
            return rt__vm_name_error(rt, name);
        d = rt->builtins;
        ix = rt__dict_index(rt, d, name);
        if (ix == -1)
            return rt__vm_name_error(rt, name);
    }
    if (ix < 0)
        return RT_NULL;
    rt_value *slot = &rt__dict_entries(rt_dict_obj_of(d))[ix].value;
    gc->epoch = epoch;
    gc->globals = globals;
    gc->slot = slot;
    return *slot;
}

/* Unpacks seq into dst[0..n) (new references, dst[0] = first item). */
int rt__vm_unpack_into(rt_state *rt, rt_value seq, rt_value *dst, int64_t n)
{
    if (rt_is_tuple(seq) || rt_is_list(seq)) {
        int64_t len = rt_is_tuple(seq) ? rt_tuple_len(seq) : rt_list_len(seq);
        rt_value *items = rt_is_tuple(seq) ? rt_tuple_items(seq) : rt_list_items(seq);
        if (len == n) {
            for (int64_t i = 0; i < n; i++) {
                rt_incref(items[i]);
                dst[i] = items[i];
            }
            return 0;
        }
        if (len < n)
            rt_raise(rt, RT_EXC_ValueError, "not enough values to unpack (expected %lld, got %lld)",
                     (long long)n, (long long)len);
        else
            rt_raise(rt, RT_EXC_ValueError, "too many values to unpack (expected %lld)",
                     (long long)n);
        return -1;
    }
    rt_value it = rt_getiter(rt, seq);
    if (!it) {
        if (rt_exc_matches(rt, RT_EXC_TypeError)) {
            rt_raise(rt, RT_EXC_TypeError, "cannot unpack non-iterable %s object",
                     rt_type_name(seq));
        }
        return -1;
    }
    int64_t got = 0;
    for (; got < n; got++) {
        int r = rt_iternext(rt, it, &dst[got]);
        if (r < 0)
            goto fail;
        if (r == 0) {
            rt_raise(rt, RT_EXC_ValueError, "not enough values to unpack (expected %lld, got %lld)",
                     (long long)n, (long long)got);
            goto fail;
        }
    }
    rt_value extra;
    int r = rt_iternext(rt, it, &extra);
    if (r != 0) {
        if (r > 0) {
            rt_decref(rt, extra);
            rt_raise(rt, RT_EXC_ValueError, "too many values to unpack (expected %lld)",
                     (long long)n);
        }
        goto fail;
    }
    rt_decref(rt, it);
    return 0;
fail:
    for (int64_t i = 0; i < got; i++)
        rt_decref(rt, dst[i]);
    rt_decref(rt, it);
    return -1;
}

/* The exception instance that `raise v` raises (new reference), or RT_NULL. */
rt_value rt__vm_make_exc(rt_state *rt, rt_value v)
{
    if (rt_is_exc(v)) {
        rt_incref(v);
        return v;
    }
    if (rt_is_exc_class(v)) {
        rt_value e = rt_call(rt, v, NULL, 0, RT_NULL);
        if (e && !rt_is_exc(e)) {
            /* CPython names both classes by their reprs */
            rt_value cr = rt_repr(rt, v);
            rt_value tr = cr ? rt_repr(rt, rt_type_obj_get(rt, e)) : RT_NULL;
            if (tr)
                rt_raise(rt, RT_EXC_TypeError,
                         "calling %s should have returned an instance of BaseException, not %s",
                         rt_str_data(cr), rt_str_data(tr));
            rt_decref(rt, cr);
            rt_decref(rt, tr);
            rt_decref(rt, e);
            return RT_NULL;
        }
        return e;
    }
    return rt_raise(rt, RT_EXC_TypeError, "exceptions must derive from BaseException");
}

rt_value rt__vm_build_string(rt_state *rt, rt_value *items, uint32_t n)
{
    size_t total = 0;
    for (uint32_t i = 0; i < n; i++)
        total += rt_str_len(items[i]);
    rt_value s = rt_str_new_uninit(rt, total);
    if (!s)
        return RT_NULL;
    char *p = rt_str_obj_of(s)->data;
    for (uint32_t i = 0; i < n; i++) {
        size_t l = rt_str_len(items[i]);
        memcpy(p, rt_str_data(items[i]), l);
        p += l;
    }
    rt_str_finish(s);
    return s;
}

rt_value rt__vm_format_value(rt_state *rt, rt_value v, uint32_t flags, rt_value spec)
{
    rt_value conv = RT_NULL;
    switch (flags & 3) {
    case 1: conv = rt_str(rt, v); break;
    case 2: conv = rt_repr(rt, v); break;
    case 3: conv = rt_ascii(rt, v); break;
    default: break;
    }
    if (flags & 3) {
        if (!conv)
            return RT_NULL;
        v = conv;
    }
    rt_value r;
    if (!spec && rt_is_str(v)) {
        rt_incref(v);
        r = v;
    } else if (spec) {
        r = rt_format(rt, v, spec);
    } else if (rt_type_of(v) == RT_T_INSTANCE) {
        /* f'{x}' is format(x, ''): a class's own __format__ runs */
        rt_value empty = rt_str_new(rt, "", 0);
        r = empty ? rt_format(rt, v, empty) : RT_NULL;
        rt_decref(rt, empty);
    } else {
        r = rt_str(rt, v);
    }
    rt_decref(rt, conv);
    return r;
}

/* How call errors name the callable (CPython's _PyObject_FunctionStr): a
 * function as module.qualname() (no module for builtins), a builtin or a
 * type as name(). */
const char *rt__vm_callable_name(rt_state *rt, rt_value f, char *buf, size_t n)
{
    if (rt_is_func(f)) {
        rt_func *fn = rt_func_of(f);
        rt_value g = rt_func_globals(fn) ? rt_func_globals(fn) : rt->globals;
        rt_value mod = g ? rt_dict_get_cstr(rt, g, "__name__") : RT_NULL;
        if (mod && rt_is_str(mod) && strcmp(rt_str_data(mod), "builtins") != 0)
            snprintf(buf, n, "%s.%s()", rt_str_data(mod), rt_str_data(fn->code->qualname));
        else
            snprintf(buf, n, "%s()", rt_str_data(fn->code->qualname));
    } else if (rt_is_obj(f) && rt_as_obj(f)->type == RT_T_BUILTIN)
        snprintf(buf, n, "%s()", rt_builtin_of(f)->def->name);
    else if (rt_is_obj(f) && rt_as_obj(f)->type == RT_T_TYPE)
        snprintf(buf, n, "%s()", rt_type_obj_name(f));
    else if (rt_is_str(f)) /* a class statement's name: its keywords are __build_class__'s */
        snprintf(buf, n, "__build_class__()");
    else
        snprintf(buf, n, "%s object", rt_type_name(f));
    return buf;
}

/* Whether v is a dict subclass whose class defines __iter__: ** then goes
 * through its keys() as CPython's does, not through the dict beneath. */
bool rt__dict_iterates_own_way(rt_state *rt, rt_value v)
{
    const rt_builtin_def *def;
    return rt__native_base(v) &&
           rt__mro_find(rt, rt_type_obj_get(rt, v), RT_NULL, rt->ids[RT_ID_iter], &def);
}

int rt__vm_dict_update(rt_state *rt, rt_value dst, rt_value src, bool merge, rt_value fn)
{
    char nb[256];
    rt_value orig = src;
    src = rt__native_unwrap(src); /* a dict subclass: its dict */
    if (rt_type_of(src) == RT_T_MAPPINGPROXY)
        src = rt_mproxy_of(src)->mapping;
    bool own_way = src != orig && rt_is_dict(src) && rt__dict_iterates_own_way(rt, orig);
    if (rt->exc)
        return -1;
    if (!own_way && !rt_is_dict(src) && rt__is_user_obj(orig) &&
        rt__special(rt, orig, RT_ID_getitem)) {
        rt_value keys = rt_str_intern(rt, "keys", 4);
        own_way = keys && rt_hasattr(rt, orig, keys) == 1;
        rt_decref(rt, keys);
        if (rt->exc)
            return -1;
    }
    if (own_way) {
        /* a mapping that is no plain dict (a UserDict-like class, a dict
         * subclass iterating its own way): its keys() and items, first
         * into a dict of their own */
        rt_value tmp = rt_dict_new(rt);
        if (!tmp || rt__dict_update_args(rt, tmp, "update", &orig, 1, RT_NULL) < 0) {
            rt_decref(rt, tmp);
            return -1;
        }
        int r = rt__vm_dict_update(rt, dst, tmp, merge, fn);
        rt_decref(rt, tmp);
        return r;
    }
    if (!rt_is_dict(src)) {
        if (merge)
            rt_raise(rt, RT_EXC_TypeError, "%s argument after ** must be a mapping, not %s",
                     rt__vm_callable_name(rt, fn, nb, sizeof nb), rt_type_name(src));
        else
            rt_raise(rt, RT_EXC_TypeError, "'%s' object is not a mapping", rt_type_name(src));
        return -1;
    }
    if (!merge)
        return rt_dict_merge(rt, dst, src);
    int64_t pos = 0;
    rt_value k, v;
    while (rt_dict_next(src, &pos, &k, &v)) {
        if (!rt_is_str(k)) {
            rt_raise(rt, RT_EXC_TypeError, "keywords must be strings");
            return -1;
        }
        rt_value old;
        int r = rt_dict_lookup(rt, dst, k, &old);
        if (r < 0)
            return -1;
        if (r) {
            rt_raise(rt, RT_EXC_TypeError, "%s got multiple values for keyword argument '%s'",
                     rt__vm_callable_name(rt, fn, nb, sizeof nb), rt_str_data(k));
            return -1;
        }
        if (rt_dict_set(rt, dst, k, v) < 0)
            return -1;
    }
    return 0;
}

rt_value rt__vm_kwargs_copy(rt_state *rt, rt_value kwargs, rt_value fn)
{
    rt_value d = rt_dict_new(rt);
    if (d && rt__vm_dict_update(rt, d, kwargs, true, fn) < 0) {
        rt_decref(rt, d);
        d = RT_NULL;
    }
    rt_decref(rt, kwargs);
    return d;
}

/* True when every key of dict d is a str (keywords a call can bind). */
bool rt__vm_str_keys(rt_value d)
{
    const rt_dict_obj *o = rt_dict_obj_of(d);
    if (!o->table)
        return true;
    const rt_dict_entry *e = rt__dict_entries(o); /* read in place: no call per key */
    for (int64_t i = 0; i < o->nentries; i++)
        if (e[i].key && !rt_is_str(e[i].key))
            return false;
    return true;
}

bool rt__vm_is_iterable(rt_value v)
{
    switch (rt_type_of(v)) {
    case RT_T_LIST:
    case RT_T_TUPLE:
    case RT_T_STR:
    case RT_T_BYTES:
    case RT_T_BYTEARRAY:
    case RT_T_DICT:
    case RT_T_SET:
    case RT_T_FROZENSET:
    case RT_T_RANGE:
    case RT_T_ITER:
    case RT_T_DEQUE:
    case RT_T_ITERTOOL:
    case RT_T_GENERATOR: return true;
    default: return false;
    }
}

int rt__vm_with_enter(rt_state *rt, rt_value mgr, bool async, rt_value pair[2])
{
    rt_value t = rt_type_obj_get(rt, mgr);
    rt_value enter = rt_type_lookup(rt, t, rt->ids[async ? RT_ID_aenter : RT_ID_enter]);
    rt_value ex = rt_type_lookup(rt, t, rt->ids[async ? RT_ID_aexit : RT_ID_exit]);
    if ((!enter || !ex) && !async && !rt__is_user_obj(mgr)) {
        /* a native type whose method table has the protocol (memoryview) */
        const rt_builtin_def *nd = rt_method_find(rt, rt_type_of(mgr), rt->ids[RT_ID_enter]);
        const rt_builtin_def *xd = rt_method_find(rt, rt_type_of(mgr), rt->ids[RT_ID_exit]);
        if (nd && xd) {
            pair[0] = rt_builtin_new(rt, xd, mgr);
            pair[1] = pair[0] ? rt_builtin_new(rt, nd, mgr) : RT_NULL;
            if (!pair[1]) {
                rt_decref(rt, pair[0]);
                return -1;
            }
            return 0;
        }
        if (rt->exc)
            return -1;
    }
    if (!enter || !ex) {
        rt_raise(rt, RT_EXC_TypeError,
                 "'%s' object does not support the %scontext manager protocol%s", rt_type_name(mgr),
                 async ? "asynchronous " : "",
                 !enter  ? ""
                 : async ? " (missed __aexit__ method)"
                         : " (missed __exit__ method)");
        return -1;
    }
    pair[0] = rt__descr_get(rt, ex, mgr, t);
    if (!pair[0])
        return -1;
    pair[1] = rt__descr_get(rt, enter, mgr, t);
    if (!pair[1]) {
        rt_decref(rt, pair[0]);
        return -1;
    }
    return 0;
}
