/* type.c: the typeinfo slot table, the builtin type objects of a state,
 * exception classes' representation, isinstance and type names. */
#include "runtime/type.h"
#include "runtime/weakref.h"

#include <string.h>

#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/class.h"
#include "runtime/complex.h"
#include "runtime/deque.h"
#include "runtime/dict.h"
#include "runtime/gen.h"
#include "runtime/heap.h"
#include "runtime/iter.h"
#include "runtime/itertools.h"
#include "runtime/list.h"
#include "runtime/lru.h"
#include "runtime/mappingproxy.h"
#include "runtime/memoryview.h"
#include "runtime/num.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/shkeys.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/typecache.h"

/* ---- slot records of the immediates and of builtins ------------------------ */

static size_t word_size(const rt_obj *o)
{
    (void)o;
    return sizeof(rt_value);
}

static void no_dealloc(rt_state *rt, rt_obj *o)
{
    (void)rt;
    (void)o;
}

static const rt_typeinfo none_typeinfo = {"NoneType", false, word_size, NULL, NULL, no_dealloc};
static const rt_typeinfo bool_typeinfo = {"bool", false, word_size, NULL, NULL, no_dealloc};
static const rt_typeinfo builtin_typeinfo = {
    "builtin_function_or_method", true, rt__builtin_size, rt__builtin_traverse, rt__builtin_clear,
    rt__builtin_dealloc};

const rt_typeinfo *const rt_typeinfos[RT_T_COUNT] = {
    [RT_T_NONE] = &none_typeinfo,
    [RT_T_BOOL] = &bool_typeinfo,
    [RT_T_INT] = &rt__int_typeinfo,
    [RT_T_FLOAT] = &rt__float_typeinfo,
    [RT_T_STR] = &rt__str_typeinfo,
    [RT_T_TUPLE] = &rt__tuple_typeinfo,
    [RT_T_LIST] = &rt__list_typeinfo,
    [RT_T_DICT] = &rt__dict_typeinfo,
    [RT_T_SET] = &rt__set_typeinfo,
    [RT_T_RANGE] = &rt__range_typeinfo,
    [RT_T_ITER] = &rt__iter_typeinfo,
    [RT_T_FUNCTION] = &rt__function_typeinfo,
    [RT_T_BUILTIN] = &builtin_typeinfo,
    [RT_T_CELL] = &rt__cell_typeinfo,
    [RT_T_CODE] = &rt__code_typeinfo,
    [RT_T_FRAME] = &rt__frame_typeinfo,
    [RT_T_EXC] = &rt__exc_typeinfo,
    [RT_T_TYPE] = &rt__type_typeinfo,
    [RT_T_MODULE] = &rt__module_typeinfo,
    [RT_T_SLICE] = &rt__slice_typeinfo,
    [RT_T_GENERATOR] = &rt__gen_typeinfo,
    [RT_T_INSTANCE] = &rt__inst_typeinfo,
    [RT_T_METHOD] = &rt__method_typeinfo,
    [RT_T_STATICMETHOD] = &rt__staticmethod_typeinfo,
    [RT_T_CLASSMETHOD] = &rt__classmethod_typeinfo,
    [RT_T_PROPERTY] = &rt__property_typeinfo,
    [RT_T_SUPER] = &rt__super_typeinfo,
    [RT_T_NOTIMPL] = &rt__notimpl_typeinfo,
    [RT_T_ELLIPSIS] = &rt__ellipsis_typeinfo,
    [RT_T_MEMBER] = &rt__member_typeinfo,
    [RT_T_GETSET] = &rt__getset_typeinfo,
    [RT_T_WEAKREF] = &rt__weakref_typeinfo,
    [RT_T_DEQUE] = &rt__deque_typeinfo,
    [RT_T_ITERTOOL] = &rt__itertool_typeinfo,
    [RT_T_LRU] = &rt__lru_typeinfo,
    [RT_T_BYTES] = &rt__bytes_typeinfo,
    [RT_T_BYTEARRAY] = &rt__bytearray_typeinfo,
    [RT_T_FROZENSET] = &rt__frozenset_typeinfo,
    [RT_T_MAPPINGPROXY] = &rt__mproxy_typeinfo,
    [RT_T_COMPLEX] = &rt__complex_typeinfo,
    [RT_T_MEMORYVIEW] = &rt__mview_typeinfo,
    [RT_T_AGEN_AWAIT] = &rt__agen_await_typeinfo,
};

/* ---- type objects ------------------------------------------------------------ */

static size_t type_size(const rt_obj *o)
{
    return sizeof(rt_gc_link) + sizeof(rt_type_obj) +
           rt__shkeys_bytes(((const rt_type_obj *)o)->keys);
}

static void type_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt_type_obj *t = (rt_type_obj *)o;
    rt_value fields[] = {t->name, t->qualname, t->base, t->bases,  t->mro,
                         t->dict, t->slots,    t->meta, t->unbound};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (rt_is_obj(fields[i]))
            visit(rt_as_obj(fields[i]), arg);
}

static void type_clear(rt_state *rt, rt_obj *o)
{
    rt_type_obj *t = (rt_type_obj *)o;
    rt_value d = t->dict, b = t->base, bs = t->bases, m = t->mro, sl = t->slots, mt = t->meta;
    rt_value ub = t->unbound;
    t->dict = t->base = t->bases = t->mro = t->slots = t->meta = t->unbound = RT_NULL;
    rt__type_modified(rt, rt_from_obj(o)); /* its cached lookups point into what goes now */
    rt_decref(rt, d);
    rt_decref(rt, b);
    rt_decref(rt, bs);
    rt_decref(rt, m);
    rt_decref(rt, sl);
    rt_decref(rt, mt);
    rt_decref(rt, ub);
}

static void type_dealloc(rt_state *rt, rt_obj *o)
{
    rt_type_obj *t = (rt_type_obj *)o;
    type_clear(rt, o);
    rt_decref(rt, t->name);
    rt_decref(rt, t->qualname);
    rt_decref(rt, t->tpname);
    rt__shkeys_free(rt, o, t->keys);
    t->keys = NULL;
    rt_obj_free(rt, o, sizeof(rt_type_obj));
}

const rt_typeinfo rt__type_typeinfo = {"type",        true,       type_size,
                                       type_traverse, type_clear, type_dealloc};

/* base's MRO with base in front: the MRO tail of a class with one base. */
static rt_value mro_tail_of(rt_state *rt, rt_value base)
{
    if (!base)
        return rt_tuple_new(rt, 0);
    rt_value bm = rt_type_obj_of(base)->mro;
    int64_t n = bm ? rt_tuple_len(bm) : 0;
    rt_value m = rt_tuple_new(rt, n + 1);
    if (!m)
        return RT_NULL;
    rt_incref(base);
    rt_tuple_set_steal(m, 0, base);
    for (int64_t i = 0; i < n; i++) {
        rt_value c = rt_tuple_items(bm)[i];
        rt_incref(c);
        rt_tuple_set_steal(m, i + 1, c);
    }
    return m;
}

static rt_value type_new(rt_state *rt, const char *name, int inst_type, int exc_kind, rt_value base)
{
    rt_value nm = rt_str_intern(rt, name, strlen(name));
    if (!nm)
        return RT_NULL;
    rt_value mro = RT_NULL;
    if (base && !(mro = mro_tail_of(rt, base))) {
        rt_decref(rt, nm);
        return RT_NULL;
    }
    rt_type_obj *t = (rt_type_obj *)rt_obj_alloc(rt, RT_T_TYPE, sizeof(rt_type_obj));
    if (!t) {
        rt_decref(rt, nm);
        rt_decref(rt, mro);
        return RT_NULL;
    }
    t->inst_type = (int8_t)inst_type;
    t->exc_kind = (int8_t)exc_kind;
    t->name = nm;
    rt_incref(base);
    t->base = base;
    t->mro = mro;
    return rt_from_obj(t);
}

int rt__types_init(rt_state *rt)
{
    /* object first: every other builtin type derives from it */
    rt_value obj = type_new(rt, "object", RT_T_INSTANCE, -1, RT_NULL);
    if (!obj)
        return -1;
    rt->type_objs[RT_T_INSTANCE] = obj;
    if (!(rt_type_obj_of(obj)->mro = rt_tuple_new(rt, 0)))
        return -1;
    /* object() has no __dict__ (no attributes, no weak references); a
     * class statement's classes get theirs whatever object says */
    rt_type_obj_of(obj)->tflags |= RT_TF_NODICT;
    for (int id = 0; id < RT_T_COUNT; id++) {
        if (id == RT_T_INSTANCE || id == RT_T_BOOL)
            continue;
        rt_value t = type_new(rt, rt_typeinfos[id]->name, id, -1, obj);
        if (!t)
            return -1;
        rt->type_objs[id] = t;
    }
    /* bool is a subclass of int */
    rt_value b = type_new(rt, "bool", RT_T_BOOL, -1, rt->type_objs[RT_T_INT]);
    if (!b)
        return -1;
    rt->type_objs[RT_T_BOOL] = b;
    rt->coro_type = type_new(rt, "coroutine", RT_T_GENERATOR, -1, obj);
    if (!rt->coro_type)
        return -1;
    for (int k = 0; k < RT_ITER_KIND_COUNT; k++)
        if (!(rt->iter_types[k] =
                  type_new(rt, rt_iter_kind_name((rt_iter_kind)k), RT_T_ITER, -1, obj)))
            return -1;
    rt->agen_type = type_new(rt, "async_generator", RT_T_GENERATOR, -1, obj);
    rt->athrow_type = type_new(rt, "async_generator_athrow", RT_T_AGEN_AWAIT, -1, obj);
    rt->anext_type = type_new(rt, "anext_awaitable", RT_T_AGEN_AWAIT, -1, obj);
    rt->coro_wrapper_type = type_new(rt, "coroutine_wrapper", RT_T_AGEN_AWAIT, -1, obj);
    return rt->coro_type && rt->agen_type && rt->athrow_type && rt->anext_type &&
                   rt->coro_wrapper_type
               ? 0
               : -1;
}

void rt__types_dispose(rt_state *rt)
{
    rt_decref(rt, rt->coro_type);
    rt->coro_type = RT_NULL;
    for (int k = 0; k < RT_ITER_TYPES_MAX; k++) {
        rt_value t = rt->iter_types[k];
        rt->iter_types[k] = RT_NULL;
        rt_decref(rt, t);
    }
    rt_decref(rt, rt->agen_type);
    rt->agen_type = RT_NULL;
    rt_decref(rt, rt->athrow_type);
    rt->athrow_type = RT_NULL;
    rt_decref(rt, rt->anext_type);
    rt->anext_type = RT_NULL;
    rt_decref(rt, rt->coro_wrapper_type);
    rt->coro_wrapper_type = RT_NULL;
    for (int id = RT_T_COUNT - 1; id >= 0; id--) {
        rt_value t = rt->type_objs[id];
        rt->type_objs[id] = RT_NULL;
        rt_decref(rt, t);
    }
}

rt_value rt_type_new_exc_class(rt_state *rt, const char *name, rt_value base, int kind)
{
    return type_new(rt, name, RT_T_EXC, kind, base ? base : rt->type_objs[RT_T_INSTANCE]);
}

rt_value rt_type_obj_get(rt_state *rt, rt_value v)
{
    rt_type_id id = rt_type_of(v);
    if (id == RT_T_EXC)
        return rt__exc_class(v);
    if (id == RT_T_INSTANCE)
        return rt_inst_of(v)->cls;
    if (id == RT_T_TYPE && rt_type_obj_of(v)->meta)
        return rt_type_obj_of(v)->meta;
    if (id == RT_T_GENERATOR && rt_gen_of(v)->is_coro)
        return rt->coro_type;
    if (id == RT_T_ITER && rt->iter_types[rt_iter_obj_of(v)->kind])
        return rt->iter_types[rt_iter_obj_of(v)->kind];
    if (id == RT_T_ITERTOOL && rt->itertool_types[rt_itertool_of(v)->kind])
        return rt->itertool_types[rt_itertool_of(v)->kind];
    if (id == RT_T_GENERATOR && rt_gen_of(v)->agen)
        return rt->agen_type;
    if (id == RT_T_AGEN_AWAIT)
        return rt__agen_await_type(rt, v);
    return rt->type_objs[id];
}

const char *rt_type_obj_name(rt_value t)
{
    return rt_str_data(rt_type_obj_of(t)->name);
}

const char *rt_type_name(rt_value v)
{
    rt_type_id id = rt_type_of(v);
    switch (id) {
    case RT_T_ITER: return rt_iter_kind_name((rt_iter_kind)rt_iter_obj_of(v)->kind);
    case RT_T_GENERATOR:
        return rt_gen_of(v)->agen      ? "async_generator"
               : rt_gen_of(v)->is_coro ? "coroutine"
                                       : "generator";
    case RT_T_AGEN_AWAIT: return rt__agen_await_name(v);
    case RT_T_ITERTOOL: return rt_itertool_name(v);
    case RT_T_EXC: {
        rt_value cls = rt__exc_class(v);
        return cls ? rt_type_obj_name(cls) : "BaseException";
    }
    case RT_T_INSTANCE: {
        const rt_type_obj *to = rt_type_obj_of(rt_inst_of(v)->cls);
        return rt_str_data(to->tpname ? to->tpname : to->name);
    }
    case RT_T_TYPE:
        return rt_type_obj_of(v)->meta ? rt_type_obj_name(rt_type_obj_of(v)->meta) : "type";
    default: return rt_typeinfos[id]->name;
    }
}

bool rt_type_is_subtype(rt_value t, rt_value base)
{
    if (t == base)
        return true;
    rt_value m = rt_type_obj_of(t)->mro;
    if (m) {
        int64_t n = rt_tuple_len(m);
        const rt_value *items = rt_tuple_items(m);
        for (int64_t i = 0; i < n; i++)
            if (items[i] == base)
                return true;
        return false;
    }
    for (t = rt_type_obj_of(t)->base; t; t = rt_type_obj_of(t)->base)
        if (t == base)
            return true;
    return false;
}

bool rt_isinstance(rt_state *rt, rt_value v, rt_value t)
{
    rt_value vt = rt_type_obj_get(rt, v);
    return vt && rt_type_is_subtype(vt, t);
}

/* ---- the ops.h hooks --------------------------------------------------------- */

rt_value rt__type_repr(rt_state *rt, rt_value t)
{
    rt_type_obj *to = rt_type_obj_of(t);
    if (to->meta && rt__special(rt, t, RT_ID_repr))
        return rt__inst_repr(rt, t); /* the metaclass's __repr__ */
    if (to->tflags & RT_TF_HEAP) {
        rt_value mod = to->dict ? rt_dict_get(rt, to->dict, rt->ids[RT_ID_module]) : RT_NULL;
        rt_value qn = to->qualname ? to->qualname : to->name;
        if (mod && rt_is_str(mod) && strcmp(rt_str_data(mod), "builtins"))
            return rt_str_printf(rt, "<class '%s.%s'>", rt_str_data(mod), rt_str_data(qn));
        return rt_str_printf(rt, "<class '%s'>", rt_str_data(qn));
    }
    bool user = to->inst_type == RT_T_EXC && to->exc_kind < 0 && !(to->tflags & RT_TF_EXCBUILT);
    return rt_str_printf(rt, "<class '%s%s'>", user ? "__main__." : "", rt_str_data(to->name));
}
