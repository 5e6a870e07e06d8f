/* meta.c: metaclasses: which metaclass a class statement uses (its
 * `metaclass=` keyword or the most derived metaclass of its bases), the
 * namespace __prepare__ gives the body, the methods `type` gives its
 * subclasses (__new__, __init__, __call__, __prepare__, mro), and the
 * attributes and special methods a class finds on its metaclass.
 *
 * A metaclass is a heap class whose instances are classes (its inst_type is
 * RT_T_TYPE); a class made through one records it in rt_type_obj.meta, which
 * type(C) and isinstance then report. Classes whose metaclass is `type` keep
 * meta == RT_NULL, so nothing changes for them. */
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/func.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/typecache.h"

#define ID(x) (rt->ids[RT_ID_##x])

rt_value rt__meta_of(rt_state *rt, rt_value cls)
{
    rt_value m = rt_type_obj_of(cls)->meta;
    return m ? m : rt->type_objs[RT_T_TYPE];
}

bool rt__is_metaclass(rt_state *rt, rt_value v)
{
    return rt_type_of(v) == RT_T_TYPE && rt_type_is_subtype(v, rt->type_objs[RT_T_TYPE]);
}

rt_value rt__meta_winner(rt_state *rt, rt_value meta, rt_value bases)
{
    rt_value w = meta ? meta : rt->type_objs[RT_T_TYPE];
    int64_t n = rt_tuple_len(bases);
    for (int64_t i = 0; i < n; i++) {
        rt_value b = rt_tuple_items(bases)[i];
        /* a base that is no class counts by its type, as in CPython: type('C',
         * (1,), {}) is a metaclass conflict between type and int */
        rt_value bm = rt_type_of(b) == RT_T_TYPE ? rt__meta_of(rt, b) : rt_type_obj_get(rt, b);
        if (rt_type_is_subtype(w, bm))
            continue;
        if (rt_type_is_subtype(bm, w)) {
            w = bm;
            continue;
        }
        return rt_raise(rt, RT_EXC_TypeError,
                        "metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases");
    }
    return w;
}

/* The user-level attribute `name` of metaclass m (a function, descriptor...,
 * borrowed), or RT_NULL when only type's builtin one (or none) exists. */
static rt_value meta_user_attr(rt_state *rt, rt_value m, rt_value name)
{
    if (m == rt->type_objs[RT_T_TYPE])
        return RT_NULL;
    return rt_type_lookup(rt, m, name);
}

/* ---- the class statement ------------------------------------------------------------ */

/* The explicit metaclass in a class statement's keywords (borrowed; removed
 * from kw, which the statement owns), or RT_NULL. */
static rt_value explicit_meta(rt_state *rt, rt_value kw, rt_value *owned)
{
    *owned = RT_NULL;
    if (!kw)
        return RT_NULL;
    rt_value key = rt_str_from_cstr(rt, "metaclass");
    if (!key)
        return RT_NULL;
    int r = rt_dict_pop(rt, kw, key, owned);
    rt_decref(rt, key);
    return r < 0 ? RT_NULL : *owned;
}

/* kw's items as trailing keyword arguments after args[0..n): a new kwnames
 * tuple (RT_NULL when kw is empty) and the values appended to args. */
static rt_value kw_spread(rt_state *rt, rt_value kw, rt_value *args, size_t n)
{
    int64_t nk = kw ? rt_dict_len(kw) : 0;
    if (!nk)
        return RT_NULL;
    rt_value names = rt_tuple_new(rt, nk);
    if (!names)
        return RT_NULL;
    int64_t pos = 0, i = 0;
    rt_value k, v;
    while (rt_dict_next(kw, &pos, &k, &v)) {
        rt_incref(k);
        rt_tuple_set_steal(names, i, k);
        args[n + (size_t)i++] = v;
    }
    return names;
}

/* Calls f(a0, ..., a[n-1], **kw). */
static rt_value call_with_kw(rt_state *rt, rt_value f, const rt_value *a, size_t n, rt_value kw)
{
    int64_t nk = kw ? rt_dict_len(kw) : 0;
    if (nk > 12)
        return rt_raise(rt, RT_EXC_TypeError, "too many class keywords");
    rt_value args[16];
    memcpy(args, a, n * sizeof *args);
    rt_value names = kw_spread(rt, kw, args, n);
    if (nk && !names)
        return RT_NULL;
    rt_value r = rt_call(rt, f, args, n, names);
    rt_decref(rt, names);
    return r;
}

/* PEP 560: a base that is no class but has __mro_entries__ (a subscripted
 * generic, Mapping[str, int]) is replaced by the tuple that method returns
 * for the original bases. A new reference: bases itself when none is. */
static rt_value resolve_bases(rt_state *rt, rt_value bases)
{
    int64_t n = rt_is_tuple(bases) ? rt_tuple_len(bases) : 0;
    rt_value out = RT_NULL, name = RT_NULL;
    for (int64_t i = 0; i < n; i++) {
        rt_value b = rt_tuple_items(bases)[i];
        rt_value m = RT_NULL;
        if (rt_type_of(b) != RT_T_TYPE && rt__is_user_obj(b)) {
            if (!name && !(name = rt_str_intern(rt, "__mro_entries__", 15)))
                goto fail;
            m = rt_getattr(rt, b, name);
            if (!m && !rt_exc_matches(rt, RT_EXC_AttributeError))
                goto fail;
            rt_exc_clear(rt);
        }
        if (!m && !out)
            continue;
        if (!out) { /* the first replaced base: keep the ones before it */
            if (!(out = rt_list_new(rt, 0)))
                goto fail_m;
            for (int64_t j = 0; j < i; j++)
                if (rt_list_append(rt, out, rt_tuple_items(bases)[j]) < 0)
                    goto fail_m;
        }
        if (!m) {
            if (rt_list_append(rt, out, b) < 0)
                goto fail;
            continue;
        }
        rt_value r = rt_call(rt, m, &bases, 1, RT_NULL);
        rt_decref(rt, m);
        if (!r)
            goto fail;
        if (!rt_is_tuple(r)) {
            rt_decref(rt, r);
            rt_raise(rt, RT_EXC_TypeError, "__mro_entries__ must return a tuple");
            goto fail;
        }
        int rc = rt_list_extend(rt, out, r);
        rt_decref(rt, r);
        if (rc < 0)
            goto fail;
        continue;
    fail_m:
        rt_decref(rt, m);
        goto fail;
    }
    rt_decref(rt, name);
    if (!out) {
        rt_incref(bases);
        return bases;
    }
    rt_value t = rt_tuple_from(rt, rt_list_items(out), rt_list_len(out));
    rt_decref(rt, out);
    return t;
fail:
    rt_decref(rt, name);
    rt_decref(rt, out);
    return RT_NULL;
}

static rt_value class_namespace(rt_state *rt, rt_value name, rt_value bases, rt_value kw);

rt_value rt__class_namespace(rt_state *rt, rt_value name, rt_value bases, rt_value kw)
{
    rt_value rb = resolve_bases(rt, bases);
    if (!rb)
        return RT_NULL;
    rt_value ns = class_namespace(rt, name, rb, kw);
    rt_decref(rt, rb);
    return ns;
}

static rt_value class_namespace(rt_state *rt, rt_value name, rt_value bases, rt_value kw)
{
    rt_value m = RT_NULL;
    if (kw) {
        rt_value key = rt_str_from_cstr(rt, "metaclass");
        if (!key)
            return RT_NULL;
        m = rt_dict_get(rt, kw, key);
        rt_decref(rt, key);
    }
    if (m && rt_type_of(m) != RT_T_TYPE)
        return rt_dict_new(rt); /* a callable metaclass: no __prepare__ */
    if (rt_is_tuple(bases) && !(m = rt__meta_winner(rt, m, bases)))
        return RT_NULL;
    rt_value prep = m ? meta_user_attr(rt, m, ID(prepare)) : RT_NULL;
    if (!prep)
        return rt_dict_new(rt);
    rt_value f = rt__descr_get(rt, prep, RT_NULL, m);
    if (!f)
        return RT_NULL;
    rt_value a[2] = {name, bases};
    rt_value rest = kw ? rt_dict_copy(rt, kw) : RT_NULL;
    rt_value owned = RT_NULL;
    if (kw && (!rest || (explicit_meta(rt, rest, &owned), rt->exc))) {
        rt_decref(rt, rest);
        rt_decref(rt, f);
        return RT_NULL;
    }
    rt_decref(rt, owned);
    rt_value ns = call_with_kw(rt, f, a, 2, rest);
    rt_decref(rt, rest);
    rt_decref(rt, f);
    if (!ns)
        return RT_NULL;
    /* any mapping: the body's names go through its item methods (vm_support.h),
     * a dict subclass's __setitem__ included */
    if (!rt_is_dict(rt__native_unwrap(ns)) && !rt__special(rt, ns, RT_ID_getitem)) {
        rt_raise(rt, RT_EXC_TypeError, "%s.__prepare__() must return a mapping, not %s",
                 rt_type_obj_name(m), rt_type_name(ns));
        rt_decref(rt, ns);
        return RT_NULL;
    }
    return ns;
}

static rt_value class_build(rt_state *rt, rt_value name, rt_value bases, rt_value ns, rt_value kw);

rt_value rt__class_build(rt_state *rt, rt_value name, rt_value bases, rt_value ns, rt_value kw)
{
    rt_value rb = resolve_bases(rt, bases);
    if (!rb)
        return RT_NULL;
    rt_value r = RT_NULL;
    if (rb != bases) { /* the class keeps what its statement named */
        rt_value key = rt_str_intern(rt, "__orig_bases__", 14);
        int rc = key ? rt_setitem(rt, ns, key, bases) : -1;
        rt_decref(rt, key);
        if (rc < 0) {
            rt_decref(rt, rb);
            return RT_NULL;
        }
    }
    r = class_build(rt, name, rb, ns, kw);
    rt_decref(rt, rb);
    return r;
}

static rt_value class_build(rt_state *rt, rt_value name, rt_value bases, rt_value ns, rt_value kw)
{
    rt_value owned;
    rt_value m = explicit_meta(rt, kw, &owned);
    if (rt->exc)
        return RT_NULL;
    rt_value r;
    if (m && rt_type_of(m) != RT_T_TYPE) {
        /* any callable: metaclass=f calls f(name, bases, ns, **kw) */
        rt_value a[3] = {name, bases, ns};
        r = call_with_kw(rt, m, a, 3, kw);
    } else {
        rt_value w = rt_is_tuple(bases) ? rt__meta_winner(rt, m, bases) : m;
        if (rt_is_tuple(bases) && !w)
            r = RT_NULL;
        else if (!w || w == rt->type_objs[RT_T_TYPE])
            r = rt_class_new_kw(rt, name, bases, ns, kw);
        else {
            rt_value a[3] = {name, bases, ns};
            r = call_with_kw(rt, w, a, 3, kw);
        }
    }
    rt_decref(rt, owned);
    return r;
}

/* ---- the methods of type -------------------------------------------------------------- */

/* type.__new__(mcs, name, bases, ns, **kw), and type(name, bases, ns). */
static rt_value type_new(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    (void)self;
    if (nargs < 1 || !rt__is_metaclass(rt, args[0]))
        return rt_raise(rt, RT_EXC_TypeError, "type.__new__(X): X is not a type object (%s)",
                        nargs ? rt_type_name(args[0]) : "nothing");
    size_t nkw = rt_kw_count(kwnames);
    if (nargs != 4)
        return rt_raise(rt, RT_EXC_TypeError,
                        "type.__new__() takes exactly 3 arguments (%zu given)", nargs - 1);
    rt_value kw = RT_NULL;
    if (nkw) {
        if (!(kw = rt_dict_new(rt)))
            return RT_NULL;
        for (size_t i = 0; i < nkw; i++)
            if (rt_dict_set(rt, kw, rt_tuple_items(kwnames)[i], args[nargs + i]) < 0) {
                rt_decref(rt, kw);
                return RT_NULL;
            }
    }
    rt_value r = rt__class_new_meta(rt, args[0], args[1], args[2], args[3], kw);
    rt_decref(rt, kw);
    return r;
}

/* type.__init__(cls, *args, **kw): the class is complete already. */
static rt_value type_init(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    (void)self;
    (void)args;
    (void)kwnames;
    if (nargs != 1 && nargs != 3)
        return rt_raise(rt, RT_EXC_TypeError, "type.__init__() takes 1 or 3 arguments");
    return RT_NONE;
}

/* type.__call__(cls, *args, **kw): makes an instance the way a plain class
 * call does (its __new__ then __init__), past the metaclass's __call__. */
static rt_value type_call(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    if (rt_type_of(self) != RT_T_TYPE)
        return rt_raise(rt, RT_EXC_TypeError,
                        "descriptor '__call__' requires a 'type' object but received a '%s'",
                        rt_type_name(self));
    if (rt_type_is_heap(self))
        return rt__class_construct(rt, self, args, nargs, kwnames);
    return rt_call(rt, self, args, nargs, kwnames);
}

/* type.__prepare__(name, bases, **kw): an empty namespace. */
static rt_value type_prepare(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return rt_dict_new(rt);
}

/* cls.mro(): the C3 order of the class and its bases as a list, which is
 * __mro__ unless a metaclass's own mro() chose another. */
static rt_value type_mro(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "mro", nargs, kwnames) < 0)
        return RT_NULL;
    if (rt_type_of(self) != RT_T_TYPE)
        return rt_raise(rt, RT_EXC_TypeError, "descriptor 'mro' requires a 'type' object");
    rt_value rest = rt__class_c3(rt, self);
    if (!rest)
        return RT_NULL;
    int64_t n = rt_tuple_len(rest);
    rt_value l = rt_list_new(rt, n + 1);
    bool ok = l && rt_list_append(rt, l, self) == 0;
    for (int64_t i = 0; ok && i < n; i++)
        ok = rt_list_append(rt, l, rt_tuple_items(rest)[i]) == 0;
    rt_decref(rt, rest);
    if (!ok) {
        rt_decref(rt, l);
        return RT_NULL;
    }
    return l;
}

int rt__meta_mro(rt_state *rt, rt_value cls)
{
    rt_type_obj *to = rt_type_obj_of(cls);
    if (!to->meta)
        return 0;
    rt_value name = rt_str_intern(rt, "mro", 3);
    if (!name)
        return -1;
    rt_value f = meta_user_attr(rt, to->meta, name);
    rt_decref(rt, name);
    if (!f)
        return rt->exc ? -1 : 0; /* type's own: the C3 order the class has */
    rt_value bound = rt__descr_get(rt, f, cls, to->meta);
    rt_value r = bound ? rt_call(rt, bound, NULL, 0, RT_NULL) : RT_NULL;
    rt_decref(rt, bound);
    rt_value l = r ? rt_list_from_iter(rt, r) : RT_NULL;
    rt_decref(rt, r);
    if (!l)
        return -1;
    /* every entry a class; the class itself left out (a type does not own itself) */
    int64_t n = rt_list_len(l), k = 0;
    rt_value mro = rt_tuple_new(rt, n);
    for (int64_t i = 0; mro && i < n; i++) {
        rt_value c = rt_list_get(l, i);
        if (rt_type_of(c) != RT_T_TYPE) {
            rt_raise(rt, RT_EXC_TypeError, "mro() returned a non-class ('%s')", rt_type_name(c));
            rt_decref(rt, mro);
            mro = RT_NULL;
            break;
        }
        if (c != cls) {
            rt_incref(c);
            rt_tuple_set_steal(mro, k++, c);
        }
    }
    rt_decref(rt, l);
    if (!mro)
        return -1;
    rt_value old = to->mro;
    to->mro = rt_tuple_len(mro) == k ? mro : rt_tuple_from(rt, rt_tuple_items(mro), k);
    if (to->mro != mro)
        rt_decref(rt, mro);
    if (!to->mro) {
        to->mro = old;
        return -1;
    }
    rt_decref(rt, old);
    rt__type_modified(rt, cls);
    return 0;
}

/* cls.__instancecheck__(obj) / cls.__subclasscheck__(sub): the plain checks. */
static rt_value type_instancecheck(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                   rt_value kwnames)
{
    if (rt_args_range(rt, "__instancecheck__", nargs, kwnames, 1, 1) < 0)
        return RT_NULL;
    return rt_bool(rt_type_of(self) == RT_T_TYPE && rt_isinstance(rt, args[0], self));
}

static rt_value type_subclasscheck(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                   rt_value kwnames)
{
    if (rt_args_range(rt, "__subclasscheck__", nargs, kwnames, 1, 1) < 0)
        return RT_NULL;
    if (rt_type_of(args[0]) != RT_T_TYPE)
        return rt_raise(rt, RT_EXC_TypeError, "issubclass() arg 1 must be a class");
    return rt_bool(rt_type_of(self) == RT_T_TYPE && rt_type_is_subtype(args[0], self));
}

/* type.__setattr__(cls, name, value) / type.__delattr__(cls, name). */
static rt_value type_setattr(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    if (rt_args_range(rt, "__setattr__", nargs, kwnames, 2, 2) < 0)
        return RT_NULL;
    if (rt_type_of(self) != RT_T_TYPE || !rt_is_str(args[0]))
        return rt_raise(rt, RT_EXC_TypeError, "attribute name must be string, not '%s'",
                        rt_type_name(args[0]));
    return rt__type_setattr_raw(rt, self, args[0], args[1]) < 0 ? RT_NULL : RT_NONE;
}

static rt_value type_delattr(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    if (rt_args_range(rt, "__delattr__", nargs, kwnames, 1, 1) < 0)
        return RT_NULL;
    if (rt_type_of(self) != RT_T_TYPE || !rt_is_str(args[0]))
        return rt_raise(rt, RT_EXC_TypeError, "attribute name must be string, not '%s'",
                        rt_type_name(args[0]));
    return rt__type_setattr_raw(rt, self, args[0], RT_NULL) < 0 ? RT_NULL : RT_NONE;
}

static rt_value type_subclasses(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                rt_value kwnames)
{
    (void)args;
    if (rt_type_of(self) == RT_T_TYPE && (nargs || rt_kw_count(kwnames)))
        return rt_raise(rt, RT_EXC_TypeError, "%s.__subclasses__() takes no arguments (%zu given)",
                        rt_type_obj_name(self), nargs + rt_kw_count(kwnames));
    if (rt_args_none(rt, "__subclasses__", nargs, kwnames) < 0)
        return RT_NULL;
    if (rt_type_of(self) != RT_T_TYPE)
        return rt_raise(rt, RT_EXC_TypeError,
                        "descriptor '__subclasses__' requires a 'type' object");
    return rt__class_subclasses(rt, self);
}

static const rt_builtin_def type_methods[] = {
    {"__setattr__", type_setattr},
    {"__delattr__", type_delattr},
    {"__new__", type_new},
    {"__init__", type_init},
    {"__call__", type_call},
    {"__prepare__", type_prepare},
    {"mro", type_mro},
    {"__subclasses__", type_subclasses},
    {"__instancecheck__", type_instancecheck},
    {"__subclasscheck__", type_subclasscheck},
    {NULL, NULL},
};

const rt_builtin_def *rt__type_method_find(rt_state *rt, rt_value name)
{
    (void)rt;
    const char *s = rt_str_data(name);
    for (int i = 0; type_methods[i].name; i++)
        if (strcmp(type_methods[i].name, s) == 0)
            return &type_methods[i];
    return NULL;
}

/* ---- what a class finds on its metaclass ---------------------------------------------- */

/* Calls the hook h found on metaclass m with a[0] (the class) bound as its
 * receiver and the rest of a as arguments. */
static rt_value hook_call(rt_state *rt, rt_value h, const rt_value *a, size_t n, rt_value m)
{
    if (rt_is_func(h))
        return rt_call(rt, h, a, n, RT_NULL);
    rt_value f = rt__descr_get(rt, h, a[0], m);
    if (!f)
        return RT_NULL;
    rt_value r = rt_call(rt, f, a + 1, n - 1, RT_NULL);
    rt_decref(rt, f);
    return r;
}

rt_value rt__meta_call(rt_state *rt, rt_value cls)
{
    rt_value m = rt_type_obj_of(cls)->meta;
    return m ? meta_user_attr(rt, m, ID(call)) : RT_NULL;
}

rt_value rt__meta_data_attr(rt_state *rt, rt_value cls, rt_value name)
{
    rt_value m = rt_type_obj_of(cls)->meta;
    rt_value v = m ? meta_user_attr(rt, m, name) : RT_NULL;
    return v && rt__is_data_descr(rt, v) ? v : RT_NULL;
}

rt_value rt__meta_getattr(rt_state *rt, rt_value cls, rt_value name, bool *found)
{
    rt_value m = rt__meta_of(rt, cls);
    rt_value v = meta_user_attr(rt, m, name);
    *found = true;
    if (v)
        return rt__descr_get(rt, v, cls, m);
    const rt_builtin_def *def = rt__type_method_find(rt, name);
    if (def && !rt_str_eq(name, ID(new)) && !rt_str_eq(name, ID(init)) &&
        !rt_str_eq(name, ID(prepare)))
        return rt_builtin_new(rt, def, cls);
    *found = false;
    rt_value ga = meta_user_attr(rt, m, ID(getattr));
    if (!ga)
        return RT_NULL;
    *found = true;
    rt_value a[2] = {cls, name};
    return hook_call(rt, ga, a, 2, m);
}

int rt__meta_setattr(rt_state *rt, rt_value cls, rt_value name, rt_value v)
{
    rt_value m = rt_type_obj_of(cls)->meta;
    rt_value hook = meta_user_attr(rt, m, v ? ID(setattr) : ID(delattr));
    rt_value r;
    if (hook) {
        rt_value a[3] = {cls, name, v};
        r = hook_call(rt, hook, a, v ? 3 : 2, m);
    } else {
        rt_value d = meta_user_attr(rt, m, name);
        if (!d || !rt__is_data_descr(rt, d))
            return 1;
        if (rt_type_of(d) == RT_T_PROPERTY) {
            rt_value fn = v ? rt_descr_of(d)->b : rt_descr_of(d)->c;
            if (!fn) {
                rt_raise(rt, RT_EXC_AttributeError, "can't %s attribute", v ? "set" : "delete");
                return -1;
            }
            rt_value a[2] = {cls, v};
            r = rt_call(rt, fn, a, v ? 2 : 1, RT_NULL);
        } else if (rt_type_of(d) == RT_T_INSTANCE) {
            rt_value f = rt_type_lookup(rt, rt_inst_of(d)->cls, v ? ID(set) : ID(delete));
            if (!f)
                return 1;
            rt_value a[3] = {d, cls, v};
            r = rt_call(rt, f, a, v ? 3 : 2, RT_NULL);
        } else {
            return 1;
        }
    }
    if (!r)
        return -1;
    rt_decref(rt, r);
    return 0;
}

int rt__meta_check(rt_state *rt, rt_value cls, rt_value x, bool sub)
{
    rt_value m = rt_type_obj_of(cls)->meta;
    rt_value h = m ? meta_user_attr(rt, m, sub ? ID(subclasscheck) : ID(instancecheck)) : RT_NULL;
    if (!h)
        return -2;
    rt_value a[2] = {cls, x};
    rt_value r = hook_call(rt, h, a, 2, m);
    if (!r)
        return -1;
    int t = rt_truthy(rt, r);
    rt_decref(rt, r);
    return t;
}

rt_value rt__meta_special(rt_state *rt, rt_value cls, rt_id id)
{
    rt_value m = rt_type_obj_of(cls)->meta;
    return m ? rt_type_lookup(rt, m, rt->ids[id]) : RT_NULL;
}
