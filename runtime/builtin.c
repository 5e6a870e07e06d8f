/* builtin.c: builtin function objects (def + bound self), their repr and
 * attributes, CPython-worded argument checks, and method lookup by type. */
#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/mappingproxy.h"
#include "runtime/memoryview.h"

#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/exc.h"
#include "runtime/gen.h"
#include "runtime/num.h"
#include "runtime/objid.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

/* ---- the object ------------------------------------------------------------ */

rt_value rt_builtin_new(rt_state *rt, const rt_builtin_def *def, rt_value self)
{
    rt_obj *o = rt_obj_alloc(rt, RT_T_BUILTIN, sizeof(rt_builtin));
    if (!o)
        return RT_NULL;
    rt_builtin *b = (rt_builtin *)o;
    b->def = def;
    rt_incref(self);
    b->self = self;
    return rt_from_obj(o);
}

rt_value rt_builtin_unbound_new(rt_state *rt, const rt_builtin_def *def, rt_value type)
{
    rt_value b = rt_builtin_new(rt, def, type);
    /* dict.fromkeys is a class method: bound to the type, no receiver */
    if (b != RT_NULL && !rt__builtin_is_classmethod(def))
        rt_as_obj(b)->flags |= RT_BUILTIN_F_UNBOUND;
    return b;
}

rt_value rt__builtin_unbound_get(rt_state *rt, const rt_builtin_def *def, rt_value type,
                                 rt_value name)
{
    rt_type_obj *to = rt_type_obj_of(type);
    if (rt__builtin_is_classmethod(def)) /* bound to the type anew, as CPython's */
        return rt_builtin_unbound_new(rt, def, type);
    if (to->tflags & RT_TF_HEAP) {
        /* the builtin type the class derives from, when def is that type's */
        int kind = to->native ? to->native : to->inst_type;
        rt_value owner = rt->type_objs[kind];
        const rt_builtin_def *found = NULL;
        if (!owner || (rt_type_obj_of(owner)->tflags & RT_TF_HEAP) ||
            rt__mro_find(rt, owner, RT_NULL, name, &found) != RT_NULL || found != def)
            return rt->exc ? RT_NULL : rt_builtin_unbound_new(rt, def, type);
        type = owner;
        to = rt_type_obj_of(owner);
    }
    if (!to->unbound && !(to->unbound = rt_dict_new(rt)))
        return RT_NULL;
    rt_value kept = rt_dict_get(rt, to->unbound, name);
    if (kept && rt_builtin_of(kept)->def == def) {
        rt_incref(kept);
        return kept;
    }
    rt_value b = rt_builtin_unbound_new(rt, def, type);
    if (b && rt_dict_set(rt, to->unbound, name, b) < 0) {
        rt_decref(rt, b);
        return RT_NULL;
    }
    return b;
}

bool rt__builtin_is_classmethod(const rt_builtin_def *def)
{
    static const char *const names[] = {"fromkeys",   "fromhex",          "from_bytes",
                                        "maketrans",  "__subclasshook__", "__init_subclass__",
                                        "__prepare__"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(def->name, names[i]) == 0)
            return true;
    return false;
}

/* The builtin type an unbound method was taken from stands for: a class
 * defined in Python, the builtin it derives from (its instances' kind). */
static int unbound_owner(rt_value type)
{
    const rt_type_obj *to = rt_type_obj_of(type);
    return to->native ? to->native : to->inst_type;
}

int rt__builtin_eq(rt_value a, rt_value b)
{
    const rt_builtin *x = rt_builtin_of(a), *y = rt_builtin_of(b);
    bool ua = rt_as_obj(a)->flags & RT_BUILTIN_F_UNBOUND;
    bool ub = rt_as_obj(b)->flags & RT_BUILTIN_F_UNBOUND;
    if (x->def != y->def || ua != ub)
        return 0;
    if (x->self == y->self)
        return 1;
    if (!ua)
        return 0;
    /* object's own methods are one wherever they are found; another def may
     * serve several builtin types (str's and int's __hash__): the same one only
     * when taken from types of the same kind */
    if (x->def >= rt__object_methods && x->def < rt__object_methods + rt__object_methods_count)
        return 1;
    return unbound_owner(x->self) == unbound_owner(y->self);
}

int64_t rt__builtin_hash(rt_value v, uint64_t self_id)
{
    uint64_t h = (uint64_t)(uintptr_t)rt_builtin_of(v)->def >> 3;
    if (!(rt_as_obj(v)->flags & RT_BUILTIN_F_UNBOUND))
        h ^= self_id * UINT64_C(0x9E3779B97F4A7C15);
    int64_t r = (int64_t)(h >> 1);
    return r == -1 ? -2 : r;
}

/* ---- object's methods on values that are no instances ------------------------ */

static rt_value value_hash(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__hash__", nargs, kwnames) < 0)
        return RT_NULL;
    int64_t h;
    return rt_hash(rt, self, &h) < 0 ? RT_NULL : rt_int_from_i64(rt, h);
}

static rt_value value_repr(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__repr__", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_repr(rt, self);
}

static rt_value value_str(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__str__", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_str(rt, self);
}

/* ==/!=: builtins and bound methods compare as their types do (a bool either
 * way); a function is equal to itself only, else NotImplemented (object's). */
static rt_value value_compare(rt_state *rt, rt_value self, rt_value other, bool want_eq)
{
    rt_type_id t = rt_type_of(self);
    if (t == rt_type_of(other) && (t == RT_T_BUILTIN || t == RT_T_METHOD)) {
        int eq = rt_eq(rt, self, other);
        if (eq < 0)
            return RT_NULL;
        return (eq != 0) == want_eq ? RT_TRUE : RT_FALSE;
    }
    if (self == other)
        return want_eq ? RT_TRUE : RT_FALSE;
    rt_incref(rt->notimpl);
    return rt->notimpl;
}

static rt_value value_eq(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    if (rt_args_one(rt, "__eq__", nargs, kwnames) < 0)
        return RT_NULL;
    return value_compare(rt, self, args[0], true);
}

static rt_value value_ne(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    if (rt_args_one(rt, "__ne__", nargs, kwnames) < 0)
        return RT_NULL;
    return value_compare(rt, self, args[0], false);
}

/* x.__call__(...) of a builtin or a bound method: the call itself */
static rt_value value_call(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    return rt_call(rt, self, args, nargs, kwnames);
}

static const rt_builtin_def value_methods[] = {
    {"__hash__", value_hash},
    {"__repr__", value_repr},
    {"__str__", value_str},
    {"__eq__", value_eq},
    {"__ne__", value_ne},
    {"__call__", value_call},
    {NULL, NULL},
};

rt_value rt__object_method_bound(rt_state *rt, rt_value v, rt_value name)
{
    const char *s = rt_str_data(name);
    if (s[0] != '_' || s[1] != '_')
        return RT_NULL;
    for (size_t i = 0; value_methods[i].name; i++)
        if (!strcmp(s, value_methods[i].name))
            return rt_builtin_new(rt, &value_methods[i], v);
    /* the rest are object's own; __new__ and the class hooks belong to classes,
     * and the reduce protocol is left out: pickle and copy ask for it and treat
     * these values their own way */
    static const char *const skip[] = {"__new__",       "__init_subclass__", "__subclasshook__",
                                       "__reduce_ex__", "__reduce__",        "__getstate__"};
    for (size_t i = 0; i < sizeof skip / sizeof skip[0]; i++)
        if (!strcmp(s, skip[i]))
            return RT_NULL;
    for (size_t i = 0; rt__object_methods[i].name; i++)
        if (!strcmp(s, rt__object_methods[i].name))
            return rt_builtin_new(rt, &rt__object_methods[i], v);
    return RT_NULL;
}

/* The receiver check of an unbound method call. 0 or -1. */
static int check_receiver(rt_state *rt, rt_builtin *f, const rt_value *args, size_t nargs)
{
    const char *tname = rt_type_obj_name(f->self);
    if (nargs == 0) {
        rt_raise(rt, RT_EXC_TypeError, "unbound method %s.%s() needs an argument", tname,
                 f->def->name);
        return -1;
    }
    rt_type_id want = (rt_type_id)rt_type_obj_of(f->self)->inst_type;
    /* an instance of a class deriving from a builtin passes as either: object's
     * methods (__setattr__) take it as an instance, tuple's take its tuple */
    /* and module's (__init__, __repr__) take instances of classes deriving from it */
    /* the iterator kinds share a type id: their types are told apart */
    bool other_iter = want == RT_T_ITER && rt_type_of(args[0]) == RT_T_ITER &&
                      rt_type_obj_get(rt, args[0]) != f->self;
    if (other_iter ||
        (rt_type_of(args[0]) != want && rt_type_of(rt__native_unwrap(args[0])) != want &&
         !(want == RT_T_MODULE && rt_isinstance(rt, args[0], f->self)))) {
        rt_raise(rt, RT_EXC_TypeError,
                 "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", f->def->name,
                 tname, rt_type_name(args[0]));
        return -1;
    }
    return 0;
}

rt_value rt_builtin_call(rt_state *rt, rt_value b, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    rt_builtin *f = rt_builtin_of(b);
    if (f->hdr.flags & RT_BUILTIN_F_UNBOUND) {
        if (check_receiver(rt, f, args, nargs) < 0)
            return RT_NULL;
        return f->def->fn(rt, rt__builtin_receiver(args[0], f->def), args + 1, nargs - 1, kwnames);
    }
    return f->def->fn(rt, f->self, args, nargs, kwnames);
}

size_t rt__builtin_size(const rt_obj *o)
{
    (void)o;
    return sizeof(rt_builtin) + sizeof(rt_gc_link);
}

void rt__builtin_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt_builtin *b = (rt_builtin *)o;
    if (rt_is_obj(b->self))
        visit(rt_as_obj(b->self), arg);
}

void rt__builtin_clear(rt_state *rt, rt_obj *o)
{
    rt_builtin *b = (rt_builtin *)o;
    rt_value self = b->self;
    b->self = RT_NULL;
    rt_decref(rt, self);
}

void rt__builtin_dealloc(rt_state *rt, rt_obj *o)
{
    rt__builtin_clear(rt, o);
    rt_obj_free(rt, o, sizeof(rt_builtin));
}

/* Whether CPython gives type.name as a slot wrapper: the special methods that fill one of
 * a type's C slots (operators, comparisons, __init__, __len__, ...), except where the type
 * also defines the method itself (list.__getitem__, dict.__contains__: method descriptors
 * there). Only what a repr says depends on it. */
static bool is_slot_wrapper(const char *type, const char *name)
{
    static const char *const slots[] = {"__getattribute__",
                                        "__getattr__",
                                        "__setattr__",
                                        "__delattr__",
                                        "__repr__",
                                        "__hash__",
                                        "__call__",
                                        "__str__",
                                        "__lt__",
                                        "__le__",
                                        "__eq__",
                                        "__ne__",
                                        "__gt__",
                                        "__ge__",
                                        "__iter__",
                                        "__next__",
                                        "__get__",
                                        "__set__",
                                        "__delete__",
                                        "__init__",
                                        "__del__",
                                        "__await__",
                                        "__aiter__",
                                        "__anext__",
                                        "__add__",
                                        "__radd__",
                                        "__sub__",
                                        "__rsub__",
                                        "__mul__",
                                        "__rmul__",
                                        "__mod__",
                                        "__rmod__",
                                        "__divmod__",
                                        "__rdivmod__",
                                        "__pow__",
                                        "__rpow__",
                                        "__neg__",
                                        "__pos__",
                                        "__abs__",
                                        "__bool__",
                                        "__invert__",
                                        "__lshift__",
                                        "__rlshift__",
                                        "__rshift__",
                                        "__rrshift__",
                                        "__and__",
                                        "__rand__",
                                        "__xor__",
                                        "__rxor__",
                                        "__or__",
                                        "__ror__",
                                        "__int__",
                                        "__float__",
                                        "__iadd__",
                                        "__isub__",
                                        "__imul__",
                                        "__imod__",
                                        "__ipow__",
                                        "__ilshift__",
                                        "__irshift__",
                                        "__iand__",
                                        "__ixor__",
                                        "__ior__",
                                        "__floordiv__",
                                        "__rfloordiv__",
                                        "__truediv__",
                                        "__rtruediv__",
                                        "__ifloordiv__",
                                        "__itruediv__",
                                        "__index__",
                                        "__matmul__",
                                        "__rmatmul__",
                                        "__imatmul__",
                                        "__len__",
                                        "__getitem__",
                                        "__setitem__",
                                        "__delitem__",
                                        "__contains__",
                                        NULL};
    /* the methods these types define besides their slots */
    static const char *const coexist[][2] = {{"list", "__getitem__"},
                                             {"dict", "__getitem__"},
                                             {"dict", "__contains__"},
                                             {"set", "__contains__"},
                                             {"frozenset", "__contains__"},
                                             {"bytearray", "__alloc__"},
                                             {NULL, NULL}};
    for (int i = 0; coexist[i][0]; i++)
        if (!strcmp(type, coexist[i][0]) && !strcmp(name, coexist[i][1]))
            return false;
    for (int i = 0; slots[i]; i++)
        if (!strcmp(name, slots[i]))
            return true;
    return false;
}

rt_value rt__builtin_repr(rt_state *rt, rt_value v)
{
    rt_builtin *b = rt_builtin_of(v);
    if (b->self == RT_NULL)
        return rt_str_printf(rt, "<built-in function %s>", b->def->name);
    if (b->hdr.flags & RT_BUILTIN_F_UNBOUND)
        return rt_str_printf(rt,
                             is_slot_wrapper(rt_type_obj_name(b->self), b->def->name)
                                 ? "<slot wrapper '%s' of '%s' objects>"
                                 : "<method '%s' of '%s' objects>",
                             b->def->name, rt_type_obj_name(b->self));
    if (rt_type_of(b->self) == RT_T_TYPE) /* a class method: dict.fromkeys */
        return rt_str_printf(rt, "<built-in method %s of type object at 0x%" PRIx64 ">",
                             b->def->name, rt__objid_of_value(rt, b->self));
    if (rt__builtin_is_classmethod(b->def)) /* {}.fromkeys */
        return rt_str_printf(rt, "<built-in method %s of type object at 0x%" PRIx64 ">",
                             b->def->name, rt__objid_of_value(rt, rt_type_obj_get(rt, b->self)));
    if (is_slot_wrapper(rt_type_name(b->self), b->def->name))
        return rt_str_printf(rt, "<method-wrapper '%s' of %s object at 0x%" PRIx64 ">",
                             b->def->name, rt_type_name(b->self), rt__objid_of_value(rt, b->self));
    return rt_str_printf(rt, "<built-in method %s of %s object at 0x%" PRIx64 ">", b->def->name,
                         rt_type_name(b->self), rt__objid_of_value(rt, b->self));
}

/* unbound.__get__(obj, type=None): the method bound to obj (checked as a
 * call's receiver is), or the unbound method itself for obj None, as a
 * method descriptor's __get__ (attrs binds object.__setattr__ so). */
static rt_value builtin_get(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    if (rt_args_range(rt, "__get__", nargs, kwnames, 1, 2) < 0)
        return RT_NULL;
    rt_builtin *f = rt_builtin_of(self);
    if (args[0] == RT_NONE) {
        rt_incref(self);
        return self;
    }
    if (check_receiver(rt, f, args, 1) < 0)
        return RT_NULL;
    return rt_builtin_new(rt, f->def, rt__builtin_receiver(args[0], f->def));
}

static const rt_builtin_def builtin_get_def = {"__get__", builtin_get};

rt_value rt__builtin_getattr(rt_state *rt, rt_value v, rt_value name)
{
    rt_builtin *b = rt_builtin_of(v);
    if ((b->hdr.flags & RT_BUILTIN_F_UNBOUND) && rt_str_eq_cstr(name, "__get__"))
        return rt_builtin_new(rt, &builtin_get_def, v);
    if (rt_str_eq_cstr(name, "__name__") || rt_str_eq_cstr(name, "__qualname__")) {
        if (rt_str_eq_cstr(name, "__qualname__") && b->self != RT_NULL &&
            rt_type_of(b->self) != RT_T_MODULE)
            return rt_str_printf(rt, "%s.%s",
                                 b->hdr.flags & RT_BUILTIN_F_UNBOUND ? rt_type_obj_name(b->self)
                                                                     : rt_type_name(b->self),
                                 b->def->name);
        return rt_str_from_cstr(rt, b->def->name);
    }
    if (rt_str_eq_cstr(name, "__objclass__") && (b->hdr.flags & RT_BUILTIN_F_UNBOUND)) {
        rt_incref(b->self);
        return b->self;
    }
    if (rt_str_eq_cstr(name, "__self__")) {
        rt_value self = b->self == RT_NULL ? RT_NONE : b->self;
        rt_incref(self);
        return self;
    }
    if (rt_str_eq_cstr(name, "__class__")) {
        rt_value t = rt_type_obj_get(rt, v);
        rt_incref(t);
        return t;
    }
    if (rt_str_eq_cstr(name, "__doc__")) {
        /* closured keeps no docstrings for its builtins (code reading them, such as
         * uncertainties' wrappers, takes None as a missing one) */
        rt_incref(RT_NONE);
        return RT_NONE;
    }
    if (rt_str_eq_cstr(name, "__module__")) {
        if (b->self == RT_NULL)
            return rt_str_from_cstr(rt, "builtins");
        rt_incref(RT_NONE);
        return RT_NONE;
    }
    rt_value m = rt__object_method_bound(rt, v, name);
    if (m || rt->exc)
        return m;
    return rt_raise(rt, RT_EXC_AttributeError,
                    "'builtin_function_or_method' object has no attribute '%s'", rt_str_data(name));
}

/* ---- argument checks ------------------------------------------------------- */

size_t rt_kw_count(rt_value kwnames)
{
    return kwnames == RT_NULL ? 0 : (size_t)rt_tuple_len(kwnames);
}

int rt_args_no_kw(rt_state *rt, const char *qual, rt_value kwnames)
{
    if (rt_kw_count(kwnames) == 0)
        return 0;
    rt_raise(rt, RT_EXC_TypeError, "%s() takes no keyword arguments", qual);
    return -1;
}

int rt_args_one(rt_state *rt, const char *qual, size_t nargs, rt_value kwnames)
{
    if (rt_args_no_kw(rt, qual, kwnames) < 0)
        return -1;
    if (nargs == 1)
        return 0;
    rt_raise(rt, RT_EXC_TypeError, "%s() takes exactly one argument (%zu given)", qual, nargs);
    return -1;
}

int rt_args_none(rt_state *rt, const char *qual, size_t nargs, rt_value kwnames)
{
    if (rt_args_no_kw(rt, qual, kwnames) < 0)
        return -1;
    if (nargs == 0)
        return 0;
    rt_raise(rt, RT_EXC_TypeError, "%s() takes no arguments (%zu given)", qual, nargs);
    return -1;
}

int rt_args_range(rt_state *rt, const char *name, size_t nargs, rt_value kwnames, size_t min,
                  size_t max)
{
    if (rt_args_no_kw(rt, name, kwnames) < 0)
        return -1;
    if (nargs < min) {
        rt_raise(rt, RT_EXC_TypeError, "%s expected %s%zu argument%s, got %zu", name,
                 min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        rt_raise(rt, RT_EXC_TypeError, "%s expected %s%zu argument%s, got %zu", name,
                 min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int rt_args_tuple(rt_state *rt, const char *name, size_t nargs, rt_value kwnames, size_t min,
                  size_t max)
{
    if (rt_args_no_kw(rt, name, kwnames) < 0)
        return -1;
    if (nargs >= min && nargs <= max)
        return 0;
    size_t n = nargs < min ? min : max;
    const char *how = min == max ? "exactly" : nargs < min ? "at least" : "at most";
    rt_raise(rt, RT_EXC_TypeError, "%s() takes %s %zu argument%s (%zu given)", name, how, n,
             n == 1 ? "" : "s", nargs);
    return -1;
}

int rt_args_parse(rt_state *rt, const char *fname, const rt_value *args, size_t nargs,
                  rt_value kwnames, size_t maxpos, const char *const *names, rt_value *out)
{
    size_t nnames = 0;
    while (names[nnames])
        nnames++;
    for (size_t i = 0; i < nnames; i++)
        out[i] = RT_NULL;
    size_t nkw = rt_kw_count(kwnames);
    if (nargs + nkw > nnames) {
        rt_raise(rt, RT_EXC_TypeError, "%s() takes at most %zu %sargument%s (%zu given)", fname,
                 nnames, nargs ? "" : "keyword ", nnames == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    if (nargs > maxpos) {
        if (maxpos == 0)
            rt_raise(rt, RT_EXC_TypeError, "%s() takes no positional arguments", fname);
        else
            rt_raise(rt, RT_EXC_TypeError,
                     "%s() takes at most %zu positional argument%s (%zu given)", fname, maxpos,
                     maxpos == 1 ? "" : "s", nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        out[i] = args[i];
    for (size_t k = 0; k < nkw; k++) {
        rt_value kn = rt_tuple_get(kwnames, (int64_t)k);
        size_t i = 0;
        for (; i < nnames; i++)
            if (names[i][0] && rt_str_eq_cstr(kn, names[i]))
                break;
        if (i == nnames) {
            rt_raise(rt, RT_EXC_TypeError, "'%s' is an invalid keyword argument for %s()",
                     rt_str_data(kn), fname);
            return -1;
        }
        if (out[i] != RT_NULL) {
            rt_raise(rt, RT_EXC_TypeError,
                     "argument for %s() given by name ('%s') and position (%zu)", fname, names[i],
                     i + 1);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    return 0;
}

int rt_arg_c_int(rt_state *rt, rt_value v, int64_t *out)
{
    if (rt_arg_index(rt, v, out) == 0) {
        if (*out >= INT_MIN && *out <= INT_MAX)
            return 0;
    } else if (rt_exc_matches(rt, RT_EXC_OverflowError)) {
        rt_exc_clear(rt);
    } else {
        return -1;
    }
    rt_raise(rt, RT_EXC_OverflowError, "Python int too large to convert to C int");
    return -1;
}

int rt__float_result(rt_state *rt, rt_value v, rt_value r, double *out)
{
    rt_value u = rt__native_unwrap(r);
    if (!rt_is_float(u)) {
        rt_raise(rt, RT_EXC_TypeError, "%s.__float__ returned non-float (type %s)", rt_type_name(v),
                 rt_type_name(r));
        return -1;
    }
    if (u != r) {
        char msg[400];
        snprintf(msg, sizeof msg,
                 "%.100s.__float__ returned non-float (type %.100s).  The ability to return an "
                 "instance of a strict subclass of float is deprecated, and may be removed in a "
                 "future version of Python.",
                 rt_type_name(v), rt_type_name(r));
        if (rt__warn(rt, "DeprecationWarning", msg) < 0)
            return -1;
    }
    *out = rt_float_get(u);
    return 0;
}

/* CPython's DeprecationWarning for an __index__ answering a bool or an
 * instance of an int subclass (the int it holds is used): 0, or -1 when the
 * warning was turned into an error. */
static int index_subclass_warning(rt_state *rt, rt_value r)
{
    char msg[400];
    snprintf(msg, sizeof msg,
             "__index__ returned non-int (type %.200s).  The ability to return an instance of a "
             "strict subclass of int is deprecated, and may be removed in a future version of "
             "Python.",
             rt_type_name(r));
    return rt__warn(rt, "DeprecationWarning", msg);
}

rt_value rt_int_unwrap(rt_value v)
{
    rt_value base = rt__native_base(v);
    return base && rt_is_intlike(base) ? base : v;
}

rt_value rt__index_value(rt_state *rt, rt_value v)
{
    rt_value u = rt__native_unwrap(v);
    if (rt_is_bool(u))
        return rt_smallint(rt_int_get(u));
    if (rt_is_int(u)) { /* an int subclass stands for its value, not its __index__ */
        rt_incref(u);
        return u;
    }
    rt_value m = rt__is_user_obj(v) ? rt__special(rt, v, RT_ID_index) : RT_NULL;
    if (!m || m == RT_NONE)
        return rt_raise(rt, RT_EXC_TypeError, "'%s' object cannot be interpreted as an integer",
                        rt_type_name(v));
    /* an object with __index__ stands for the int it returns */
    rt_value r = rt__call_special(rt, m, v, NULL, 0);
    if (!r)
        return RT_NULL;
    u = rt__native_unwrap(r);
    if (!rt_is_intlike(u)) {
        rt_raise(rt, RT_EXC_TypeError, "__index__ returned non-int (type %s)", rt_type_name(r));
        u = RT_NULL;
    } else if ((u != r || rt_is_bool(u)) && index_subclass_warning(rt, r) < 0) {
        u = RT_NULL;
    } else if (rt_is_bool(u)) {
        u = rt_smallint(rt_int_get(u));
    } else {
        rt_incref(u);
    }
    rt_decref(rt, r);
    return u;
}

int rt_arg_index(rt_state *rt, rt_value v, int64_t *out)
{
    v = rt_int_unwrap(v);
    if (rt_int_as_i64(v, out))
        return 0;
    rt_value n = rt__index_value(rt, v);
    if (!n)
        return -1;
    bool fits = rt_int_as_i64(n, out);
    rt_decref(rt, n);
    if (!fits) {
        rt_int_overflow(rt);
        return -1;
    }
    return 0;
}

int rt_arg_bound(rt_state *rt, rt_value v, bool allow_none, int64_t *out)
{
    if (allow_none && v == RT_NONE)
        return 0;
    if (rt_is_intlike(v)) { /* a big int clamps, as CPython's _PyEval_SliceIndex */
        *out = rt_int_get(v);
        return 0;
    }
    rt_raise(rt, RT_EXC_TypeError, "slice indices must be integers %sor have an __index__ method",
             allow_none ? "or None " : "");
    return -1;
}

void rt_adjust_bounds(int64_t len, int64_t *start, int64_t *end)
{
    if (*end > len)
        *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0)
            *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
}

/* ---- method lookup ----------------------------------------------------------- */

typedef struct method_table {
    rt_type_id type;
    const rt_builtin_def *defs;
} method_table;

static const method_table tables[] = {
    {RT_T_LIST, rt__list_methods},
    {RT_T_DICT, rt__dict_methods},
    {RT_T_STR, rt__str_methods},
    {RT_T_SET, rt__set_methods},
    {RT_T_TUPLE, rt__tuple_methods},
    {RT_T_GENERATOR, rt__gen_methods},
    {RT_T_INT, rt__int_methods},
    {RT_T_FLOAT, rt__float_methods},
    {RT_T_DEQUE, rt__deque_methods},
    {RT_T_ITERTOOL, rt__itertool_methods},
    {RT_T_LRU, rt__lru_methods},
    {RT_T_BYTES, rt__bytes_methods},
    {RT_T_BYTEARRAY, rt__bytearray_methods},
    {RT_T_FROZENSET, rt__frozenset_methods},
    {RT_T_MAPPINGPROXY, rt__mproxy_methods},
    {RT_T_MEMORYVIEW, rt__mview_methods},
};
enum { NTABLES = sizeof tables / sizeof tables[0] };

/* Index of the first interned name of each table in rt->lib_method_names. */
static size_t table_base(int t)
{
    size_t base = 0;
    for (int i = 0; i < t; i++)
        for (const rt_builtin_def *d = tables[i].defs; d->name; d++)
            base++;
    return base;
}

/* Puts (type, names[k]) -> d in the index unless the type already has the
 * name (the first entry answers, as the scan of the tables does). */
static void index_add(struct rt_method_slot *idx, unsigned bits, rt_value name, uint32_t type,
                      const rt_builtin_def *d)
{
    size_t mask = ((size_t)1 << bits) - 1;
    size_t i = rt__method_slot_index(name, type, bits);
    for (; idx[i].name; i = (i + 1) & mask)
        if (idx[i].name == name && idx[i].type == type)
            return;
    idx[i].name = name;
    idx[i].def = d;
    idx[i].type = type;
}

/* Builds rt->lib_method_index over every table, under the type ids
 * rt_method_find maps to it (bool shares int's methods; bytearray's own
 * methods come first, then bytes' it reads through): at most a quarter full,
 * so a miss stops at an empty slot after a probe or two. 0 or -1 (no memory:
 * the lookups then scan the tables). */
static int index_build(rt_state *rt, const rt_value *names, size_t total)
{
    unsigned bits = 4;
    while (((size_t)1 << bits) < total * 8) /* int's names twice, bytes' twice */
        bits++;
    struct rt_method_slot *idx = calloc((size_t)1 << bits, sizeof *idx);
    if (!idx)
        return -1;
    for (int t = 0; t < NTABLES; t++) {
        const rt_value *tn = names + rt->lib_method_base[t];
        for (size_t i = 0; tables[t].defs[i].name; i++) {
            const rt_builtin_def *d = &tables[t].defs[i];
            index_add(idx, bits, tn[i], tables[t].type, d);
            if (tables[t].type == RT_T_INT)
                index_add(idx, bits, tn[i], RT_T_BOOL, d);
        }
    }
    /* after every bytearray entry: bytes' names bytearray does not have */
    for (int t = 0; t < NTABLES; t++) {
        if (tables[t].type != RT_T_BYTES)
            continue;
        const rt_value *tn = names + rt->lib_method_base[t];
        for (size_t i = 0; tables[t].defs[i].name; i++)
            index_add(idx, bits, tn[i], RT_T_BYTEARRAY, &tables[t].defs[i]);
    }
    rt->lib_method_index = idx;
    rt->lib_method_bits = bits;
    return 0;
}

int rt__methods_init(rt_state *rt)
{
    size_t total = table_base(NTABLES);
    rt_value *names = calloc(total ? total : 1, sizeof *names);
    if (!names) {
        rt_raise(rt, RT_EXC_MemoryError, "out of memory");
        return -1;
    }
    size_t k = 0;
    for (int t = 0; t < NTABLES; t++) {
        for (const rt_builtin_def *d = tables[t].defs; d->name; d++) {
            names[k] = rt_str_intern(rt, d->name, strlen(d->name));
            if (names[k] == RT_NULL) {
                for (size_t j = 0; j < k; j++)
                    rt_decref(rt, names[j]);
                free(names);
                return -1;
            }
            k++;
        }
    }
    for (int t = 0; t < NTABLES; t++)
        rt->lib_method_base[t] = table_base(t);
    rt->lib_method_names = names;
    rt->lib_method_count = total;
    (void)index_build(rt, names, total); /* without it the tables are scanned */
    return 0;
}

void rt__methods_dispose(rt_state *rt)
{
    free(rt->lib_method_index);
    rt->lib_method_index = NULL;
    rt->lib_method_bits = 0;
    if (!rt->lib_method_names)
        return;
    for (size_t i = 0; i < rt->lib_method_count; i++)
        rt_decref(rt, rt->lib_method_names[i]);
    free(rt->lib_method_names);
    rt->lib_method_names = NULL;
    rt->lib_method_count = 0;
}

int rt__method_names(rt_state *rt, rt_type_id type, rt_value set)
{
    for (int t = 0; t < NTABLES; t++) {
        rt_type_id tt = tables[t].type;
        if (tt != type && !(type == RT_T_BOOL && tt == RT_T_INT) &&
            !(type == RT_T_BYTEARRAY && tt == RT_T_BYTES))
            continue;
        for (const rt_builtin_def *d = tables[t].defs; d->name; d++)
            if (rt_dict_set_cstr(rt, set, d->name, RT_NONE) < 0)
                return -1;
    }
    /* the data attributes some types answer in their getattr, not from a table */
    static const char *const mview_attrs[] = {
        "c_contiguous", "contiguous", "f_contiguous", "format",  "itemsize",   "nbytes", "ndim",
        "obj",          "readonly",   "shape",        "strides", "suboffsets", NULL};
    static const char *const range_attrs[] = {"count", "index", "start", "step", "stop", NULL};
    const char *const *extra = type == RT_T_MEMORYVIEW ? mview_attrs
                               : type == RT_T_RANGE    ? range_attrs
                                                       : NULL;
    for (size_t i = 0; extra && extra[i]; i++)
        if (rt_dict_set_cstr(rt, set, extra[i], RT_NONE) < 0)
            return -1;
    return rt__slot_method_names(rt, type == RT_T_BOOL ? RT_T_INT : type, set);
}

const rt_builtin_def *rt_method_find(rt_state *rt, rt_type_id type, rt_value name)
{
    int t;
    switch (type) {
    case RT_T_LIST: t = 0; break;
    case RT_T_DICT: t = 1; break;
    case RT_T_STR: t = 2; break;
    case RT_T_SET: t = 3; break;
    case RT_T_TUPLE: t = 4; break;
    case RT_T_GENERATOR: t = 5; break;
    case RT_T_INT:
    case RT_T_BOOL: t = 6; break;
    case RT_T_FLOAT: t = 7; break;
    case RT_T_DEQUE: t = 8; break;
    case RT_T_ITERTOOL: t = 9; break;
    case RT_T_LRU: t = 10; break;
    case RT_T_BYTES: t = 11; break;
    case RT_T_BYTEARRAY: t = 12; break;
    case RT_T_FROZENSET: t = 13; break;
    case RT_T_MAPPINGPROXY: t = 14; break;
    case RT_T_MEMORYVIEW: t = 15; break;
    default: return rt__slot_method_find(rt, type, name);
    }
    const rt_builtin_def *defs = tables[t].defs;
    if (rt->lib_method_index) {
        const rt_builtin_def *d = rt__method_probe(rt, type, name);
        if (d)
            return d;
        /* every table name is interned: an interned name not in the index
         * is in no table, so only a name that is not compares bytes */
        if (rt_as_obj(name)->flags & RT_STR_F_INTERNED)
            goto not_found;
    } else if (rt->lib_method_names) {
        const rt_value *names = rt->lib_method_names + rt->lib_method_base[t];
        for (size_t i = 0; defs[i].name; i++)
            if (names[i] == name)
                return &defs[i];
    }
    /* not interned (or no table yet): compare bytes */
    const char *s = rt_str_data(name);
    size_t n = rt_str_len(name);
    for (size_t i = 0; defs[i].name; i++)
        if (defs[i].name[0] == s[0] && strlen(defs[i].name) == n && memcmp(defs[i].name, s, n) == 0)
            return &defs[i];
not_found:
    if (type == RT_T_BYTEARRAY) { /* the methods that only read are bytes' */
        const rt_builtin_def *d = rt_method_find(rt, RT_T_BYTES, name);
        if (d && rt__slot_method_find(rt, RT_T_BYTES, name) != d)
            return d;
    }
    return rt__slot_method_find(rt, type, name);
}
