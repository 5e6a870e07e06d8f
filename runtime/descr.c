/* descr.c: the small objects classes are made of: bound methods,
 * staticmethod, classmethod, property, super and NotImplemented (their
 * slots, attributes, reprs and constructors), and the state's interned
 * special names (ids.h). */
#include <inttypes.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/func.h"
#include "runtime/heap.h"
#include "runtime/objid.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

/* ---- interned names and NotImplemented --------------------------------------- */

int rt__ids_init(rt_state *rt)
{
    static const char *const names[RT_ID_COUNT] = {
#define RT_X_ID(id, s) s,
        RT_IDS(RT_X_ID)
#undef RT_X_ID
    };
    for (int i = 0; i < RT_ID_COUNT; i++)
        if (!(rt->ids[i] = rt_str_intern(rt, names[i], strlen(names[i]))))
            return -1;
    rt_obj *o = rt_obj_alloc(rt, RT_T_NOTIMPL, sizeof(rt_obj));
    if (!o)
        return -1;
    rt->notimpl = rt_from_obj(o);
    o = rt_obj_alloc(rt, RT_T_ELLIPSIS, sizeof(rt_obj));
    if (!o)
        return -1;
    rt->ellipsis = rt_from_obj(o);
    return 0;
}

void rt__ids_dispose(rt_state *rt)
{
    rt_value n = rt->notimpl;
    rt->notimpl = RT_NULL;
    rt_decref(rt, n);
    n = rt->ellipsis;
    rt->ellipsis = RT_NULL;
    rt_decref(rt, n);
    for (int i = 0; i < RT_ID_COUNT; i++) {
        rt_value s = rt->ids[i];
        rt->ids[i] = RT_NULL;
        rt_decref(rt, s);
    }
}

rt_value rt_notimpl(rt_state *rt)
{
    return rt->notimpl;
}

static size_t notimpl_size(const rt_obj *o)
{
    (void)o;
    return sizeof(rt_obj);
}

static void notimpl_dealloc(rt_state *rt, rt_obj *o)
{
    rt_obj_free(rt, o, sizeof(rt_obj));
}

const rt_typeinfo rt__notimpl_typeinfo = {"NotImplementedType", false, notimpl_size, NULL, NULL,
                                          notimpl_dealloc};
/* Ellipsis (`...`): a singleton like NotImplemented, with the same slots. */
const rt_typeinfo rt__ellipsis_typeinfo = {"ellipsis", false, notimpl_size,
                                           NULL,       NULL,  notimpl_dealloc};

static rt_value own(rt_value v);

/* ---- the shared layout ------------------------------------------------------------ */

static size_t descr_size(const rt_obj *o)
{
    (void)o;
    return sizeof(rt_gc_link) + sizeof(rt_descr);
}

static void descr_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt_descr *d = (rt_descr *)o;
    rt_value f[5] = {d->a, d->b, d->c, d->d, d->e};
    for (int i = 0; i < 5; i++)
        if (rt_is_obj(f[i]))
            visit(rt_as_obj(f[i]), arg);
}

static void descr_clear(rt_state *rt, rt_obj *o)
{
    rt_descr *d = (rt_descr *)o;
    rt_value f[5] = {d->a, d->b, d->c, d->d, d->e};
    d->a = d->b = d->c = d->d = d->e = RT_NULL;
    for (int i = 0; i < 5; i++)
        rt_decref(rt, f[i]);
}

static void descr_dealloc(rt_state *rt, rt_obj *o)
{
    descr_clear(rt, o);
    rt_obj_free(rt, o, sizeof(rt_descr));
}

#define DESCR_INFO(var, pyname)                                                                    \
    const rt_typeinfo var = {pyname, true, descr_size, descr_traverse, descr_clear, descr_dealloc}
DESCR_INFO(rt__method_typeinfo, "method");
DESCR_INFO(rt__staticmethod_typeinfo, "staticmethod");
DESCR_INFO(rt__classmethod_typeinfo, "classmethod");
DESCR_INFO(rt__property_typeinfo, "property");
DESCR_INFO(rt__super_typeinfo, "super");
DESCR_INFO(rt__member_typeinfo, "member_descriptor");
DESCR_INFO(rt__getset_typeinfo, "getset_descriptor");

static rt_value member_unset(rt_state *rt, rt_value m, rt_value obj)
{
    return rt_raise(rt, RT_EXC_AttributeError, "'%s' object has no attribute '%s'",
                    rt_type_name(obj), rt_str_data(rt_descr_of(m)->a));
}

/* obj's slot for member m, or NULL with TypeError when obj is not an
 * instance of the class that declared it. */
static rt_value *member_slot(rt_state *rt, rt_value m, rt_value obj)
{
    rt_descr *d = rt_descr_of(m);
    if (!rt_is_inst(obj) || !rt_isinstance(rt, obj, d->b)) {
        rt_raise(rt, RT_EXC_TypeError,
                 "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 rt_str_data(d->a), rt_type_obj_name(d->b), rt_type_name(obj));
        return NULL;
    }
    return &rt_inst_of(obj)->slots[rt_smallint_get(d->c)];
}

rt_value rt__member_get(rt_state *rt, rt_value m, rt_value obj)
{
    rt_value *p = member_slot(rt, m, obj);
    if (!p)
        return RT_NULL;
    if (!*p)
        return member_unset(rt, m, obj);
    return own(*p);
}

int rt__member_set(rt_state *rt, rt_value m, rt_value obj, rt_value v)
{
    rt_value *p = member_slot(rt, m, obj);
    if (!p)
        return -1;
    if (!v && !*p) {
        rt_raise(rt, RT_EXC_AttributeError, "%s", rt_str_data(rt_descr_of(m)->a));
        return -1;
    }
    rt_setref(rt, p, v);
    return 0;
}

rt_value rt_descr_new(rt_state *rt, rt_type_id kind, rt_value a, rt_value b, rt_value c, rt_value d)
{
    rt_descr *o = (rt_descr *)rt_obj_alloc(rt, kind, sizeof(rt_descr));
    if (!o)
        return RT_NULL;
    rt_incref(a);
    rt_incref(b);
    rt_incref(c);
    rt_incref(d);
    o->a = a;
    o->b = b;
    o->c = c;
    o->d = d;
    o->e = RT_NULL;
    return rt_from_obj(o);
}

rt_value rt_method_new(rt_state *rt, rt_value func, rt_value self)
{
    return rt_descr_new(rt, RT_T_METHOD, func, self, RT_NULL, RT_NULL);
}

/* ---- attributes ---------------------------------------------------------------- */

static rt_value own(rt_value v)
{
    rt_incref(v);
    return v;
}

static rt_value or_none(rt_value v)
{
    return v ? own(v) : RT_NONE;
}

/* property.getter / .setter / .deleter: a copy with one accessor replaced. */
static rt_value prop_copy(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames, int which, const char *qual)
{
    if (rt_args_one(rt, qual, nargs, kwnames) < 0)
        return RT_NULL;
    rt_descr *p = rt_descr_of(self);
    rt_value f[3] = {p->a, p->b, p->c};
    f[which] = args[0] == RT_NONE ? RT_NULL : args[0];
    rt_value doc = p->d;
    if (which == 0 && args[0] != RT_NONE) {
        /* a new getter brings its docstring along, as CPython */
        doc = RT_NULL;
    }
    rt_value r = rt_descr_new(rt, RT_T_PROPERTY, f[0], f[1], f[2], doc);
    if (r && p->e)
        rt_descr_of(r)->e = own(p->e);
    if (r && which == 0 && rt_is_func(args[0])) {
        rt_value d = rt_getattr(rt, args[0], rt->ids[RT_ID_doc]);
        if (!d) {
            rt_decref(rt, r);
            return RT_NULL;
        }
        if (d != RT_NONE)
            rt_descr_of(r)->d = d;
        else
            rt_decref(rt, d);
    }
    return r;
}

static rt_value prop_getter(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    return prop_copy(rt, self, args, nargs, kwnames, 0, "getter");
}
static rt_value prop_setter(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    return prop_copy(rt, self, args, nargs, kwnames, 1, "setter");
}
static rt_value prop_deleter(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    return prop_copy(rt, self, args, nargs, kwnames, 2, "deleter");
}

static const rt_builtin_def prop_methods[] = {
    {"getter", prop_getter}, {"setter", prop_setter}, {"deleter", prop_deleter}, {NULL, NULL}};

/* d.__get__(obj, type=None) of a staticmethod, classmethod or property: what
 * reading it through obj (None: through the class `type`) gives. */
static rt_value descr_get_method(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                 rt_value kwnames)
{
    if (rt_args_range(rt, "__get__", nargs, kwnames, 1, 2) < 0)
        return RT_NULL;
    rt_value obj = args[0] == RT_NONE ? RT_NULL : args[0];
    rt_value type = nargs == 2 && args[1] != RT_NONE ? args[1] : RT_NULL;
    if (!obj && !type)
        return rt_raise(rt, RT_EXC_TypeError, "__get__(None, None) is invalid");
    return rt__descr_get(rt, self, obj, type ? type : rt_type_obj_get(rt, obj));
}

static const rt_builtin_def descr_get_def = {"__get__", descr_get_method};

rt_value rt__descr_getattr(rt_state *rt, rt_value v, rt_value name)
{
    rt_descr *d = rt_descr_of(v);
    const char *s = rt_str_data(name);
    switch (rt_type_of(v)) {
    case RT_T_METHOD:
        if (!strcmp(s, "__self__"))
            return own(d->b);
        if (!strcmp(s, "__func__"))
            return own(d->a);
        if (!strcmp(s, "__class__"))
            return own(rt->type_objs[RT_T_METHOD]);
        if (strcmp(s, "__doc__") != 0) { /* m.__hash__, m.__eq__: the method's own */
            rt_value m = rt__object_method_bound(rt, v, name);
            if (m || rt->exc)
                return m;
        }
        /* everything else comes from the function: __name__, __doc__, attributes */
        return rt_getattr(rt, d->a, name);
    case RT_T_STATICMETHOD:
    case RT_T_CLASSMETHOD:
        if (!strcmp(s, "__func__") || !strcmp(s, "__wrapped__"))
            return own(d->a);
        if (!strcmp(s, "__class__"))
            return own(rt_type_obj_get(rt, v));
        if (!strcmp(s, "__name__") || !strcmp(s, "__qualname__") || !strcmp(s, "__doc__") ||
            !strcmp(s, "__module__"))
            return rt_getattr(rt, d->a, name);
        if (!strcmp(s, "__get__"))
            return rt_builtin_new(rt, &descr_get_def, v);
        break;
    case RT_T_PROPERTY:
        if (!strcmp(s, "fget"))
            return or_none(d->a);
        if (!strcmp(s, "fset"))
            return or_none(d->b);
        if (!strcmp(s, "fdel"))
            return or_none(d->c);
        if (!strcmp(s, "__doc__"))
            return or_none(d->d);
        if (!strcmp(s, "__class__"))
            return own(rt->type_objs[RT_T_PROPERTY]);
        if (!strcmp(s, "__get__"))
            return rt_builtin_new(rt, &descr_get_def, v);
        for (int i = 0; prop_methods[i].name; i++)
            if (!strcmp(s, prop_methods[i].name))
                return rt_builtin_new(rt, &prop_methods[i], v);
        break;
    case RT_T_SUPER: return rt__super_getattr(rt, v, name);
    case RT_T_MEMBER:
        if (!strcmp(s, "__name__"))
            return own(d->a);
        if (!strcmp(s, "__objclass__"))
            return own(d->b);
        if (!strcmp(s, "__class__"))
            return own(rt->type_objs[RT_T_MEMBER]);
        break;
    case RT_T_NOTIMPL:
    case RT_T_ELLIPSIS:
        if (!strcmp(s, "__class__"))
            return own(rt->type_objs[rt_type_of(v)]);
        break;
    default: break;
    }
    return rt_raise(rt, RT_EXC_AttributeError, "'%s' object has no attribute '%s'", rt_type_name(v),
                    s);
}

int rt__property_setattr(rt_state *rt, rt_value v, rt_value name, rt_value value)
{
    const char *s = rt_str_data(name);
    if (!strcmp(s, "__doc__")) {
        /* writable, as CPython's (namedtuple fields get their docstrings so) */
        rt_setref(rt, &rt_descr_of(v)->d, value == RT_NONE ? RT_NULL : value);
        return 0;
    }
    static const char *const fields[] = {"fget", "fset", "fdel", "__isabstractmethod__", NULL};
    for (int i = 0; fields[i]; i++)
        if (!strcmp(s, fields[i])) {
            rt_raise(rt, RT_EXC_AttributeError, "readonly attribute");
            return -1;
        }
    rt_raise(rt, RT_EXC_AttributeError, "'property' object has no attribute '%s'", s);
    return -1;
}

rt_value rt__descr_repr(rt_state *rt, rt_value v)
{
    rt_descr *d = rt_descr_of(v);
    switch (rt_type_of(v)) {
    case RT_T_METHOD: {
        rt_value q = rt_getattr(rt, d->a, rt->ids[RT_ID_qualname]);
        if (!q) {
            rt_exc_clear(rt);
            q = rt_str_from_cstr(rt, "?");
            if (!q)
                return RT_NULL;
        }
        rt_value r = rt_repr(rt, d->b);
        rt_value out = RT_NULL;
        if (r && rt_is_str(q))
            out = rt_str_printf(rt, "<bound method %s of %s>", rt_str_data(q), rt_str_data(r));
        else if (r)
            out = rt_str_printf(rt, "<bound method ? of %s>", rt_str_data(r));
        rt_decref(rt, q);
        rt_decref(rt, r);
        return out;
    }
    case RT_T_STATICMETHOD:
    case RT_T_CLASSMETHOD: {
        rt_value r = rt_repr(rt, d->a);
        if (!r)
            return RT_NULL;
        rt_value out = rt_str_printf(rt, "<%s(%s)>", rt_type_name(v), rt_str_data(r));
        rt_decref(rt, r);
        return out;
    }
    case RT_T_SUPER:
        /* CPython names the classes by their bare names: "<super: <class 'B'>,
         * <B object>>", NULL for an unbound super (super(B)) */
        if (!d->b)
            return rt_str_printf(rt, "<super: <class '%s'>, NULL>", rt_type_obj_name(d->a));
        return rt_str_printf(rt, "<super: <class '%s'>, <%s object>>", rt_type_obj_name(d->a),
                             rt_type_obj_name(d->c));
    case RT_T_NOTIMPL: return rt_str_from_cstr(rt, "NotImplemented");
    case RT_T_ELLIPSIS: return rt_str_from_cstr(rt, "Ellipsis");
    case RT_T_MEMBER:
        return rt_str_printf(rt, "<member '%s' of '%s' objects>", rt_str_data(d->a),
                             rt_type_obj_name(d->b));
    default:
        return rt_str_printf(rt, "<%s object at 0x%" PRIx64 ">", rt_type_name(v),
                             rt__objid_of_value(rt, v));
    }
}

/* ---- construction from Python ---------------------------------------------------- */

rt_value rt__descr_construct(rt_state *rt, rt_type_id kind, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    switch (kind) {
    case RT_T_STATICMETHOD:
    case RT_T_CLASSMETHOD: {
        const char *n = kind == RT_T_STATICMETHOD ? "staticmethod" : "classmethod";
        if (rt_args_range(rt, n, nargs, kwnames, 1, 1) < 0)
            return RT_NULL;
        return rt_descr_new(rt, kind, args[0], RT_NULL, RT_NULL, RT_NULL);
    }
    case RT_T_PROPERTY: {
        static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
        rt_value a[4];
        if (rt_args_parse(rt, "property", args, nargs, kwnames, 4, names, a) < 0)
            return RT_NULL;
        for (int i = 0; i < 4; i++)
            if (a[i] == RT_NONE)
                a[i] = RT_NULL;
        rt_value r = rt_descr_new(rt, kind, a[0], a[1], a[2], a[3]);
        if (r && !a[3] && a[0] && rt_is_func(a[0])) {
            rt_value doc = rt_getattr(rt, a[0], rt->ids[RT_ID_doc]);
            if (!doc) {
                rt_decref(rt, r);
                return RT_NULL;
            }
            if (doc != RT_NONE)
                rt_descr_of(r)->d = doc;
        }
        return r;
    }
    case RT_T_SUPER: return rt__builtin_super(rt, args, nargs);
    case RT_T_NOTIMPL:
        if (nargs || rt_kw_count(kwnames))
            return rt_raise(rt, RT_EXC_TypeError, "NotImplementedType takes no arguments");
        return own(rt->notimpl);
    case RT_T_ELLIPSIS:
        if (nargs || rt_kw_count(kwnames))
            return rt_raise(rt, RT_EXC_TypeError, "ellipsis takes no arguments");
        return own(rt->ellipsis);
    default:
        return rt_raise(rt, RT_EXC_TypeError, "cannot create '%s' instances",
                        rt_typeinfos[kind]->name);
    }
}
