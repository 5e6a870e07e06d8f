/* subclass.c: classes derived from the builtin types dict, list, tuple, set,
 * str, bytes, int, float, complex, deque and property, and the special methods those builtin types
 * (and bytearray, memoryview, range) expose by name (dict.__getitem__, list.__init__,
 * tuple.__new__, int.__add__, bytearray.__iadd__, ...).
 *
 * Representation (MicroPython's, not CPython's layout inheritance): an
 * instance of `class Counter(dict)` is an ordinary instance (RT_T_INSTANCE)
 * whose slots[0] holds a real dict, its "base value". The class records the
 * builtin type in rt_type_obj.native. So every builtin object keeps its
 * compact layout, and no fast path that switches on a type id ever sees a
 * subclass instance: the instance protocol (instance.c) asks the class's
 * special methods first and, when the class defines none, applies the
 * operation to the base value. A builtin method found on such an instance
 * (c.keys, super().__setitem__) is bound to the base value.
 *
 * Ownership: the instance owns its base value like any slot; it is created
 * with the instance (mutable kinds: empty, filled by __init__) or by the
 * builtin __new__ (immutable kinds: from the arguments). */
#include <math.h>
#include <string.h>

#include "runtime/bigint.h"
#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/class.h"
#include "runtime/deque.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/func.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/num.h"
#include "runtime/set.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

static rt_value own(rt_value v)
{
    rt_incref(v);
    return v;
}

/* ---- which builtin types can be bases --------------------------------------------- */

enum {
    K_LIST = 1u << 0,
    K_DICT = 1u << 1,
    K_TUPLE = 1u << 2,
    K_SET = 1u << 3,
    K_STR = 1u << 4,
    K_INT = 1u << 5,
    K_FLOAT = 1u << 6,
    K_ITER = 1u << 7, /* builtin iterators: only __iter__ and __next__ */
    K_DEQUE = 1u << 8,
    K_COMPLEX = 1u << 9,
    K_BYTES = 1u << 10,
    /* builtin types no class derives from here, whose special methods are
     * still reached by name (bytearray.__iadd__, range.__len__) */
    K_BYTEARRAY = 1u << 11,
    K_MVIEW = 1u << 12,
    K_RANGE = 1u << 13,
    K_PROPERTY = 1u << 14,
    K_ALL =
        0x7f | K_DEQUE | K_COMPLEX | K_BYTES | K_PROPERTY, /* the kinds a class may derive from */
    K_BINARY = K_BYTES | K_BYTEARRAY,
    K_SEQ = K_LIST | K_TUPLE | K_STR,
    K_SIZED = K_SEQ | K_DICT | K_SET | K_DEQUE,
};

static unsigned kind_bit(int type_id)
{
    switch (type_id) {
    case RT_T_LIST: return K_LIST;
    case RT_T_DICT: return K_DICT;
    case RT_T_TUPLE: return K_TUPLE;
    case RT_T_SET: return K_SET;
    case RT_T_STR: return K_STR;
    case RT_T_INT: return K_INT;
    case RT_T_FLOAT: return K_FLOAT;
    case RT_T_ITER: return K_ITER;
    case RT_T_DEQUE: return K_DEQUE;
    case RT_T_COMPLEX: return K_COMPLEX;
    case RT_T_BYTES: return K_BYTES;
    case RT_T_BYTEARRAY: return K_BYTEARRAY;
    case RT_T_MEMORYVIEW: return K_MVIEW;
    case RT_T_RANGE: return K_RANGE;
    case RT_T_PROPERTY: return K_PROPERTY;
    default: return 0;
    }
}

bool rt__native_kind_ok(int type_id)
{
    return (kind_bit(type_id) & (K_ALL | K_ITER)) != 0;
}

/* Mutable kinds start empty and are filled by __init__; the others are made
 * whole by __new__. */
static bool kind_mutable(int type_id)
{
    return (kind_bit(type_id) & (K_LIST | K_DICT | K_SET | K_DEQUE | K_PROPERTY)) != 0;
}

rt_value rt__native_base(rt_value v)
{
    if (!rt_is_inst(v))
        return RT_NULL;
    rt_inst *in = rt_inst_of(v);
    return rt_type_obj_of(in->cls)->native ? in->slots[0] : RT_NULL;
}

rt_value rt__native_unwrap(rt_value v)
{
    rt_value b = rt__native_base(v);
    return b ? b : v;
}

int rt__native_fill(rt_state *rt, rt_value inst)
{
    int kind = rt_type_obj_of(rt_inst_of(inst)->cls)->native;
    if (!kind_mutable(kind))
        return 0;
    rt_value b = kind == RT_T_LIST    ? rt_list_new(rt, 0)
                 : kind == RT_T_DICT  ? rt_dict_new(rt)
                 : kind == RT_T_DEQUE ? rt__deque_construct(rt, NULL, 0, RT_NULL)
                 : kind == RT_T_PROPERTY
                     ? rt_descr_new(rt, RT_T_PROPERTY, RT_NULL, RT_NULL, RT_NULL, RT_NULL)
                     : rt_set_new(rt);
    if (!b)
        return -1;
    rt_inst_of(inst)->slots[0] = b;
    return 0;
}

bool rt__native_needs_new(rt_value cls)
{
    int kind = rt_type_obj_of(cls)->native;
    return kind && !kind_mutable(kind);
}

/* ---- __new__ and __init__ of the builtin bases ----------------------------------------- */

/* T.__new__(cls, *args): T's own constructor when cls is T, else an
 * instance of the subclass cls carrying a new T value. */
static rt_value native_new(rt_state *rt, rt_type_id kind, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    rt_value t = rt->type_objs[kind];
    if (kind == RT_T_ITER) { /* the iterator type (enumerate, zip, ...) the class derives from */
        rt_value cls = nargs >= 1 && rt_type_of(args[0]) == RT_T_TYPE ? args[0] : RT_NULL;
        for (; cls; cls = rt_type_obj_of(cls)->base)
            if (!(rt_type_obj_of(cls)->tflags & RT_TF_HEAP) &&
                rt_type_obj_of(cls)->inst_type == RT_T_ITER) {
                t = cls;
                break;
            }
    }
    const char *tn = rt_type_obj_name(t);
    if (nargs < 1)
        return rt_raise(rt, RT_EXC_TypeError, "%s.__new__(): not enough arguments", tn);
    rt_value cls = args[0];
    if (rt_type_of(cls) != RT_T_TYPE)
        return rt_raise(rt, RT_EXC_TypeError, "%s.__new__(X): X is not a type object (%s)", tn,
                        rt_type_name(cls));
    if (cls == t)
        return rt__type_call(rt, t, args + 1, nargs - 1, kwnames);
    if (!rt_type_is_subtype(cls, t) || rt_type_obj_of(cls)->native != kind)
        return rt_raise(rt, RT_EXC_TypeError, "%s.__new__(%s): %s is not a subtype of %s", tn,
                        rt_type_obj_name(cls), rt_type_obj_name(cls), tn);
    if (kind_mutable(kind))
        return rt_inst_new(rt, cls); /* empty; __init__ fills it */
    rt_value base = rt__type_call(rt, t, args + 1, nargs - 1, kwnames);
    if (!base)
        return RT_NULL;
    rt_value o = rt_inst_new(rt, cls);
    if (!o) {
        rt_decref(rt, base);
        return RT_NULL;
    }
    rt_inst_of(o)->slots[0] = base;
    return o;
}

#define NEW_FN(fname, kind)                                                                        \
    static rt_value fname(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,         \
                          rt_value kwnames)                                                        \
    {                                                                                              \
        (void)self;                                                                                \
        return native_new(rt, kind, args, nargs, kwnames);                                         \
    }
NEW_FN(list_new, RT_T_LIST)
NEW_FN(dict_new, RT_T_DICT)
NEW_FN(tuple_new, RT_T_TUPLE)
NEW_FN(set_new, RT_T_SET)
NEW_FN(str_new, RT_T_STR)
NEW_FN(bytes_new, RT_T_BYTES)
NEW_FN(int_new, RT_T_INT)
NEW_FN(float_new, RT_T_FLOAT)
NEW_FN(deque_new, RT_T_DEQUE)
NEW_FN(complex_new, RT_T_COMPLEX)
NEW_FN(iter_new, RT_T_ITER)
NEW_FN(property_new, RT_T_PROPERTY)
#undef NEW_FN

/* The receiver of these is the builtin value itself (the base value of a
 * subclass instance: see rt__builtin_receiver). */
static rt_value list_init(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    if (rt_args_range(rt, "list", nargs, kwnames, 0, 1) < 0)
        return RT_NULL;
    rt_list_clear(rt, self);
    if (nargs && rt_list_extend(rt, self, args[0]) < 0)
        return RT_NULL;
    return RT_NONE;
}

static rt_value dict_init(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    return rt__dict_update_args(rt, self, "dict", args, nargs, kwnames) < 0 ? RT_NULL : RT_NONE;
}

static rt_value set_init(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    if (rt_args_range(rt, "set", nargs, kwnames, 0, 1) < 0)
        return RT_NULL;
    rt_set_clear(rt, self);
    if (nargs && rt_set_update(rt, self, args[0]) < 0)
        return RT_NULL;
    return RT_NONE;
}

static rt_value deque_init(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    return rt__deque_init(rt, self, args, nargs, kwnames) < 0 ? RT_NULL : RT_NONE;
}

/* Immutable values are complete after __new__; their __init__ (object's)
 * accepts the constructor's arguments, as CPython's does when __new__ is
 * not object's. */
static rt_value value_init(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)rt;
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return RT_NONE;
}

/* ---- the special methods by name -------------------------------------------------------- */

static rt_value w_getitem(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    if (rt_args_one(rt, "__getitem__", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_getitem(rt, self, args[0]);
}

static rt_value w_setitem(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    if (rt_args_range(rt, "__setitem__", nargs, kwnames, 2, 2) < 0)
        return RT_NULL;
    return rt_setitem(rt, self, args[0], args[1]) < 0 ? RT_NULL : RT_NONE;
}

static rt_value w_delitem(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    if (rt_args_one(rt, "__delitem__", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_delitem(rt, self, args[0]) < 0 ? RT_NULL : RT_NONE;
}

static rt_value w_len(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                      rt_value kwnames)
{
    (void)args;
    int64_t n;
    if (rt_args_none(rt, "__len__", nargs, kwnames) < 0 || rt_len(rt, self, &n) < 0)
        return RT_NULL;
    return rt_int_from_i64(rt, n);
}

static rt_value w_contains(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    if (rt_args_one(rt, "__contains__", nargs, kwnames) < 0)
        return RT_NULL;
    int r = rt_contains(rt, self, args[0]);
    return r < 0 ? RT_NULL : rt_bool(r);
}

static rt_value w_iter(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                       rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__iter__", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_getiter(rt, self);
}

static rt_value w_next(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                       rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__next__", nargs, kwnames) < 0)
        return RT_NULL;
    rt_value v;
    int r = rt_iternext(rt, self, &v);
    if (r != 0)
        return r < 0 ? RT_NULL : v;
    return rt_raise_stop_iteration(rt);
}

static rt_value w_repr(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                       rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__repr__", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_repr(rt, self);
}

static rt_value w_hash(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                       rt_value kwnames)
{
    (void)args;
    int64_t h;
    if (rt_args_none(rt, "__hash__", nargs, kwnames) < 0 || rt_hash(rt, self, &h) < 0)
        return RT_NULL;
    return rt_int_from_i64(rt, h);
}

static rt_value cmp(rt_state *rt, rt_cmp_kind op, const char *name, rt_value self,
                    const rt_value *args, size_t nargs, rt_value kwnames)
{
    if (rt_args_one(rt, name, nargs, kwnames) < 0)
        return RT_NULL;
    return rt_compare(rt, op, self, rt__native_unwrap(args[0]));
}

static rt_value binop(rt_state *rt, rt_binop_kind op, const char *name, rt_value self,
                      const rt_value *args, size_t nargs, rt_value kwnames)
{
    if (rt_args_one(rt, name, nargs, kwnames) < 0)
        return RT_NULL;
    return rt_binop(rt, op, self, rt__native_unwrap(args[0]));
}

#define CMP_FN(fname, op, name)                                                                    \
    static rt_value fname(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,         \
                          rt_value kwnames)                                                        \
    {                                                                                              \
        return cmp(rt, op, name, self, args, nargs, kwnames);                                      \
    }
CMP_FN(w_eq, RT_CMP_EQ, "__eq__")
CMP_FN(w_ne, RT_CMP_NE, "__ne__")
CMP_FN(w_lt, RT_CMP_LT, "__lt__")
CMP_FN(w_le, RT_CMP_LE, "__le__")
CMP_FN(w_gt, RT_CMP_GT, "__gt__")
CMP_FN(w_ge, RT_CMP_GE, "__ge__")
#undef CMP_FN

#define BINOP_FN(fname, op, name)                                                                  \
    static rt_value fname(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,         \
                          rt_value kwnames)                                                        \
    {                                                                                              \
        return binop(rt, op, name, self, args, nargs, kwnames);                                    \
    }
BINOP_FN(w_add, RT_OP_ADD, "__add__")
BINOP_FN(w_sub, RT_OP_SUB, "__sub__")
BINOP_FN(w_mul, RT_OP_MUL, "__mul__")
BINOP_FN(w_mod, RT_OP_MOD, "__mod__")
BINOP_FN(w_and, RT_OP_AND, "__and__")
BINOP_FN(w_or, RT_OP_OR, "__or__")
BINOP_FN(w_xor, RT_OP_XOR, "__xor__")
#undef BINOP_FN

/* other OP self: the reflected operators, as the operator itself computes them */
static rt_value rbinop(rt_state *rt, rt_binop_kind op, const char *name, rt_value self,
                       const rt_value *args, size_t nargs, rt_value kwnames)
{
    if (rt_args_one(rt, name, nargs, kwnames) < 0)
        return RT_NULL;
    return rt_binop(rt, op, rt__native_unwrap(args[0]), self);
}

/* self OP= other (the result of the in-place operator, self for a mutable kind) */
static rt_value ibinop(rt_state *rt, rt_binop_kind op, const char *name, rt_value self,
                       const rt_value *args, size_t nargs, rt_value kwnames)
{
    if (rt_args_one(rt, name, nargs, kwnames) < 0)
        return RT_NULL;
    return rt_inplace_op(rt, op, self, rt__native_unwrap(args[0]));
}

#define OP_FN(fname, how, op, name)                                                                \
    static rt_value fname(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,         \
                          rt_value kwnames)                                                        \
    {                                                                                              \
        return how(rt, op, name, self, args, nargs, kwnames);                                      \
    }
OP_FN(w_truediv, binop, RT_OP_TRUEDIV, "__truediv__")
OP_FN(w_floordiv, binop, RT_OP_FLOORDIV, "__floordiv__")
OP_FN(w_pow, binop, RT_OP_POW, "__pow__")
OP_FN(w_lshift, binop, RT_OP_LSHIFT, "__lshift__")
OP_FN(w_rshift, binop, RT_OP_RSHIFT, "__rshift__")
OP_FN(w_rtruediv, rbinop, RT_OP_TRUEDIV, "__rtruediv__")
OP_FN(w_rfloordiv, rbinop, RT_OP_FLOORDIV, "__rfloordiv__")
OP_FN(w_rpow, rbinop, RT_OP_POW, "__rpow__")
OP_FN(w_rlshift, rbinop, RT_OP_LSHIFT, "__rlshift__")
OP_FN(w_rrshift, rbinop, RT_OP_RSHIFT, "__rrshift__")
OP_FN(w_radd, rbinop, RT_OP_ADD, "__radd__")
OP_FN(w_rsub, rbinop, RT_OP_SUB, "__rsub__")
OP_FN(w_rmul, rbinop, RT_OP_MUL, "__rmul__")
OP_FN(w_rmod, rbinop, RT_OP_MOD, "__rmod__")
OP_FN(w_rand, rbinop, RT_OP_AND, "__rand__")
OP_FN(w_ror, rbinop, RT_OP_OR, "__ror__")
OP_FN(w_rxor, rbinop, RT_OP_XOR, "__rxor__")
OP_FN(w_iadd, ibinop, RT_OP_ADD, "__iadd__")
OP_FN(w_isub, ibinop, RT_OP_SUB, "__isub__")
OP_FN(w_imul, ibinop, RT_OP_MUL, "__imul__")
OP_FN(w_iand, ibinop, RT_OP_AND, "__iand__")
OP_FN(w_ior, ibinop, RT_OP_OR, "__ior__")
OP_FN(w_ixor, ibinop, RT_OP_XOR, "__ixor__")
#undef OP_FN

static rt_value w_reversed(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__reversed__", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_iter_reversed(rt, self);
}

static rt_value w_bool(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                       rt_value kwnames)
{
    (void)args;
    int t = rt_args_none(rt, "__bool__", nargs, kwnames) < 0 ? -1 : rt_truthy(rt, self);
    return t < 0 ? RT_NULL : rt_bool(t);
}

/* bytearray.__alloc__(): the bytes its buffer holds, one more than its
 * length at least (CPython's count of the terminating byte) */
static rt_value w_alloc(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__alloc__", nargs, kwnames) < 0)
        return RT_NULL;
    const rt_bytearray_obj *b = rt_bytearray_obj_of(self);
    int64_t n = b->cap > b->len ? b->cap : b->len + 1;
    return rt_int_from_i64(rt, n);
}

static rt_value w_bytes(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__bytes__", nargs, kwnames) < 0)
        return RT_NULL;
    rt_incref(self);
    return self;
}

/* int.__int__, float.__int__, int.__index__, *.__float__: the value made
 * by the builtin type (self unwrapped: a subclass converts its base value);
 * __abs__ as abs(). */
static rt_value convert(rt_state *rt, rt_type_id to, const char *name, rt_value self, size_t nargs,
                        rt_value kwnames)
{
    if (rt_args_none(rt, name, nargs, kwnames) < 0)
        return RT_NULL;
    rt_value v = rt__native_unwrap(self);
    return rt__type_call(rt, rt->type_objs[to], &v, 1, RT_NULL);
}
static rt_value w_int(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                      rt_value kwnames)
{
    (void)args;
    return convert(rt, RT_T_INT, "__int__", self, nargs, kwnames);
}
static rt_value w_index(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames)
{
    (void)args;
    return convert(rt, RT_T_INT, "__index__", self, nargs, kwnames);
}
static rt_value w_float(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames)
{
    (void)args;
    return convert(rt, RT_T_FLOAT, "__float__", self, nargs, kwnames);
}
static rt_value w_abs(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                      rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__abs__", nargs, kwnames) < 0)
        return RT_NULL;
    rt_value v = rt__native_unwrap(self);
    if (rt_is_float(v))
        return rt_float_new(rt, fabs(rt_float_get(v)));
    return rt_bigint_abs(rt, v);
}

/* property.__init__(fget=None, fset=None, fdel=None, doc=None) on the base
 * property of a subclass instance (made empty by __new__): its accessors,
 * and the getter's docstring when no doc is given. */
static rt_value property_init(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                              rt_value kwnames)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    rt_value a[4];
    if (rt_args_parse(rt, "property", args, nargs, kwnames, 4, names, a) < 0)
        return RT_NULL;
    rt_value doc = a[3] && a[3] != RT_NONE ? own(a[3]) : RT_NULL;
    if (!doc && a[0] && rt_is_func(a[0])) {
        doc = rt_getattr(rt, a[0], rt->ids[RT_ID_doc]);
        if (!doc)
            return RT_NULL;
        if (doc == RT_NONE) {
            rt_decref(rt, doc);
            doc = RT_NULL;
        }
    }
    rt_descr *p = rt_descr_of(self);
    rt_value old[4] = {p->a, p->b, p->c, p->d};
    p->a = a[0] && a[0] != RT_NONE ? own(a[0]) : RT_NULL;
    p->b = a[1] && a[1] != RT_NONE ? own(a[1]) : RT_NULL;
    p->c = a[2] && a[2] != RT_NONE ? own(a[2]) : RT_NULL;
    p->d = doc;
    for (int i = 0; i < 4; i++)
        rt_decref(rt, old[i]);
    return own(RT_NONE);
}

/* property.__get__(obj, type=None), __set__(obj, value), __delete__(obj): the
 * descriptor protocol of a subclass's base property. */
static rt_value w_get(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                      rt_value kwnames)
{
    if (rt_args_range(rt, "__get__", nargs, kwnames, 1, 2) < 0)
        return RT_NULL;
    if (args[0] == RT_NONE && (nargs < 2 || args[1] == RT_NONE))
        return rt_raise(rt, RT_EXC_TypeError, "__get__(None, None) is invalid");
    rt_value obj = args[0] == RT_NONE ? RT_NULL : args[0];
    rt_value type = nargs > 1 && args[1] != RT_NONE ? args[1] : rt_type_obj_get(rt, args[0]);
    return rt__descr_get(rt, self, obj, type);
}

static rt_value w_set(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                      rt_value kwnames)
{
    if (rt_args_range(rt, "__set__", nargs, kwnames, 2, 2) < 0 ||
        rt__property_set(rt, self, args[0], args[1]) < 0)
        return RT_NULL;
    return own(RT_NONE);
}

static rt_value w_delete(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    if (rt_args_one(rt, "__delete__", nargs, kwnames) < 0 ||
        rt__property_set(rt, self, args[0], RT_NULL) < 0)
        return RT_NULL;
    return own(RT_NONE);
}

/* getter/setter/deleter of a property subclass's instance (self: the
 * instance, not its base): type(self)(fget, fset, fdel, None) with one of the
 * accessors replaced; the docstring comes from the getter again, as
 * CPython's copy of a subclass's property keeps none of its own. */
static rt_value sub_copy(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames, int which, const char *qual)
{
    if (rt_args_one(rt, qual, nargs, kwnames) < 0)
        return RT_NULL;
    rt_value base = rt__native_base(self);
    if (!base || rt_type_of(base) != RT_T_PROPERTY)
        return rt_raise(rt, RT_EXC_TypeError, "%s() needs a property", qual);
    rt_descr *p = rt_descr_of(base);
    rt_value f[4] = {p->a ? p->a : RT_NONE, p->b ? p->b : RT_NONE, p->c ? p->c : RT_NONE, RT_NONE};
    f[which] = args[0];
    for (int i = 0; i < 4; i++) /* held: the constructor runs Python code */
        rt_incref(f[i]);
    rt_value r = rt_call(rt, rt_type_obj_get(rt, self), f, 4, RT_NULL);
    for (int i = 0; i < 4; i++)
        rt_decref(rt, f[i]);
    return r;
}

static rt_value sub_getter(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    return sub_copy(rt, self, args, nargs, kwnames, 0, "getter");
}

static rt_value sub_setter(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    return sub_copy(rt, self, args, nargs, kwnames, 1, "setter");
}

static rt_value sub_deleter(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    return sub_copy(rt, self, args, nargs, kwnames, 2, "deleter");
}

static const rt_builtin_def property_copiers[] = {
    {"getter", sub_getter}, {"setter", sub_setter}, {"deleter", sub_deleter}};

const rt_builtin_def *rt__property_copier(rt_value name)
{
    for (size_t i = 0; i < sizeof property_copiers / sizeof property_copiers[0]; i++)
        if (rt_str_eq_cstr(name, property_copiers[i].name))
            return &property_copiers[i];
    return NULL;
}

/* Each name with the builtin kinds that have it. */
static const struct {
    rt_builtin_def def;
    unsigned kinds;
} slot_methods[] = {
    {{"__getitem__", w_getitem}, K_SEQ | K_DICT | K_DEQUE | K_BINARY | K_MVIEW | K_RANGE},
    {{"__setitem__", w_setitem}, K_LIST | K_DICT | K_DEQUE | K_BYTEARRAY | K_MVIEW},
    {{"__delitem__", w_delitem}, K_LIST | K_DICT | K_DEQUE | K_BYTEARRAY | K_MVIEW},
    {{"__len__", w_len}, K_SIZED | K_BINARY | K_MVIEW | K_RANGE},
    {{"__contains__", w_contains}, K_SIZED | K_BINARY | K_RANGE},
    {{"__iter__", w_iter}, K_SIZED | K_ITER | K_BINARY | K_MVIEW | K_RANGE},
    {{"__reversed__", w_reversed}, K_LIST | K_DICT | K_RANGE},
    {{"__bool__", w_bool}, K_INT | K_FLOAT | K_COMPLEX | K_RANGE},
    {{"__next__", w_next}, K_ITER},
    {{"__repr__", w_repr}, K_ALL},
    {{"__hash__", w_hash}, K_TUPLE | K_STR | K_BYTES | K_INT | K_FLOAT | K_COMPLEX},
    {{"__eq__", w_eq}, K_ALL},
    {{"__ne__", w_ne}, K_ALL},
    {{"__lt__", w_lt}, K_ALL & ~K_DICT},
    {{"__le__", w_le}, K_ALL & ~K_DICT},
    {{"__gt__", w_gt}, K_ALL & ~K_DICT},
    {{"__ge__", w_ge}, K_ALL & ~K_DICT},
    {{"__add__", w_add}, K_SEQ | K_DEQUE | K_INT | K_FLOAT | K_COMPLEX | K_BINARY},
    {{"__sub__", w_sub}, K_SET | K_INT | K_FLOAT | K_COMPLEX},
    {{"__mul__", w_mul}, K_SEQ | K_DEQUE | K_INT | K_FLOAT | K_COMPLEX | K_BINARY},
    {{"__mod__", w_mod}, K_STR | K_INT | K_FLOAT | K_BINARY},
    {{"__and__", w_and}, K_SET | K_INT},
    {{"__or__", w_or}, K_DICT | K_SET | K_INT},
    {{"__xor__", w_xor}, K_SET | K_INT},
    {{"__truediv__", w_truediv}, K_INT | K_FLOAT | K_COMPLEX},
    {{"__floordiv__", w_floordiv}, K_INT | K_FLOAT},
    {{"__pow__", w_pow}, K_INT | K_FLOAT | K_COMPLEX},
    {{"__lshift__", w_lshift}, K_INT},
    {{"__rshift__", w_rshift}, K_INT},
    {{"__rtruediv__", w_rtruediv}, K_INT | K_FLOAT | K_COMPLEX},
    {{"__rfloordiv__", w_rfloordiv}, K_INT | K_FLOAT},
    {{"__rpow__", w_rpow}, K_INT | K_FLOAT | K_COMPLEX},
    {{"__rlshift__", w_rlshift}, K_INT},
    {{"__rrshift__", w_rrshift}, K_INT},
    {{"__radd__", w_radd}, K_INT | K_FLOAT | K_COMPLEX},
    {{"__rsub__", w_rsub}, K_SET | K_INT | K_FLOAT | K_COMPLEX},
    {{"__rmul__", w_rmul}, K_SEQ | K_DEQUE | K_INT | K_FLOAT | K_COMPLEX | K_BINARY},
    {{"__rmod__", w_rmod}, K_STR | K_INT | K_FLOAT | K_BINARY},
    {{"__rand__", w_rand}, K_SET | K_INT},
    {{"__ror__", w_ror}, K_DICT | K_SET | K_INT},
    {{"__rxor__", w_rxor}, K_SET | K_INT},
    /* the in-place ones of the mutable kinds (frozenset has none) */
    {{"__iadd__", w_iadd}, K_LIST | K_DEQUE | K_BYTEARRAY},
    {{"__isub__", w_isub}, K_SET},
    {{"__imul__", w_imul}, K_LIST | K_DEQUE | K_BYTEARRAY},
    {{"__iand__", w_iand}, K_SET},
    {{"__ior__", w_ior}, K_DICT | K_SET},
    {{"__ixor__", w_ixor}, K_SET},
    {{"__alloc__", w_alloc}, K_BYTEARRAY},
    {{"__bytes__", w_bytes}, K_BYTES},
    {{"__int__", w_int}, K_INT | K_FLOAT},
    {{"__index__", w_index}, K_INT},
    {{"__float__", w_float}, K_INT | K_FLOAT},
    {{"__abs__", w_abs}, K_INT | K_FLOAT},
    {{"__init__", list_init}, K_LIST},
    {{"__init__", dict_init}, K_DICT},
    {{"__init__", set_init}, K_SET},
    {{"__init__", deque_init}, K_DEQUE},
    {{"__init__", value_init}, K_TUPLE | K_STR | K_BYTES | K_INT | K_FLOAT | K_COMPLEX | K_ITER},
    {{"__new__", list_new}, K_LIST},
    {{"__new__", dict_new}, K_DICT},
    {{"__new__", tuple_new}, K_TUPLE},
    {{"__new__", set_new}, K_SET},
    {{"__new__", str_new}, K_STR},
    {{"__new__", bytes_new}, K_BYTES},
    {{"__new__", int_new}, K_INT},
    {{"__new__", float_new}, K_FLOAT},
    {{"__new__", deque_new}, K_DEQUE},
    {{"__new__", complex_new}, K_COMPLEX},
    {{"__new__", iter_new}, K_ITER},
    {{"__new__", property_new}, K_PROPERTY},
    {{"__init__", property_init}, K_PROPERTY},
    {{"__get__", w_get}, K_PROPERTY},
    {{"__set__", w_set}, K_PROPERTY},
    {{"__delete__", w_delete}, K_PROPERTY},
};

const rt_builtin_def *rt__slot_method_find(rt_state *rt, rt_type_id type, rt_value name)
{
    (void)rt;
    /* frozenset (not subclassable natively) has set's protocol methods, but not the ones
     * that make or fill a set */
    bool frozen = type == RT_T_FROZENSET;
    unsigned k = frozen ? K_SET : kind_bit(type);
    const char *s = rt_str_data(name);
    if (!k || s[0] != '_' || s[1] != '_')
        return NULL;
    if (frozen && (strcmp(s, "__init__") == 0 || strcmp(s, "__new__") == 0 ||
                   (s[2] == 'i' && (s[3] == 'a' || s[3] == 's' || s[3] == 'o' || s[3] == 'x'))))
        return NULL;
    for (size_t i = 0; i < sizeof slot_methods / sizeof slot_methods[0]; i++)
        if ((slot_methods[i].kinds & k) && strcmp(slot_methods[i].def.name, s) == 0)
            return &slot_methods[i].def;
    return NULL;
}

int rt__slot_method_names(rt_state *rt, rt_type_id type, rt_value set)
{
    bool frozen = type == RT_T_FROZENSET;
    unsigned k = frozen ? K_SET : kind_bit(type);
    for (size_t i = 0; k && i < sizeof slot_methods / sizeof slot_methods[0]; i++) {
        const char *s = slot_methods[i].def.name;
        if (!(slot_methods[i].kinds & k))
            continue;
        rt_value name = rt_str_new(rt, s, strlen(s));
        if (!name)
            return -1;
        /* the rule rt__slot_method_find applies (frozenset's exceptions) */
        bool has = rt__slot_method_find(rt, type, name) == &slot_methods[i].def;
        int r = has ? rt_dict_set(rt, set, name, RT_NONE) : 0;
        rt_decref(rt, name);
        if (r < 0)
            return -1;
    }
    return 0;
}

bool rt__slot_method_is_init(const rt_builtin_def *def)
{
    return def->fn == list_init || def->fn == dict_init || def->fn == set_init ||
           def->fn == deque_init || def->fn == value_init || def->fn == property_init;
}

/* ---- the protocol's fallbacks that need more than the base value ----------------------- */

rt_value rt__native_getitem(rt_state *rt, rt_value v, rt_value base, rt_value key)
{
    if (!rt_is_dict(base))
        return rt_getitem(rt, base, key);
    /* dict subclasses may define __missing__ (defaultdict, Counter) */
    rt_value m = rt__special(rt, v, RT_ID_missing);
    if (!m)
        return rt_getitem(rt, base, key);
    rt_value r;
    int found = rt_dict_lookup(rt, base, key, &r);
    if (found < 0)
        return RT_NULL;
    if (found) {
        rt_incref(r);
        return r;
    }
    return rt__call_special(rt, m, v, &key, 1);
}
