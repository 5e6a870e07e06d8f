/* instance.c: instances of user classes: their memory slots, the generic
 * attribute algorithm (data descriptors, the instance dict, other
 * descriptors, __getattr__), and the special methods the object protocol
 * (ops.c) calls on them: repr/str/format, arithmetic with reflected forms
 * and NotImplemented, rich comparisons, truth, hash, len, items,
 * iteration and calls. */
#include <inttypes.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/class.h"
#include "runtime/complex.h"
#include "runtime/deque.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/func.h"
#include "runtime/heap.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/objid.h"
#include "runtime/set.h"
#include "runtime/shkeys.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

#define ID(x) (rt->ids[RT_ID_##x])

static rt_value own(rt_value v)
{
    rt_incref(v);
    return v;
}

/* ---- slots and inline values ------------------------------------------------------ */

static size_t inst_bytes(uint32_t nslots, uint32_t vcap)
{
    return sizeof(rt_inst) + (nslots + vcap) * sizeof(rt_value);
}

static uint32_t nslots_of(const rt_inst *i)
{
    return rt_type_obj_of(i->cls)->nslots;
}

static size_t inst_size(const rt_obj *o)
{
    const rt_inst *i = (const rt_inst *)o;
    return sizeof(rt_gc_link) + inst_bytes(nslots_of(i), i->vcap);
}

/* Room for the values of the names the class's instances have had so far:
 * an instance that gets another one moves to a dict, and the class's keys
 * learn the name for the instances born after it. */
static uint32_t vcap_for(const rt_type_obj *t)
{
    if (t->tflags & RT_TF_NODICT)
        return 0;
    return t->keys ? t->keys->n : 0;
}

rt_value rt_inst_new(rt_state *rt, rt_value cls)
{
    rt_type_obj *t = rt_type_obj_of(cls);
    uint32_t n = t->nslots, vcap = vcap_for(t);
    rt_inst *o = (rt_inst *)rt_obj_alloc(rt, RT_T_INSTANCE, inst_bytes(n, vcap));
    if (!o)
        return RT_NULL;
    rt_incref(cls);
    o->cls = cls;
    o->vcap = vcap; /* the block is zeroed: no values, no dict, slots unset */
    if (t->native && rt__native_fill(rt, rt_from_obj(o)) < 0) {
        rt_decref(rt, rt_from_obj(o));
        return RT_NULL;
    }
    return rt_from_obj(o);
}

rt_value rt__inst_value_find(rt_state *rt, rt_value obj, rt_value name)
{
    (void)rt;
    rt_inst *in = rt_inst_of(obj);
    int32_t ix = rt__shkeys_find(rt_type_obj_of(in->cls)->keys, name);
    return ix >= 0 && (uint32_t)ix < in->vcount ? rt__inst_values(in, nslots_of(in))[ix] : RT_NULL;
}

/* Drops the inline values (dict mode from here on or the instance dies). */
static void values_drop(rt_state *rt, rt_inst *in)
{
    rt_value *vals = rt__inst_values(in, nslots_of(in));
    uint32_t n = in->vcount;
    in->vcount = 0;
    for (uint32_t k = 0; k < n; k++) {
        rt_value v = vals[k];
        vals[k] = RT_NULL;
        rt_decref(rt, v);
    }
}

rt_value rt__inst_dict_get(rt_state *rt, rt_value obj)
{
    rt_inst *in = rt_inst_of(obj);
    if (in->dict)
        return in->dict;
    rt_value d = rt_dict_new_presized(rt, in->vcount);
    if (!d)
        return RT_NULL;
    const rt_shkeys *k = rt_type_obj_of(in->cls)->keys;
    rt_value *vals = rt__inst_values(in, nslots_of(in));
    for (uint32_t i = 0; i < in->vcount; i++)
        if (rt_dict_set(rt, d, k->names[i], vals[i]) < 0) {
            rt_decref(rt, d);
            return RT_NULL;
        }
    values_drop(rt, in);
    in->dict = d;
    return d;
}

/* The class's keys learn name (not in them) when an instance holding all of
 * them adds it: its index, -1 when they do not, -2 on MemoryError. */
static int32_t keys_learn(rt_state *rt, rt_type_obj *t, uint32_t have, rt_value name)
{
    if (rt_type_of(name) != RT_T_STR || have != (t->keys ? t->keys->n : 0))
        return -1;
    /* the keys hold the interned name: the one code's attribute names are */
    rt_value iname = rt_str_intern_value(rt, name);
    if (!iname)
        return -2;
    int32_t ix = rt__shkeys_add(rt, &t->hdr, &t->keys, iname);
    rt_decref(rt, iname);
    if (ix >= 0)
        t->version = 0; /* a cached absence of the name (instattr.h) no longer holds */
    return ix;
}

int rt__inst_keys_note(rt_state *rt, rt_value obj, rt_value name, int64_t had)
{
    rt_type_obj *t = rt_type_obj_of(rt_inst_of(obj)->cls);
    uint32_t n = t->keys ? t->keys->n : 0;
    if (had != (int64_t)n || n >= RT_SHKEYS_MAX || rt__shkeys_find(t->keys, name) >= 0)
        return 0;
    return keys_learn(rt, t, n, name) == -2 ? -1 : 0;
}

int rt__inst_value_set(rt_state *rt, rt_value obj, rt_value name, rt_value v, int32_t *hint)
{
    rt_inst *in = rt_inst_of(obj);
    rt_type_obj *t = rt_type_obj_of(in->cls);
    if (!in->dict) {
        int32_t ix = rt__shkeys_find(t->keys, name);
        if (ix < 0 && (ix = keys_learn(rt, t, in->vcount, name)) == -2)
            return -1;
        if (ix >= 0 && hint)
            *hint = ix;
        rt_value *vals = rt__inst_values(in, t->nslots);
        if (ix >= 0 && (uint32_t)ix < in->vcount) {
            rt_incref(v);
            rt_value old = vals[ix];
            vals[ix] = v;
            rt_decref(rt, old);
            return 0;
        }
        if (ix >= 0 && (uint32_t)ix == in->vcount && (uint32_t)ix < in->vcap) {
            rt_incref(v);
            vals[ix] = v;
            in->vcount++;
            return 0;
        }
        if (!rt__inst_dict_get(rt, obj))
            return -1;
        return rt_dict_set(rt, in->dict, name, v);
    }
    int64_t before = rt_dict_len(in->dict);
    if (rt_dict_set(rt, in->dict, name, v) < 0)
        return -1;
    return rt_dict_len(in->dict) > before ? rt__inst_keys_note(rt, obj, name, before) : 0;
}

int rt__inst_value_del(rt_state *rt, rt_value obj, rt_value name)
{
    rt_inst *in = rt_inst_of(obj);
    int32_t ix = rt__shkeys_find(rt_type_obj_of(in->cls)->keys, name);
    if (ix < 0 || (uint32_t)ix >= in->vcount)
        return 0;
    if ((uint32_t)ix == in->vcount - 1) {
        rt_value *vals = rt__inst_values(in, nslots_of(in));
        rt_value old = vals[ix];
        vals[ix] = RT_NULL;
        in->vcount--;
        rt_decref(rt, old);
        return 1;
    }
    rt_value d = rt__inst_dict_get(rt, obj), out;
    if (!d)
        return -1;
    int r = rt_dict_pop(rt, d, name, &out);
    if (r > 0)
        rt_decref(rt, out);
    return r;
}

static void inst_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt_inst *i = (rt_inst *)o;
    if (rt_is_obj(i->cls))
        visit(rt_as_obj(i->cls), arg);
    if (rt_is_obj(i->dict))
        visit(rt_as_obj(i->dict), arg);
    uint32_t n = nslots_of(i);
    for (uint32_t k = 0; k < n + i->vcount; k++)
        if (rt_is_obj(i->slots[k]))
            visit(rt_as_obj(i->slots[k]), arg);
}

static void inst_clear(rt_state *rt, rt_obj *o)
{
    rt_inst *i = (rt_inst *)o;
    rt_value d = i->dict;
    i->dict = RT_NULL;
    rt_decref(rt, d);
    values_drop(rt, i);
    for (uint32_t k = 0, n = nslots_of(i); k < n; k++) {
        rt_value v = i->slots[k];
        i->slots[k] = RT_NULL;
        rt_decref(rt, v);
    }
}

static void inst_dealloc(rt_state *rt, rt_obj *o)
{
    rt_inst *i = (rt_inst *)o;
    inst_clear(rt, o);
    rt_value c = i->cls;
    rt_obj_free(rt, o, inst_bytes(nslots_of(i), i->vcap));
    rt_decref(rt, c);
}

const rt_typeinfo rt__inst_typeinfo = {"object",      true,       inst_size,
                                       inst_traverse, inst_clear, inst_dealloc};

rt_value *rt__dict_slot(rt_value obj)
{
    switch (rt_type_of(obj)) {
    case RT_T_INSTANCE:
        if (rt_type_obj_of(rt_inst_of(obj)->cls)->tflags & RT_TF_NODICT)
            return NULL;
        return &rt_inst_of(obj)->dict;
    case RT_T_EXC: return &rt_exc_of(obj)->dict;
    default: return NULL;
    }
}

/* ---- attributes ---------------------------------------------------------------------- */

/* True when name is an attribute the builtin number base answers itself:
 * real and imag of any number, numerator and denominator of an int, a
 * complex number's conjugate (its type has no method table). */
static bool number_data_attr(rt_value base, rt_value name)
{
    if (rt_is_complex(base) && rt_str_eq_cstr(name, "conjugate"))
        return true;
    if (rt_str_eq_cstr(name, "real") || rt_str_eq_cstr(name, "imag"))
        return rt_is_number(base) || rt_is_complex(base);
    if (rt_str_eq_cstr(name, "numerator") || rt_str_eq_cstr(name, "denominator"))
        return rt_is_intlike(base);
    return false;
}

static rt_value no_attr(rt_state *rt, rt_value obj, rt_value name)
{
    return rt_raise(rt, RT_EXC_AttributeError, "'%s' object has no attribute '%s'",
                    rt_type_name(obj), rt_str_data(name));
}

/* Whether obj's attributes are its inline values: dictp is an instance's
 * dict slot, empty (see rt_inst). */
static bool inline_mode(rt_value obj, const rt_value *dictp)
{
    return dictp && !*dictp && rt_is_inst(obj) && dictp == &rt_inst_of(obj)->dict;
}

rt_value rt__generic_getattr(rt_state *rt, rt_value obj, rt_value name, rt_value *dictp,
                             bool allow_hook)
{
    rt_value t = rt_type_obj_get(rt, obj);
    return rt__generic_getattr_descr(rt, obj, name, dictp, allow_hook, rt_type_lookup(rt, t, name));
}

/* What descr's __get__ answered (r), or, when that raised AttributeError and the class has
 * __getattr__, what the hook answers: CPython asks the hook after any AttributeError of the
 * generic lookup, a property's included. */
static rt_value got_or_hook(rt_state *rt, rt_value obj, rt_value name, rt_value t, bool allow_hook,
                            rt_value r)
{
    if (r || !allow_hook || !rt_exc_matches(rt, RT_EXC_AttributeError))
        return r;
    rt_value ga = rt_type_lookup(rt, t, ID(getattr));
    if (!ga)
        return RT_NULL;
    rt_exc_clear(rt);
    return rt__call_special(rt, ga, obj, &name, 1);
}

rt_value rt__generic_getattr_descr(rt_state *rt, rt_value obj, rt_value name, rt_value *dictp,
                                   bool allow_hook, rt_value descr)
{
    rt_value t = rt_type_obj_get(rt, obj);
    if (descr && rt__is_data_descr(rt, descr))
        return got_or_hook(rt, obj, name, t, allow_hook, rt__descr_get(rt, descr, obj, t));
    if (dictp && *dictp) {
        rt_value v = rt_dict_get(rt, *dictp, name);
        if (v)
            return own(v);
        if (rt->exc)
            return RT_NULL;
    } else if (inline_mode(obj, dictp)) {
        rt_value v = rt__inst_value_find(rt, obj, name);
        if (v)
            return own(v);
    }
    if (descr)
        return got_or_hook(rt, obj, name, t, allow_hook, rt__descr_get(rt, descr, obj, t));
    if (rt_str_eq(name, ID(class)))
        return own(t);
    if (rt_str_eq(name, ID(dict)) && dictp) {
        if (inline_mode(obj, dictp))
            return rt__inst_dict_get(rt, obj) ? own(*dictp) : RT_NULL;
        if (!*dictp && !(*dictp = rt_dict_new(rt)))
            return RT_NULL;
        return own(*dictp);
    }
    const rt_builtin_def *def = rt__builtin_method_find(rt, t, name);
    if (def)
        return rt_builtin_new(rt, def, rt__builtin_receiver(obj, def));
    rt_value base = rt__native_base(obj); /* a deque subclass: the base value's maxlen */
    if (base && rt_is_deque(base) && rt_str_eq_cstr(name, "maxlen"))
        return rt__deque_getattr(rt, base, name);
    if (base && number_data_attr(base, name)) /* real, imag, ... of a number subclass */
        return rt_getattr(rt, base, name);
    if (base && rt_type_of(base) == RT_T_PROPERTY) { /* fget, setter, ... of a property's */
        const rt_builtin_def *copier = rt__property_copier(name);
        if (copier) /* a copy of the subclass's instance, not of its base */
            return rt_builtin_new(rt, copier, obj);
        rt_value r = rt_getattr(rt, base, name);
        if (r || !rt_exc_matches(rt, RT_EXC_AttributeError))
            return r;
        rt_exc_clear(rt);
    }
    if (allow_hook) {
        rt_value ga = rt_type_lookup(rt, t, ID(getattr));
        if (ga)
            return rt__call_special(rt, ga, obj, &name, 1);
    }
    return no_attr(rt, obj, name);
}

rt_value rt__inst_getattr(rt_state *rt, rt_value obj, rt_value name)
{
    rt_value t = rt_inst_of(obj)->cls;
    rt_value gab = rt_type_lookup(rt, t, ID(getattribute));
    if (gab) {
        rt_value r = rt__call_special(rt, gab, obj, &name, 1);
        if (r || !rt_exc_matches(rt, RT_EXC_AttributeError))
            return r;
        rt_value ga = rt_type_lookup(rt, t, ID(getattr));
        if (!ga)
            return RT_NULL;
        rt_exc_clear(rt);
        return rt__call_special(rt, ga, obj, &name, 1);
    }
    return rt__generic_getattr(rt, obj, name, rt__dict_slot(obj), true);
}

int rt__property_set(rt_state *rt, rt_value p, rt_value obj, rt_value v)
{
    rt_descr *d = rt_descr_of(p);
    rt_value f = v ? d->b : d->c;
    if (!f) {
        /* the name is known only when the class statement bound it (__set_name__) */
        if (d->e)
            rt_raise(rt, RT_EXC_AttributeError, "property '%s' of '%s' object has no %s",
                     rt_str_data(d->e), rt_type_name(obj), v ? "setter" : "deleter");
        else
            rt_raise(rt, RT_EXC_AttributeError, "property of '%s' object has no %s",
                     rt_type_name(obj), v ? "setter" : "deleter");
        return -1;
    }
    rt_value a[2] = {obj, v};
    rt_value r = rt_call(rt, f, a, v ? 2 : 1, RT_NULL);
    if (!r)
        return -1;
    rt_decref(rt, r);
    return 0;
}

int rt__generic_setattr(rt_state *rt, rt_value obj, rt_value name, rt_value v, rt_value *dictp)
{
    rt_value t = rt_type_obj_get(rt, obj);
    rt_value descr = rt_type_lookup(rt, t, name);
    if (descr) {
        rt_type_id k = rt_type_of(descr);
        if (k == RT_T_PROPERTY)
            return rt__property_set(rt, descr, obj, v);
        if (k == RT_T_MEMBER)
            return rt__member_set(rt, descr, obj, v);
        /* __weakref__ refuses; __dict__ is the instance's own (below) */
        if (k == RT_T_GETSET && !rt_str_eq(name, ID(dict)))
            return rt__getset_set(rt, descr, obj, v);
        if (k == RT_T_INSTANCE) {
            rt_value dt = rt_inst_of(descr)->cls;
            rt_value m = rt_type_lookup(rt, dt, v ? ID(set) : ID(delete));
            if (m) {
                rt_value a[2] = {obj, v};
                rt_value r = rt__call_special(rt, m, descr, a, v ? 2 : 1);
                if (!r)
                    return -1;
                rt_decref(rt, r);
                return 0;
            }
            if (rt_type_lookup(rt, dt, v ? ID(delete) : ID(set))) {
                rt_raise(rt, RT_EXC_AttributeError, v ? "__set__" : "__delete__");
                return -1;
            }
            rt_value base = rt__native_base(descr); /* property.__set__ of a subclass */
            if (base && rt_type_of(base) == RT_T_PROPERTY)
                return rt__property_set(rt, base, obj, v);
        }
    }
    if (rt_str_eq(name, ID(class)) && rt_is_inst(obj)) {
        /* before the dict: an instance of a class with __slots__ only may
         * change its class too */
        if (!v) {
            rt_raise(rt, RT_EXC_TypeError, "can't delete __class__ attribute");
            return -1;
        }
        if (rt_type_of(v) != RT_T_TYPE) {
            rt_raise(rt, RT_EXC_TypeError, "__class__ must be set to a class, not '%s' object",
                     rt_type_name(v));
            return -1;
        }
        if (!rt_type_is_heap(v) || rt_type_obj_of(v)->inst_type != RT_T_INSTANCE) {
            rt_raise(rt, RT_EXC_TypeError,
                     "__class__ assignment only supported for mutable types or ModuleType "
                     "subclasses");
            return -1;
        }
        rt_type_obj *now = rt_type_obj_of(rt_inst_of(obj)->cls), *to = rt_type_obj_of(v);
        if (now->native != to->native || now->nslots != to->nslots ||
            (now->tflags & RT_TF_NODICT) != (to->tflags & RT_TF_NODICT)) {
            rt_raise(rt, RT_EXC_TypeError,
                     "__class__ assignment: '%s' object layout differs from '%s'",
                     rt_type_obj_name(v), rt_str_data(now->name));
            return -1;
        }
        /* the inline values are indexed by the old class's keys */
        if (dictp && rt_inst_of(obj)->vcount && !rt__inst_dict_get(rt, obj))
            return -1;
        rt_setref(rt, &rt_inst_of(obj)->cls, v);
        return 0;
    }
    if (!dictp) {
        no_attr(rt, obj, name);
        return -1;
    }
    if (rt_str_eq(name, ID(dict)) && v) {
        if (!rt_is_dict(v)) {
            rt_raise(rt, RT_EXC_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                     rt_type_name(v));
            return -1;
        }
        if (inline_mode(obj, dictp))
            values_drop(rt, rt_inst_of(obj));
        rt_setref(rt, dictp, v);
        return 0;
    }
    if (inline_mode(obj, dictp)) {
        if (v)
            return rt__inst_value_set(rt, obj, name, v, NULL);
        int r = rt__inst_value_del(rt, obj, name);
        if (r <= 0) {
            if (r == 0)
                no_attr(rt, obj, name);
            return -1;
        }
        return 0;
    }
    if (!v) {
        if (*dictp) {
            rt_value out;
            int r = rt_dict_pop(rt, *dictp, name, &out);
            if (r > 0) {
                rt_decref(rt, out);
                return 0;
            }
            if (r < 0)
                return -1;
        }
        no_attr(rt, obj, name);
        return -1;
    }
    if (rt_is_inst(obj) && dictp == &rt_inst_of(obj)->dict)
        return rt__inst_value_set(rt, obj, name, v, NULL); /* (the class learns the name) */
    if (!*dictp && !(*dictp = rt_dict_new(rt)))
        return -1;
    return rt_dict_set(rt, *dictp, name, v);
}

int rt__inst_setattr(rt_state *rt, rt_value obj, rt_value name, rt_value v)
{
    rt_value t = rt_type_obj_get(rt, obj);
    rt_value hook = rt_type_lookup(rt, t, v ? ID(setattr) : ID(delattr));
    if (hook) {
        rt_value a[2] = {name, v};
        rt_value r = rt__call_special(rt, hook, obj, a, v ? 2 : 1);
        if (!r)
            return -1;
        rt_decref(rt, r);
        return 0;
    }
    return rt__generic_setattr(rt, obj, name, v, rt__dict_slot(obj));
}

/* ---- text ---------------------------------------------------------------------------- */

static rt_value checked_str(rt_state *rt, rt_value r, const char *what)
{
    if (r && !rt_is_str(r)) {
        rt_raise(rt, RT_EXC_TypeError, "%s returned non-string (type %s)", what, rt_type_name(r));
        rt_decref(rt, r);
        return RT_NULL;
    }
    return r;
}

rt_value rt__inst_repr(rt_state *rt, rt_value v)
{
    rt_value m = rt__special(rt, v, RT_ID_repr);
    if (m)
        return checked_str(rt, rt__call_special(rt, m, v, NULL, 0), "__repr__");
    if (rt_is_exc(v))
        return rt__exc_repr(rt, v);
    rt_value base = rt__native_base(v);
    if (base && rt_is_deque(base)) /* deque's repr names the class: Stack([1, 2]) */
        return rt__deque_repr_as(rt, base, rt_type_obj_name(rt_type_obj_get(rt, v)));
    if (base)
        return rt_repr(rt, base);
    rt_value t = rt_type_obj_get(rt, v);
    if (rt_type_is_subtype(t, rt->type_objs[RT_T_MODULE]))
        return rt__module_inst_repr(rt, v);
    rt_type_obj *to = rt_type_obj_of(t);
    rt_value mod = to->dict ? rt_dict_get(rt, to->dict, ID(module)) : RT_NULL;
    rt_value qn = to->qualname ? to->qualname : to->name;
    if (mod && rt_is_str(mod) && strcmp(rt_str_data(mod), "builtins"))
        return rt_str_printf(rt, "<%s.%s object at 0x%" PRIx64 ">", rt_str_data(mod),
                             rt_str_data(qn), rt__objid_of_value(rt, v));
    return rt_str_printf(rt, "<%s object at 0x%" PRIx64 ">", rt_str_data(qn),
                         rt__objid_of_value(rt, v));
}

rt_value rt__inst_str(rt_state *rt, rt_value v)
{
    rt_value m = rt__special(rt, v, RT_ID_str);
    if (m)
        return checked_str(rt, rt__call_special(rt, m, v, NULL, 0), "__str__");
    if (rt_is_exc(v))
        return rt__exc_str(rt, v);
    rt_value base = rt__native_base(v);
    if (base && rt_is_str(base))
        return own(base); /* str.__str__; the other bases print their repr */
    if (base && rt_is_bytes(base))
        return rt_repr(rt, base); /* bytes.__str__ is its own repr, not the class's */
    return rt__inst_repr(rt, v);
}

rt_value rt__inst_format(rt_state *rt, rt_value v, rt_value spec)
{
    rt_value m = rt__special(rt, v, RT_ID_format);
    if (m) {
        rt_value r = rt__call_special(rt, m, v, &spec, 1);
        if (r && !rt_is_str(r)) {
            rt_raise(rt, RT_EXC_TypeError, "__format__ must return a str, not %s", rt_type_name(r));
            rt_decref(rt, r);
            return RT_NULL;
        }
        return r;
    }
    rt_value base = rt__native_base(v);
    if (base && (rt_str_len(spec) || rt_type_of(base) == RT_T_INT || rt_is_str(base) ||
                 rt_type_of(base) == RT_T_FLOAT || rt_is_smallint(base)))
        return rt_format(rt, base, spec); /* int.__format__, str.__format__, ... */
    if (rt_str_len(spec))
        return rt_raise(rt, RT_EXC_TypeError, "unsupported format string passed to %s.__format__",
                        rt_type_name(v));
    return rt_str(rt, v);
}

/* ---- arithmetic ------------------------------------------------------------------------- */

/* Calls special `id` of v with one argument when v's class defines it:
 * the result (NotImplemented included), or RT_NULL with *found false when
 * it does not (no exception) or with an exception set. */
static rt_value try_special(rt_state *rt, rt_value v, rt_id id, rt_value arg, bool *found)
{
    rt_value m = rt__special(rt, v, id);
    *found = m != RT_NULL;
    if (!m || m == RT_NONE) {
        *found = false;
        return RT_NULL;
    }
    return rt__call_special(rt, m, v, &arg, 1);
}

static bool is_subclass_override(rt_state *rt, rt_value a, rt_value b, rt_id rid)
{
    rt_value ta = rt_type_obj_get(rt, a), tb = rt_type_obj_get(rt, b);
    if (ta == tb || !rt_type_is_subtype(tb, ta) || !rt__is_user_obj(b))
        return false;
    rt_value mb = rt_type_lookup(rt, tb, rt->ids[rid]);
    return mb && mb != rt_type_lookup(rt, ta, rt->ids[rid]);
}

/* The rank of a builtin number in the tower int < float < complex (a
 * subclass instance counts as its base value), or -1 for anything else. */
static int num_rank(rt_value v)
{
    v = rt__native_unwrap(v);
    if (rt_is_smallint(v) || rt_is_bool(v) || rt_type_of(v) == RT_T_INT)
        return 0;
    if (rt_type_of(v) == RT_T_FLOAT)
        return 1;
    return rt_is_complex(v) ? 2 : -1;
}

/* True when the builtin operation of a's number type handles a OP b: CPython
 * calls it before b's reflected method unless b's class is a subclass of a's
 * that overrides it (float.__add__(2.5, I(1)) for an int subclass I, which
 * takes any int). A number's operation takes an operand of its own or a lower
 * rank; floats have no bitwise operations, complex numbers no floor division
 * or modulo either. */
static bool native_binop_handles(rt_binop_kind op, rt_value a, rt_value b)
{
    int ra = num_rank(a), rb = num_rank(b);
    if (ra < 0 || rb < 0 || rb > ra)
        return false;
    if (ra >= 1 && op >= RT_OP_LSHIFT)
        return false;
    return ra < 2 || (op != RT_OP_FLOORDIV && op != RT_OP_MOD);
}

rt_value rt__inst_binop(rt_state *rt, rt_binop_kind op, rt_value a, rt_value b, bool inplace)
{
    bool found;
    rt_value r;
    if (inplace) {
        r = try_special(rt, a, (rt_id)(RT_ID_iadd + op), b, &found);
        if (found && (!r || r != rt->notimpl))
            return r;
        if (r)
            rt_decref(rt, r);
    }
    rt_id fid = (rt_id)(RT_ID_add + op), rid = (rt_id)(RT_ID_radd + op);
    bool swapped_first = is_subclass_override(rt, a, b, rid);
    if (swapped_first) {
        r = try_special(rt, b, rid, a, &found);
        if (found && (!r || r != rt->notimpl))
            return r;
        rt_decref(rt, r);
    }
    r = try_special(rt, a, fid, b, &found);
    if (found && (!r || r != rt->notimpl))
        return r;
    rt_decref(rt, r);
    if (!found && native_binop_handles(op, a, b))
        return rt_binop(rt, op, rt__native_unwrap(a), rt__native_unwrap(b));
    if (!found && op == RT_OP_MOD) {
        /* str % x and bytes % x format whatever x is (they never answer
         * NotImplemented), so b's __rmod__ is asked only when its class is a
         * subclass of a's that overrides it (swapped_first above): '%s' %
         * UserString('x') formats, where UserString.__rmod__ would recurse */
        rt_value ua = rt__native_unwrap(a);
        if (rt_is_str(ua))
            return rt_str_percent(rt, ua, b);
        if (rt_is_byteslike(ua))
            return rt_bytes_percent(rt, ua, b);
    }
    if (!swapped_first && rt_type_obj_get(rt, a) != rt_type_obj_get(rt, b)) {
        r = try_special(rt, b, rid, a, &found);
        if (found && (!r || r != rt->notimpl))
            return r;
        rt_decref(rt, r);
    }
    return own(rt->notimpl);
}

rt_value rt__inst_matmul(rt_state *rt, rt_value a, rt_value b, bool inplace)
{
    bool found;
    rt_value r;
    if (inplace) {
        r = try_special(rt, a, RT_ID_imatmul, b, &found);
        if (found && (!r || r != rt->notimpl))
            return r;
        rt_decref(rt, r);
    }
    r = try_special(rt, a, RT_ID_matmul, b, &found);
    if (found && (!r || r != rt->notimpl))
        return r;
    rt_decref(rt, r);
    if (rt_type_obj_get(rt, a) != rt_type_obj_get(rt, b)) {
        r = try_special(rt, b, RT_ID_rmatmul, a, &found);
        if (found && (!r || r != rt->notimpl))
            return r;
        rt_decref(rt, r);
    }
    return rt_raise(rt, RT_EXC_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                    inplace ? "@=" : "@", rt_type_name(a), rt_type_name(b));
}

rt_value rt__inst_unop(rt_state *rt, rt_unop_kind op, rt_value a)
{
    static const rt_id ids[] = {RT_ID_neg, RT_ID_pos, RT_ID_invert};
    static const char *const sym[] = {"-", "+", "~"};
    if ((unsigned)op > RT_UOP_INVERT)
        return rt_raise(rt, RT_EXC_TypeError, "bad unary operator");
    rt_value m = rt__special(rt, a, ids[op]);
    rt_value base = rt__native_base(a);
    if (!m && base)
        return rt_unop(rt, op, base);
    if (!m || m == RT_NONE)
        return rt_raise(rt, RT_EXC_TypeError, "bad operand type for unary %s: '%s'", sym[op],
                        rt_type_name(a));
    return rt__call_special(rt, m, a, NULL, 0);
}

/* ---- comparisons ------------------------------------------------------------------------ */

static const rt_id cmp_ids[] = {RT_ID_lt, RT_ID_le, RT_ID_eq, RT_ID_ne, RT_ID_gt, RT_ID_ge};
static const rt_cmp_kind swapped[] = {RT_CMP_GT, RT_CMP_GE, RT_CMP_EQ,
                                      RT_CMP_NE, RT_CMP_LT, RT_CMP_LE};
static const char *const cmp_sym[] = {"<", "<=", "==", "!=", ">", ">="};

/* True when the builtin comparison of ua's type handles ua OP ub (both builtin
 * values): numbers per native_binop_handles' tower (complex numbers only test
 * equality), other values of the same type, bytes with bytearray, set with
 * frozenset. Otherwise it returns NotImplemented. */
static bool native_compare_handles(rt_cmp_kind op, rt_value ua, rt_value ub)
{
    int ra = num_rank(ua), rb = num_rank(ub);
    if (ra >= 0 || rb >= 0)
        return rb >= 0 && rb <= ra && (ra < 2 || op == RT_CMP_EQ || op == RT_CMP_NE);
    return rt_type_of(ua) == rt_type_of(ub) || (rt_is_byteslike(ua) && rt_is_byteslike(ub)) ||
           (rt_is_anyset(ua) && rt_is_anyset(ub));
}

/* One side's rich comparison: the result, NotImplemented, or RT_NULL. A class
 * that does not define the method inherits it: from its builtin base type (a
 * builtin value's own comparison), else from object. */
static rt_value side(rt_state *rt, rt_cmp_kind op, rt_value a, rt_value b)
{
    bool found;
    rt_value r = try_special(rt, a, cmp_ids[op], b, &found);
    if (found || rt->exc)
        return r;
    rt_value ua = rt__native_unwrap(a), ub = rt__native_unwrap(b);
    if (!rt__is_user_obj(ua)) {
        if (!rt__is_user_obj(ub) && native_compare_handles(op, ua, ub))
            return rt_compare(rt, op, ua, ub);
        return own(rt->notimpl);
    }
    if (op == RT_CMP_NE) {
        /* object.__ne__: the inverse of __eq__ unless NotImplemented */
        r = try_special(rt, a, RT_ID_eq, b, &found);
        if (!found || !r || r == rt->notimpl)
            return found ? r : own(rt->notimpl);
        int t = rt_truthy(rt, r);
        rt_decref(rt, r);
        return t < 0 ? RT_NULL : rt_bool(!t);
    }
    return own(rt->notimpl);
}

/* True when b's class is a proper subclass of a's: CPython then asks b's
 * reflected comparison first, whether or not b's class overrides it. */
static bool is_proper_subclass(rt_state *rt, rt_value a, rt_value b)
{
    rt_value ta = rt_type_obj_get(rt, a), tb = rt_type_obj_get(rt, b);
    return ta != tb && rt__is_user_obj(b) && rt_type_is_subtype(tb, ta);
}

static rt_value inst_compare(rt_state *rt, rt_cmp_kind op, rt_value a, rt_value b);

rt_value rt__inst_compare(rt_state *rt, rt_cmp_kind op, rt_value a, rt_value b)
{
    /* A rich comparison is a level of the recursion depth, as in CPython
     * (whose check there says "in comparison"): an __eq__ comparing
     * containers that hold its operands fails where, and as, CPython's does */
    if (rt__nest_enter(rt, " in comparison") != 0)
        return RT_NULL;
    rt_value r = inst_compare(rt, op, a, b);
    rt__nest_leave(rt);
    return r;
}

rt_value rt__inst_compare_own(rt_state *rt, rt_cmp_kind op, rt_value a, rt_value b)
{
    /* no level of the recursion depth: CPython's sort calls the slot itself,
     * outside the rich comparison that counts one */
    return side(rt, op, a, b);
}

static rt_value inst_compare(rt_state *rt, rt_cmp_kind op, rt_value a, rt_value b)
{
    rt_cmp_kind sop = swapped[op];
    bool swap_first = is_proper_subclass(rt, a, b);
    rt_value r;
    if (swap_first) {
        r = side(rt, sop, b, a);
        if (!r || r != rt->notimpl)
            return r;
        rt_decref(rt, r);
    }
    r = side(rt, op, a, b);
    if (!r || r != rt->notimpl)
        return r;
    rt_decref(rt, r);
    if (!swap_first) {
        r = side(rt, sop, b, a);
        if (!r || r != rt->notimpl)
            return r;
        rt_decref(rt, r);
    }
    /* neither side handles it: object's equality is identity, and the error
     * names the classes */
    if (op == RT_CMP_EQ) {
        return rt_bool(a == b);
    } else if (op == RT_CMP_NE) {
        return rt_bool(a != b);
    }
    return rt_raise(rt, RT_EXC_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                    cmp_sym[op], rt_type_name(a), rt_type_name(b));
}

/* ---- truth, hash, len --------------------------------------------------------------------- */

int rt__inst_truthy(rt_state *rt, rt_value v)
{
    rt_value m = rt__special(rt, v, RT_ID_bool);
    if (m && m != RT_NONE) {
        rt_value r = rt__call_special(rt, m, v, NULL, 0);
        if (!r)
            return -1;
        if (!rt_is_bool(r)) {
            rt_raise(rt, RT_EXC_TypeError, "__bool__ should return bool, returned %s",
                     rt_type_name(r));
            rt_decref(rt, r);
            return -1;
        }
        return r == RT_TRUE;
    }
    if (rt__special(rt, v, RT_ID_len)) {
        int64_t n;
        if (rt__inst_len(rt, v, &n) < 0)
            return -1;
        return n != 0;
    }
    rt_value base = rt__native_base(v);
    return base ? rt_truthy(rt, base) : 1;
}

int rt__inst_hash(rt_state *rt, rt_value v, int64_t *out)
{
    rt_value m = rt__special(rt, v, RT_ID_hash);
    if (m == RT_NONE) {
        rt_raise(rt, RT_EXC_TypeError, "unhashable type: '%s'", rt_type_name(v));
        return -1;
    }
    rt_value base = m ? RT_NULL : rt__native_base(v);
    if (base) {
        rt_type_id k = rt_type_of(base);
        if (k == RT_T_LIST || k == RT_T_DICT || k == RT_T_SET) {
            rt_raise(rt, RT_EXC_TypeError, "unhashable type: '%s'", rt_type_name(v));
            return -1;
        }
        return rt_hash(rt, base, out);
    }
    if (!m) {
        *out = (int64_t)(rt__objid(rt, rt_as_obj(v)) >> 1); /* identity, not the address */
        return 0;
    }
    rt_value res = rt__call_special(rt, m, v, NULL, 0);
    if (!res)
        return -1;
    rt_value r = rt__native_unwrap(res); /* an int subclass: its int value's hash */
    if (!rt_is_intlike(r)) {
        rt_decref(rt, res);
        rt_raise(rt, RT_EXC_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    int64_t h;
    if (!rt_int_as_i64(r, &h)) /* past int64: CPython hashes the int */
        h = rt_bigint_hash(r);
    rt_decref(rt, res);
    *out = h == -1 ? -2 : h;
    return 0;
}

int rt__inst_len(rt_state *rt, rt_value v, int64_t *out)
{
    rt_value m = rt__special(rt, v, RT_ID_len);
    rt_value base = rt__native_base(v);
    if (!m && base && !rt_is_number(base))
        return rt_len(rt, base, out);
    if (!m || m == RT_NONE) {
        rt_raise(rt, RT_EXC_TypeError, "object of type '%s' has no len()", rt_type_name(v));
        return -1;
    }
    rt_value res = rt__call_special(rt, m, v, NULL, 0);
    if (!res)
        return -1;
    rt_value r = rt__native_unwrap(res); /* an int subclass counts as its int value */
    int64_t n;
    if (!rt_int_as_i64(r, &n)) {
        /* a negative answer is refused as negative first, however large (CPython) */
        if (rt_is_intlike(r) && rt_bigint_sign(r) < 0)
            n = -1;
        else {
            if (rt_is_intlike(r))
                rt_raise(rt, RT_EXC_OverflowError, "cannot fit 'int' into an index-sized integer");
            else
                rt_raise(rt, RT_EXC_TypeError, "'%s' object cannot be interpreted as an integer",
                         rt_type_name(res));
            rt_decref(rt, res);
            return -1;
        }
    }
    rt_decref(rt, res);
    if (n < 0) {
        rt_raise(rt, RT_EXC_ValueError, "__len__() should return >= 0");
        return -1;
    }
    *out = n;
    return 0;
}

/* ---- items and iteration ------------------------------------------------------------------ */

int rt__inst_contains(rt_state *rt, rt_value c, rt_value x)
{
    rt_value m = rt__special(rt, c, RT_ID_contains);
    if (m && m != RT_NONE) {
        rt_value r = rt__call_special(rt, m, c, &x, 1);
        if (!r)
            return -1;
        int t = rt_truthy(rt, r);
        rt_decref(rt, r);
        return t;
    }
    rt_value base = m ? RT_NULL : rt__native_base(c);
    if (base && !rt__special(rt, c, RT_ID_iter))
        return rt_contains(rt, base, x);
    if (!rt__special(rt, c, RT_ID_iter) && !rt__special(rt, c, RT_ID_getitem)) {
        rt_raise(rt, RT_EXC_TypeError, "argument of type '%s' is not iterable", rt_type_name(c));
        return -1;
    }
    rt_value it = rt_getiter(rt, c);
    if (!it)
        return -1;
    for (;;) {
        rt_value v;
        int r = rt_iternext(rt, it, &v);
        if (r <= 0) {
            rt_decref(rt, it);
            return r;
        }
        int e = rt_eq(rt, v, x);
        rt_decref(rt, v);
        if (e != 0) {
            rt_decref(rt, it);
            return e;
        }
    }
}

rt_value rt__inst_getitem(rt_state *rt, rt_value v, rt_value key)
{
    rt_value m = rt__special(rt, v, RT_ID_getitem);
    rt_value base = rt__native_base(v);
    if (!m && base &&
        (rt_is_dict(base) || rt_is_list(base) || rt_is_tuple(base) || rt_is_str(base) ||
         rt_is_bytes(base) || rt_is_deque(base)))
        return rt__native_getitem(rt, v, base, key);
    if (!m || m == RT_NONE)
        return rt_raise(rt, RT_EXC_TypeError, "'%s' object is not subscriptable", rt_type_name(v));
    return rt__call_special(rt, m, v, &key, 1);
}

int rt__inst_setitem(rt_state *rt, rt_value v, rt_value key, rt_value val)
{
    rt_value m = rt__special(rt, v, val ? RT_ID_setitem : RT_ID_delitem);
    rt_value base = rt__native_base(v);
    if (!m && base && (rt_is_dict(base) || rt_is_list(base) || rt_is_deque(base)))
        return val ? rt_setitem(rt, base, key, val) : rt_delitem(rt, base, key);
    if (!m || m == RT_NONE) {
        if (val)
            rt_raise(rt, RT_EXC_TypeError, "'%s' object does not support item assignment",
                     rt_type_name(v));
        else
            rt_raise(rt, RT_EXC_TypeError, "'%s' object doesn't support item deletion",
                     rt_type_name(v));
        return -1;
    }
    rt_value a[2] = {key, val};
    rt_value r = rt__call_special(rt, m, v, a, val ? 2 : 1);
    if (!r)
        return -1;
    rt_decref(rt, r);
    return 0;
}

rt_value rt__inst_getiter(rt_state *rt, rt_value v)
{
    rt_value m = rt__special(rt, v, RT_ID_iter);
    rt_value base = rt__native_base(v);
    if (!m && base && !rt_is_number(base))
        return rt_getiter(rt, base);
    if (!m && rt__special(rt, v, RT_ID_getitem)) /* the old sequence protocol */
        return rt_iter_seq_new(rt, v);
    if (!m || m == RT_NONE)
        return rt_raise(rt, RT_EXC_TypeError, "'%s' object is not iterable", rt_type_name(v));
    rt_value it = rt__call_special(rt, m, v, NULL, 0);
    if (!it)
        return RT_NULL;
    rt_type_id k = rt_type_of(it);
    bool ok = k == RT_T_ITER || k == RT_T_GENERATOR || k == RT_T_ITERTOOL ||
              (rt__is_user_obj(it) && rt__special(rt, it, RT_ID_next));
    if (!ok) {
        rt_raise(rt, RT_EXC_TypeError, "iter() returned non-iterator of type '%s'",
                 rt_type_name(it));
        rt_decref(rt, it);
        return RT_NULL;
    }
    return it;
}

int rt__inst_iternext(rt_state *rt, rt_value it, rt_value *out)
{
    rt_value m = rt__special(rt, it, RT_ID_next);
    if (!m && !rt->exc && rt__native_base(it) && rt_is_iter(rt__native_base(it)))
        return rt_iternext(rt, rt__native_base(it), out); /* a subclass of enumerate, zip, ... */
    if (!m || m == RT_NONE) {
        rt_raise(rt, RT_EXC_TypeError, "'%s' object is not an iterator", rt_type_name(it));
        return -1;
    }
    rt_value r = rt__call_special(rt, m, it, NULL, 0);
    if (r) {
        *out = r;
        return 1;
    }
    if (rt_exc_matches(rt, RT_EXC_StopIteration)) {
        rt_exc_clear(rt);
        return 0;
    }
    return -1;
}

rt_value rt__inst_call(rt_state *rt, rt_value v, const rt_value *args, size_t nargs,
                       rt_value kwnames)
{
    rt_value m = rt__special(rt, v, RT_ID_call);
    if (!m) /* (a __call__ of None is called, and says 'NoneType') */
        return rt_raise(rt, RT_EXC_TypeError, "'%s' object is not callable", rt_type_name(v));
    rt_value b = rt__descr_get(rt, m, v, rt_type_obj_get(rt, v));
    if (!b)
        return RT_NULL;
    rt_value r = rt_call(rt, b, args, nargs, kwnames);
    rt_decref(rt, b);
    return r;
}
