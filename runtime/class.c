/* class.c: classes: creation (class statement and type(name, bases, dict))
 * with the C3 MRO, attribute lookup through the MRO, the descriptor
 * protocol, attributes of class objects, calling a class (__new__ then
 * __init__), and finding the builtin methods user classes inherit (the
 * methods of `object` and BaseException themselves are in class_object.c).
 * super() is in super.c, dir() in dir.c, __bases__ assignment in
 * class_bases.c. */
#include <inttypes.h>
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
#include "runtime/frame.h"
#include "runtime/func.h"
#include "runtime/heap.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/mappingproxy.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/objid.h"
#include "runtime/sort.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/strbuf.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/typecache.h"

static rt_value own(rt_value v)
{
    rt_incref(v);
    return v;
}

#define ID(x) (rt->ids[RT_ID_##x])

bool rt_type_is_heap(rt_value t)
{
    return (rt_type_obj_of(t)->tflags & RT_TF_HEAP) != 0;
}

/* ---- lookup ---------------------------------------------------------------------- */

static rt_value dict_find(rt_state *rt, rt_value d, rt_value name)
{
    /* class dicts are keyed by interned str: the get never fails */
    return d ? rt_dict_get(rt, d, name) : RT_NULL;
}

/* True when a class in t's MRO (t included) handed its namespace out: a
 * lookup through it may not be cached (typecache.h). */
static bool mro_dict_out(rt_value t)
{
    rt_type_obj *to = rt_type_obj_of(t);
    if (to->tflags & RT_TF_DICTOUT)
        return true;
    int64_t n = to->mro ? rt_tuple_len(to->mro) : 0;
    for (int64_t i = 0; i < n; i++)
        if (rt_type_obj_of(rt_tuple_items(to->mro)[i])->tflags & RT_TF_DICTOUT)
            return true;
    return false;
}

static rt_value lookup_walk(rt_state *rt, rt_value t, rt_value name)
{
    rt_type_obj *to = rt_type_obj_of(t);
    rt_value v = dict_find(rt, to->dict, name);
    if (v || !to->mro)
        return v;
    int64_t n = rt_tuple_len(to->mro);
    const rt_value *m = rt_tuple_items(to->mro);
    for (int64_t i = 0; i < n; i++)
        if ((v = dict_find(rt, rt_type_obj_of(m[i])->dict, name)))
            return v;
    return RT_NULL;
}

/* Walks for name on t and fills its cache entry (with the RT_TC_HOOK_*
 * facts); NULL when the lookup may not be cached (*v is still its result)
 * or raised. */
static rt_tcache_entry *lookup_fill(rt_state *rt, rt_value t, rt_value name, rt_value *v)
{
    bool pending = rt->exc != RT_NULL;
    *v = lookup_walk(rt, t, name);
    if (pending || rt->exc || mro_dict_out(t) || !rt_is_str(name))
        return NULL;
    uint16_t hooks = 0;
    if (lookup_walk(rt, t, ID(getattribute)))
        hooks |= RT_TC_HOOK_GETATTRIBUTE;
    if (lookup_walk(rt, t, ID(setattr)))
        hooks |= RT_TC_HOOK_SETATTR;
    if (lookup_walk(rt, t, ID(delattr)))
        hooks |= RT_TC_HOOK_DELATTR;
    if (rt_str_eq(name, ID(dict)) || rt_str_eq(name, ID(class)))
        hooks |= RT_TC_NAME_SPECIAL;
    if (rt->exc) {
        rt_exc_clear(rt); /* (a dict key whose __eq__ raised: looked up again uncached) */
        return NULL;
    }
    rt_tcache_entry *e = rt__tcache_slot(rt, t, name, RT_NULL, RT_TC_DICTS);
    e->value = *v;
    e->hooks = hooks;
    return e;
}

rt_tcache_entry *rt__type_lookup_entry(rt_state *rt, rt_value t, rt_value name)
{
    rt_tcache_entry *e = rt__tcache_probe(rt, t, name, RT_NULL, RT_TC_DICTS);
    if (e)
        return e;
    rt_value v;
    return lookup_fill(rt, t, name, &v);
}

rt_value rt_type_lookup(rt_state *rt, rt_value t, rt_value name)
{
    rt_tcache_entry *e = rt__tcache_probe(rt, t, name, RT_NULL, RT_TC_DICTS);
    if (e)
        return e->value;
    rt_value v;
    lookup_fill(rt, t, name, &v);
    return v;
}

rt_value rt_type_lookup_cstr(rt_state *rt, rt_value t, const char *name)
{
    rt_value s = rt_str_intern(rt, name, strlen(name));
    if (!s) {
        rt_exc_clear(rt);
        return RT_NULL;
    }
    rt_value v = rt_type_lookup(rt, t, s);
    rt_decref(rt, s);
    return v;
}

bool rt__is_user_obj(rt_value v)
{
    if (!rt_is_obj(v))
        return false;
    uint8_t t = rt_as_obj(v)->type;
    if (t == RT_T_INSTANCE)
        return true;
    return t == RT_T_EXC && rt_type_is_heap(rt_exc_of(v)->cls);
}

rt_value rt__special(rt_state *rt, rt_value v, rt_id id)
{
    if (rt_is_obj(v) && rt_as_obj(v)->type == RT_T_TYPE)
        return rt__meta_special(rt, v, id);
    if (!rt__is_user_obj(v))
        return RT_NULL;
    return rt_type_lookup(rt, rt_type_obj_get(rt, v), rt->ids[id]);
}

rt_value rt__call_special(rt_state *rt, rt_value m, rt_value v, const rt_value *args, size_t nargs)
{
    rt_value buf[4];
    if (rt_type_of(m) == RT_T_STATICMETHOD)
        return rt_call(rt, rt_descr_of(m)->a, args, nargs, RT_NULL);
    if (!rt_is_func(m) && rt_type_of(m) != RT_T_BUILTIN) {
        rt_value b = rt__descr_get(rt, m, v, rt_type_obj_get(rt, v));
        if (!b)
            return RT_NULL;
        rt_value r = rt_call(rt, b, args, nargs, RT_NULL);
        rt_decref(rt, b);
        return r;
    }
    if (nargs > 3)
        return rt_raise(rt, RT_EXC_RuntimeError, "too many arguments to a special method");
    buf[0] = v;
    for (size_t i = 0; i < nargs; i++)
        buf[i + 1] = args[i];
    return rt_call(rt, m, buf, nargs + 1, RT_NULL);
}

/* ---- descriptors ----------------------------------------------------------------- */

bool rt__is_data_descr(rt_state *rt, rt_value d)
{
    rt_type_id k = rt_type_of(d);
    if (k == RT_T_PROPERTY || k == RT_T_MEMBER || k == RT_T_GETSET)
        return true;
    if (k != RT_T_INSTANCE)
        return false;
    rt_value t = rt_inst_of(d)->cls;
    rt_value base = rt__native_base(d); /* a property subclass's */
    return (base && rt_type_of(base) == RT_T_PROPERTY) || rt_type_lookup(rt, t, ID(set)) ||
           rt_type_lookup(rt, t, ID(delete));
}

rt_value rt__descr_get(rt_state *rt, rt_value d, rt_value obj, rt_value type)
{
    switch (rt_type_of(d)) {
    case RT_T_FUNCTION:
    case RT_T_LRU: return obj ? rt_method_new(rt, d, obj) : own(d);
    case RT_T_STATICMETHOD: return own(rt_descr_of(d)->a);
    case RT_T_MEMBER: return obj ? rt__member_get(rt, d, obj) : own(d);
    case RT_T_GETSET: return obj ? rt__getset_get(rt, d, obj) : own(d);
    case RT_T_CLASSMETHOD: return rt_method_new(rt, rt_descr_of(d)->a, type);
    case RT_T_PROPERTY: {
        if (!obj)
            return own(d);
        rt_value g = rt_descr_of(d)->a;
        if (!g)
            return rt_raise(rt, RT_EXC_AttributeError, "property of '%s' object has no getter",
                            rt_type_obj_name(type));
        return rt_call(rt, g, &obj, 1, RT_NULL);
    }
    case RT_T_INSTANCE: {
        rt_value get = rt_type_lookup(rt, rt_inst_of(d)->cls, ID(get));
        rt_value base = get ? RT_NULL : rt__native_base(d);
        if (base && rt_type_of(base) == RT_T_PROPERTY) /* property.__get__ of a subclass */
            return obj ? rt__descr_get(rt, base, obj, type) : own(d);
        if (!get)
            return own(d);
        rt_value a[3] = {d, obj ? obj : RT_NONE, type};
        return rt_call(rt, get, a, 3, RT_NULL);
    }
    default: return own(d);
    }
}

/* The builtin method `name` that class t (a builtin class in some MRO)
 * provides to its subclasses, or NULL. */
static const rt_builtin_def *builtin_method(rt_state *rt, rt_value t, rt_value name)
{
    rt_type_obj *to = rt_type_obj_of(t);
    if (to->inst_type == RT_T_EXC && to->exc_kind == RT_EXC_BaseException &&
        rt_str_eq(name, ID(init)))
        return &rt__exc_init_def;
    const rt_builtin_def *ed = to->inst_type == RT_T_EXC && to->exc_kind >= 0
                                   ? rt__exc_method_find(rt, to->exc_kind, name)
                                   : NULL;
    if (ed)
        return ed;
    if (t == rt->type_objs[RT_T_TYPE])
        return rt__type_method_find(rt, name);
    if (t == rt->type_objs[RT_T_MODULE])
        return rt__module_method_find(rt, name);
    if (t == rt->type_objs[RT_T_INSTANCE]) {
        for (int i = 0; rt__object_methods[i].name; i++)
            if (rt_str_eq_cstr(name, rt__object_methods[i].name))
                return &rt__object_methods[i];
        return NULL;
    }
    return rt_method_find(rt, (rt_type_id)to->inst_type, name);
}

rt_value rt__builtin_receiver(rt_value obj, const rt_builtin_def *def)
{
    bool of_object =
        def >= rt__object_methods && def < rt__object_methods + rt__object_methods_count;
    /* a class method (d.fromkeys) is bound to the instance's class, not its base value */
    if (!of_object && rt_is_inst(obj) && rt__builtin_is_classmethod(def))
        return rt_inst_of(obj)->cls;
    rt_value b = of_object ? RT_NULL : rt__native_base(obj);
    return b ? b : obj;
}

const rt_builtin_def *rt__builtin_method_find(rt_state *rt, rt_value t, rt_value name)
{
    rt_type_obj *to = rt_type_obj_of(t);
    int64_t n = to->mro ? rt_tuple_len(to->mro) : 0;
    for (int64_t i = -1; i < n; i++) {
        rt_value c = i < 0 ? t : rt_tuple_items(to->mro)[i];
        const rt_builtin_def *def;
        if (!rt_type_is_heap(c) && (def = builtin_method(rt, c, name)))
            return def;
    }
    return NULL;
}

/* Looks name up along t's MRO starting after `after` (RT_NULL: from t
 * itself), dicts and builtin methods alike. *def is set for a builtin. */
static rt_value mro_walk(rt_state *rt, rt_value t, rt_value after, rt_value name,
                         const rt_builtin_def **def)
{
    *def = NULL;
    rt_type_obj *to = rt_type_obj_of(t);
    int64_t n = to->mro ? rt_tuple_len(to->mro) : 0;
    bool started = after == RT_NULL;
    for (int64_t i = -1; i < n; i++) {
        rt_value c = i < 0 ? t : rt_tuple_items(to->mro)[i];
        if (!started) {
            started = c == after;
            continue;
        }
        rt_value v = dict_find(rt, rt_type_obj_of(c)->dict, name);
        if (v)
            return v;
        if (!rt_type_is_heap(c) && (*def = builtin_method(rt, c, name)))
            return RT_NULL;
    }
    return RT_NULL;
}

rt_value rt__mro_find(rt_state *rt, rt_value t, rt_value after, rt_value name,
                      const rt_builtin_def **def)
{
    rt_tcache_entry *e = rt__tcache_probe(rt, t, name, after, RT_TC_MRO);
    if (e) {
        *def = e->def;
        return e->value;
    }
    bool pending = rt->exc != RT_NULL;
    rt_value v = mro_walk(rt, t, after, name, def);
    if (!pending && !rt->exc && !mro_dict_out(t) &&
        (e = rt__tcache_slot(rt, t, name, after, RT_TC_MRO))) {
        e->value = v;
        e->def = *def;
    }
    return v;
}

/* ---- C3 linearisation --------------------------------------------------------------- */

/* The MRO of a class with these bases, without the class itself: C3 merge of
 * the bases' MROs and the list of bases. TypeError as CPython when no
 * consistent order exists. */
static rt_value c3_merge(rt_state *rt, rt_value bases)
{
    int64_t nb = rt_tuple_len(bases);
    if (nb == 1)
        return RT_NULL; /* the caller uses the single-base fast path */
    /* seqs[i] = base i followed by its MRO; seqs[nb] = the bases */
    rt_value seqs[64];
    int64_t pos[64];
    if (nb > 63)
        return rt_raise(rt, RT_EXC_TypeError, "too many bases");
    for (int64_t i = 0; i < nb; i++) {
        rt_value b = rt_tuple_items(bases)[i];
        rt_value m = rt_type_obj_of(b)->mro;
        int64_t n = m ? rt_tuple_len(m) : 0;
        seqs[i] = rt_tuple_new(rt, n + 1);
        if (!seqs[i]) {
            for (int64_t j = 0; j < i; j++)
                rt_decref(rt, seqs[j]);
            return RT_NULL;
        }
        rt_tuple_set_steal(seqs[i], 0, own(b));
        for (int64_t k = 0; k < n; k++)
            rt_tuple_set_steal(seqs[i], k + 1, own(rt_tuple_items(m)[k]));
        pos[i] = 0;
    }
    seqs[nb] = own(bases);
    pos[nb] = 0;
    rt_value out = rt_list_new(rt, 0);
    bool ok = out != RT_NULL;
    while (ok) {
        rt_value cand = RT_NULL;
        bool any = false;
        for (int64_t i = 0; i <= nb && !cand; i++) {
            if (pos[i] >= rt_tuple_len(seqs[i]))
                continue;
            any = true;
            rt_value c = rt_tuple_items(seqs[i])[pos[i]];
            bool in_tail = false;
            for (int64_t j = 0; j <= nb && !in_tail; j++)
                for (int64_t k = pos[j] + 1; k < rt_tuple_len(seqs[j]); k++)
                    if (rt_tuple_items(seqs[j])[k] == c) {
                        in_tail = true;
                        break;
                    }
            if (!in_tail)
                cand = c;
        }
        if (!any)
            break;
        if (!cand) {
            /* CPython names the heads still unmerged, in base order */
            char buf[512];
            size_t len = 0;
            buf[0] = 0;
            for (int64_t i = 0; i < nb; i++) {
                if (pos[i] >= rt_tuple_len(seqs[i]))
                    continue;
                const char *nm = rt_type_obj_name(rt_tuple_items(seqs[i])[pos[i]]);
                bool dup = false;
                for (int64_t j = 0; j < i; j++)
                    if (pos[j] < rt_tuple_len(seqs[j]) &&
                        rt_tuple_items(seqs[j])[pos[j]] == rt_tuple_items(seqs[i])[pos[i]])
                        dup = true;
                if (dup)
                    continue;
                int w = snprintf(buf + len, sizeof buf - len, "%s%s", len ? ", " : "", nm);
                if (w > 0 && (size_t)w < sizeof buf - len)
                    len += (size_t)w;
            }
            rt_raise(rt, RT_EXC_TypeError,
                     "Cannot create a consistent method resolution\norder (MRO) for bases %s", buf);
            ok = false;
            break;
        }
        ok = rt_list_append(rt, out, cand) == 0;
        for (int64_t i = 0; i <= nb; i++)
            if (pos[i] < rt_tuple_len(seqs[i]) && rt_tuple_items(seqs[i])[pos[i]] == cand)
                pos[i]++;
    }
    for (int64_t i = 0; i <= nb; i++)
        rt_decref(rt, seqs[i]);
    if (!ok) {
        rt_decref(rt, out);
        return RT_NULL;
    }
    rt_value t = rt_tuple_from(rt, rt_list_items(out), rt_list_len(out));
    rt_decref(rt, out);
    return t;
}

rt_value rt__class_c3(rt_state *rt, rt_value cls)
{
    rt_type_obj *to = rt_type_obj_of(cls);
    if (!(to->tflags & RT_TF_HEAP) || !to->bases || rt_tuple_len(to->bases) == 0)
        return to->mro ? (rt_incref(to->mro), to->mro) : rt_tuple_new(rt, 0);
    if (rt_tuple_len(to->bases) > 1)
        return c3_merge(rt, to->bases);
    /* one base: the base, then its MRO */
    rt_value base = rt_tuple_items(to->bases)[0];
    rt_value bm = rt_type_obj_of(base)->mro;
    int64_t n = bm ? rt_tuple_len(bm) : 0;
    rt_value mro = rt_tuple_new(rt, n + 1);
    if (!mro)
        return RT_NULL;
    rt_tuple_set_steal(mro, 0, own(base));
    for (int64_t i = 0; i < n; i++)
        rt_tuple_set_steal(mro, i + 1, own(rt_tuple_items(bm)[i]));
    return mro;
}

/* ---- creation ------------------------------------------------------------------------- */

/* Checks the bases of a new class: *inst_type is what its instances are
 * (exceptions or instances), *native the builtin type whose value they carry
 * (subclass.c), 0 for none. */
static int check_bases(rt_state *rt, rt_value bases, int *inst_type, int *native)
{
    int64_t n = rt_tuple_len(bases);
    *inst_type = RT_T_INSTANCE;
    *native = 0;
    for (int64_t i = 0; i < n; i++) {
        rt_value b = rt_tuple_items(bases)[i];
        if (rt_type_of(b) != RT_T_TYPE) {
            rt_raise(rt, RT_EXC_TypeError, "bases must be types");
            return -1;
        }
        for (int64_t j = 0; j < i; j++)
            if (rt_tuple_items(bases)[j] == b) {
                rt_raise(rt, RT_EXC_TypeError, "duplicate base class %s", rt_type_obj_name(b));
                return -1;
            }
        int it = rt_type_obj_of(b)->inst_type;
        if (it == RT_T_BOOL || it == RT_T_NONE || it == RT_T_NOTIMPL || it == RT_T_ELLIPSIS ||
            it == RT_T_RANGE || it == RT_T_SLICE || it == RT_T_FUNCTION || it == RT_T_BUILTIN ||
            it == RT_T_CELL || it == RT_T_CODE || it == RT_T_METHOD ||
            (it == RT_T_ITER && !(rt_type_obj_of(b)->tflags & RT_TF_HEAP) &&
             !rt__iter_type_constructible(rt, b))) {
            rt_raise(rt, RT_EXC_TypeError, "type '%s' is not an acceptable base type",
                     rt_type_obj_name(b));
            return -1;
        }
        if (it == RT_T_TYPE) {
            /* a metaclass: its instances are classes */
            if (*native || (*inst_type != RT_T_INSTANCE && *inst_type != RT_T_TYPE)) {
                rt_raise(rt, RT_EXC_TypeError, "multiple bases have instance lay-out conflict");
                return -1;
            }
            *inst_type = RT_T_TYPE;
            continue;
        }
        if (it == RT_T_MODULE) /* plain instances with a __dict__ (mod_imp.c) */
            continue;
        int nat = rt__native_kind_ok(it) ? it : rt_type_obj_of(b)->native;
        if (it != RT_T_INSTANCE && it != RT_T_EXC && !nat) {
            rt_raise(rt, RT_EXC_TypeError,
                     "subclassing the builtin type '%s' is not supported by closured",
                     rt_type_obj_name(b));
            return -1;
        }
        if (it == RT_T_EXC && *inst_type == RT_T_TYPE) {
            rt_raise(rt, RT_EXC_TypeError, "multiple bases have instance lay-out conflict");
            return -1;
        }
        if (it == RT_T_EXC)
            *inst_type = RT_T_EXC;
        if (nat && *native && nat != *native) {
            rt_raise(rt, RT_EXC_TypeError, "multiple bases have instance lay-out conflict");
            return -1;
        }
        if (nat)
            *native = nat;
    }
    if (*native && *inst_type != RT_T_INSTANCE) {
        rt_raise(rt, RT_EXC_TypeError, "multiple bases have instance lay-out conflict");
        return -1;
    }
    /* the base value lives in slots[0]: the first base must not use it */
    rt_value first = n ? rt_tuple_items(bases)[0] : RT_NULL;
    if (*native && first && !rt_type_obj_of(first)->native && rt_type_obj_of(first)->nslots) {
        rt_raise(rt, RT_EXC_TypeError, "multiple bases have instance lay-out conflict");
        return -1;
    }
    return 0;
}

/* The class whose __slots__ gave cls its last slot values: cls itself when it adds
 * some, else the nearest base that did (a class without slots of its own has the
 * layout of the base with as many slot values, which need not be its first base: a
 * mixin may come first). Borrowed. */
static rt_value slots_owner(rt_value cls)
{
    for (;;) {
        rt_type_obj *t = rt_type_obj_of(cls);
        rt_value next = RT_NULL;
        if (t->nslots && !t->bases && t->base && rt_type_obj_of(t->base)->nslots == t->nslots)
            next = t->base;
        int64_t nb = t->nslots && t->bases ? rt_tuple_len(t->bases) : 0;
        for (int64_t i = 0; i < nb && !next; i++) {
            rt_value b = rt_tuple_items(t->bases)[i];
            if (rt_type_obj_of(b)->nslots == t->nslots)
                next = b;
        }
        if (!next)
            return cls;
        cls = next;
    }
}

/* The base whose instance layout the new class takes, as CPython's "best base": the
 * one with the most slot values, which must extend the layout of every other base
 * with slots (a base that adds none, such as a mixin, fits any). Borrowed, or
 * RT_NULL with TypeError "multiple bases have instance lay-out conflict". */
static rt_value layout_base(rt_state *rt, rt_value bases)
{
    rt_value best = rt_tuple_items(bases)[0];
    for (int64_t i = 1; i < rt_tuple_len(bases); i++) {
        rt_value b = rt_tuple_items(bases)[i];
        if (rt_type_obj_of(b)->nslots > rt_type_obj_of(best)->nslots)
            best = b;
    }
    for (int64_t i = 0; i < rt_tuple_len(bases); i++) {
        rt_value b = rt_tuple_items(bases)[i];
        if (rt_type_obj_of(b)->nslots && !rt_type_is_subtype(best, slots_owner(b))) {
            rt_raise(rt, RT_EXC_TypeError, "multiple bases have instance lay-out conflict");
            return RT_NULL;
        }
    }
    return best;
}

int rt__class_bases_layout(rt_state *rt, rt_value bases, int *inst_type, int *native)
{
    return check_bases(rt, bases, inst_type, native);
}

/* Whether slot name s reads as an identifier (ASCII letters, digits and '_', not a digit
 * first; characters past ASCII are taken as letters). */
static bool slot_identifier(rt_value s)
{
    const unsigned char *p = (const unsigned char *)rt_str_data(s);
    size_t n = rt_str_len(s);
    if (n == 0 || (p[0] >= '0' && p[0] <= '9'))
        return false;
    for (size_t i = 0; i < n; i++)
        if (p[i] < 0x80 && p[i] != '_' && !(p[i] >= 'a' && p[i] <= 'z') &&
            !(p[i] >= 'A' && p[i] <= 'Z') && !(p[i] >= '0' && p[i] <= '9'))
            return false;
    return true;
}

/* __slots__ of ns as a tuple of str (a str alone is one slot), with CPython's refusals:
 * not strings, not identifiers, __dict__ or __weakref__ twice. */
static rt_value slots_of(rt_state *rt, rt_value v, bool *has_dict)
{
    rt_value t = rt_is_str(v) ? rt_tuple_pack(rt, 1, v) : rt_tuple_from_iter(rt, v);
    if (!t)
        return RT_NULL;
    *has_dict = false;
    bool has_weakref = false;
    for (int64_t i = 0; i < rt_tuple_len(t); i++) {
        rt_value s = rt_tuple_items(t)[i];
        if (!rt_is_str(s)) {
            rt_decref(rt, t);
            return rt_raise(rt, RT_EXC_TypeError, "__slots__ items must be strings, not '%s'",
                            rt_type_name(s));
        }
        if (!slot_identifier(s)) {
            rt_decref(rt, t);
            return rt_raise(rt, RT_EXC_TypeError, "__slots__ must be identifiers");
        }
        bool *seen = rt_str_eq(s, ID(dict))      ? has_dict
                     : rt_str_eq(s, ID(weakref)) ? &has_weakref
                                                 : NULL;
        if (seen && *seen) {
            rt_decref(rt, t);
            return rt_raise(rt, RT_EXC_TypeError,
                            seen == has_dict
                                ? "__dict__ slot disallowed: we already got one"
                                : "__weakref__ slot disallowed: either we already got one, or "
                                  "the base type has");
        }
        if (seen)
            *seen = true;
    }
    return t;
}

/* The attribute name of slot nm in class clsname, a new reference: a
 * private name (two leading underscores, not two trailing) is mangled as the
 * compiler mangles one in the class body ("_Cls__x"). */
static rt_value slot_name(rt_state *rt, rt_value clsname, rt_value nm)
{
    const char *s = rt_str_data(nm), *c = rt_str_data(clsname);
    size_t n = rt_str_len(nm);
    while (*c == '_')
        c++;
    if (n < 3 || s[0] != '_' || s[1] != '_' || (s[n - 1] == '_' && s[n - 2] == '_') || !*c ||
        memchr(s, '.', n)) {
        rt_incref(nm);
        return nm;
    }
    return rt_str_printf(rt, "_%s%s", c, s);
}

/* __init_subclass__ and __class_getitem__ defined as plain functions are
 * class methods (CPython's type_new wraps them), so super() and getattr
 * bind them to the class. 0, or -1 with MemoryError. */
static int implicit_classmethods(rt_state *rt, rt_value dict)
{
    const rt_value names[2] = {ID(init_subclass), ID(class_getitem)};
    for (int i = 0; i < 2; i++) {
        rt_value f = rt_dict_get(rt, dict, names[i]);
        if (!f || rt_type_of(f) != RT_T_FUNCTION)
            continue;
        rt_value cm = rt_descr_new(rt, RT_T_CLASSMETHOD, f, RT_NULL, RT_NULL, RT_NULL);
        int r = cm ? rt_dict_set(rt, dict, names[i], cm) : -1;
        rt_decref(rt, cm);
        if (r < 0)
            return -1;
    }
    return 0;
}

rt_value rt_class_new(rt_state *rt, rt_value name, rt_value bases, rt_value ns)
{
    return rt_class_new_kw(rt, name, bases, ns, RT_NULL);
}

/* The parent's __init_subclass__(cls, **kw) (kw a dict of str keys, or RT_NULL). */
static int call_init_subclass(rt_state *rt, rt_value cls, rt_value kw)
{
    const rt_builtin_def *def;
    rt_value is = rt__mro_find(rt, cls, cls, ID(init_subclass), &def);
    if (!is) {
        if (!def || !kw || rt_dict_len(kw) == 0)
            return 0;
        /* the builtin one (object's) takes no keywords */
        rt_type_obj *co = rt_type_obj_of(cls); /* CPython names it by its qualified name */
        rt_raise(rt, RT_EXC_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                 co->qualname && rt_is_str(co->qualname) ? rt_str_data(co->qualname)
                                                         : rt_type_obj_name(cls));
        return -1;
    }
    rt_value f = rt_type_of(is) == RT_T_CLASSMETHOD ? rt_descr_of(is)->a : is;
    int64_t n = kw ? rt_dict_len(kw) : 0;
    rt_value small[8], *args = small;
    rt_value names = RT_NULL;
    if (n + 1 > 8 && !(args = rt_heap_alloc(rt, NULL, (size_t)(n + 1) * sizeof *args)))
        return -1;
    args[0] = cls;
    if (n && (names = rt_tuple_new(rt, n))) {
        int64_t pos = 0, i = 0;
        rt_value k, v;
        while (rt_dict_next(kw, &pos, &k, &v)) {
            rt_incref(k);
            rt_tuple_set_steal(names, i, k);
            args[1 + i++] = v;
        }
    }
    rt_value r = n && !names ? RT_NULL : rt_call(rt, f, args, 1, names);
    rt_decref(rt, names);
    if (args != small)
        rt_heap_free(rt, NULL, args, (size_t)(n + 1) * sizeof *args);
    if (!r)
        return -1;
    rt_decref(rt, r);
    return 0;
}

rt_value rt_class_new_kw(rt_state *rt, rt_value name, rt_value bases, rt_value ns, rt_value kw)
{
    return rt__class_new_meta(rt, RT_NULL, name, bases, ns, kw);
}

rt_value rt__class_new_meta(rt_state *rt, rt_value meta, rt_value name, rt_value bases, rt_value ns,
                            rt_value kw)
{
    if (!rt_is_str(name))
        return rt_raise(rt, RT_EXC_TypeError, "type.__new__() argument 1 must be str, not %s",
                        rt_type_name(name));
    if (!rt_is_tuple(bases))
        return rt_raise(rt, RT_EXC_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                        rt_type_name(bases));
    ns = rt__native_unwrap(ns); /* a dict subclass (a __prepare__'s namespace): its dict */
    if (!rt_is_dict(ns))
        return rt_raise(rt, RT_EXC_TypeError, "type.__new__() argument 3 must be dict, not %s",
                        rt_type_name(ns));
    int inst_type, native;
    if (check_bases(rt, bases, &inst_type, &native) < 0)
        return RT_NULL;
    if (!(meta = rt__meta_winner(rt, meta, bases)))
        return RT_NULL;
    rt_value obj = rt->type_objs[RT_T_INSTANCE];
    bool implicit = rt_tuple_len(bases) == 0;
    rt_value bs = implicit ? rt_tuple_pack(rt, 1, obj) : own(bases);
    if (!bs)
        return RT_NULL;
    rt_value base = rt_tuple_items(bs)[0];
    rt_value mro = rt_tuple_len(bs) == 1 ? RT_NULL : c3_merge(rt, bs);
    if (rt_tuple_len(bs) > 1 && !mro) {
        rt_decref(rt, bs);
        return RT_NULL;
    }
    rt_value dict = rt_dict_copy(rt, ns);
    if (dict && implicit_classmethods(rt, dict) < 0) {
        rt_decref(rt, dict);
        rt_decref(rt, mro);
        rt_decref(rt, bs);
        return RT_NULL;
    }
    rt_type_obj *t = dict ? (rt_type_obj *)rt_obj_alloc(rt, RT_T_TYPE, sizeof(rt_type_obj)) : NULL;
    if (!t) {
        rt_decref(rt, dict);
        rt_decref(rt, mro);
        rt_decref(rt, bs);
        return RT_NULL;
    }
    if (rt_dict_get(rt, dict, ID(del)))
        rt->del_seen = true; /* instances now look for their finalizer (finalize.h) */
    t->inst_type = (int8_t)inst_type;
    t->native = (uint8_t)native;
    t->exc_kind = -1;
    t->tflags = RT_TF_HEAP;
    if (rt_dict_get(rt, dict, ID(new)))
        t->tflags |= RT_TF_NEWSET;
    t->name = own(name);
    t->base = own(base);
    t->bases = bs;
    t->dict = dict;
    t->meta = meta == rt->type_objs[RT_T_TYPE] ? RT_NULL : own(meta);
    rt_value cls = rt_from_obj(t);
    if (!mro) {
        /* one base: the base, then its MRO */
        rt_value bm = rt_type_obj_of(base)->mro;
        int64_t n = bm ? rt_tuple_len(bm) : 0;
        mro = rt_tuple_new(rt, n + 1);
        if (!mro) {
            rt_decref(rt, cls);
            return RT_NULL;
        }
        rt_tuple_set_steal(mro, 0, own(base));
        for (int64_t i = 0; i < n; i++)
            rt_tuple_set_steal(mro, i + 1, own(rt_tuple_items(bm)[i]));
    }
    t->mro = mro;
    /* the namespace's bookkeeping entries */
    rt_value qn = RT_NULL;
    if (rt_dict_pop(rt, dict, ID(qualname), &qn) < 0)
        goto fail;
    if (qn && !rt_is_str(qn)) {
        rt_raise(rt, RT_EXC_TypeError, "type __qualname__ must be a str, not %s", rt_type_name(qn));
        rt_decref(rt, qn);
        goto fail;
    }
    t->qualname = qn;
    rt_value cell = RT_NULL;
    if (rt_dict_pop(rt, dict, ID(classcell), &cell) < 0)
        goto fail;
    if (cell) {
        if (rt_type_of(cell) != RT_T_CELL) {
            rt_raise(rt, RT_EXC_TypeError, "__classcell__ must be a nonlocal cell, not %s",
                     rt_type_name(cell));
            rt_decref(rt, cell);
            goto fail;
        }
        rt_cell_set_steal(rt, cell, own(cls));
        rt_decref(rt, cell);
    }
    if (!dict_find(rt, dict, ID(module))) {
        /* type(name, bases, ns): the caller's module, by its globals' __name__ */
        rt_value g = rt->frame && rt->frame->globals ? rt->frame->globals : rt->globals;
        rt_value m = rt_dict_get(rt, g, ID(name));
        if (m && rt_dict_set(rt, dict, ID(module), m) < 0)
            goto fail;
    }
    /* __new__ is a static method even undecorated */
    rt_value nw = dict_find(rt, dict, ID(new));
    if (nw && rt_is_func(nw)) {
        rt_value sm = rt_descr_new(rt, RT_T_STATICMETHOD, nw, RT_NULL, RT_NULL, RT_NULL);
        if (!sm || rt_dict_set(rt, dict, ID(new), sm) < 0) {
            rt_decref(rt, sm);
            goto fail;
        }
        rt_decref(rt, sm);
    }
    rt_value layout = native ? base : layout_base(rt, bs);
    if (!layout)
        goto fail;
    t->nslots = rt_type_obj_of(layout)->nslots;
    if (native && !t->nslots)
        t->nslots = 1; /* slots[0]: the base value */
    rt_value sl = dict_find(rt, dict, ID(slots));
    if (sl) {
        bool has_dict;
        rt_value st = slots_of(rt, sl, &has_dict);
        if (!st)
            goto fail;
        t->slots = st;
        /* a slot may not also be a class variable (the namespace as written) */
        for (int64_t i = 0; i < rt_tuple_len(st); i++) {
            rt_value nm = rt_tuple_items(st)[i];
            if (rt_str_eq(nm, ID(dict)) || rt_str_eq(nm, ID(weakref)) || inst_type == RT_T_EXC)
                continue;
            rt_value mangled = slot_name(rt, name, nm);
            if (!mangled)
                goto fail;
            bool clash = rt_dict_get(rt, dict, mangled) != RT_NULL;
            rt_decref(rt, mangled);
            if (clash) {
                rt_raise(rt, RT_EXC_ValueError, "'%s' in __slots__ conflicts with class variable",
                         rt_str_data(nm));
                goto fail;
            }
        }
        /* a member descriptor per slot, its value stored in the instance */
        for (int64_t i = 0; i < rt_tuple_len(st); i++) {
            rt_value nm = rt_tuple_items(st)[i];
            /* an exception keeps its attributes in its own dict (every
             * exception has one): its slot names need no member there */
            if (rt_str_eq(nm, ID(dict)) || rt_str_eq(nm, ID(weakref)) || inst_type == RT_T_EXC)
                continue;
            nm = slot_name(rt, name, nm);
            rt_value m =
                nm ? rt_descr_new(rt, RT_T_MEMBER, nm, cls, rt_smallint(t->nslots), RT_NULL)
                   : RT_NULL;
            if (!m || rt_dict_set(rt, dict, nm, m) < 0) {
                rt_decref(rt, m);
                rt_decref(rt, nm);
                goto fail;
            }
            rt_decref(rt, m);
            rt_decref(rt, nm);
            t->nslots++;
        }
        if (!has_dict) {
            /* no __dict__ only when every base lacks one too */
            bool nodict = true;
            for (int64_t i = 0; i < rt_tuple_len(mro); i++) {
                rt_value c = rt_tuple_items(mro)[i];
                if (rt_type_is_heap(c) && !(rt_type_obj_of(c)->tflags & RT_TF_NODICT))
                    nodict = false;
            }
            if (nodict && inst_type == RT_T_INSTANCE)
                t->tflags |= RT_TF_NODICT;
        }
    }
    /* after the slots: a '__doc__' slot is no class variable, and its member is the
     * entry; after __dict__ and __weakref__, in CPython's order */
    if (rt__class_add_getsets(rt, cls, dict, mro, sl ? t->slots : RT_NULL) < 0)
        goto fail;
    if (!dict_find(rt, dict, ID(doc)) && rt_dict_set(rt, dict, ID(doc), RT_NONE) < 0)
        goto fail;
    /* a class defining __eq__ without __hash__ is unhashable */
    if (dict_find(rt, dict, ID(eq)) && !dict_find(rt, dict, ID(hash)) &&
        rt_dict_set(rt, dict, ID(hash), RT_NONE) < 0)
        goto fail;
    if (t->meta && rt__meta_mro(rt, cls) < 0)
        goto fail;
    mro = t->mro;
    /* the lookups above may have been cached before the namespace was
     * complete; every class in the MRO now has a subclass (typecache.h) */
    rt__type_modified(rt, cls);
    for (int64_t i = 0; i < rt_tuple_len(mro); i++)
        rt_type_obj_of(rt_tuple_items(mro)[i])->tflags |= RT_TF_HASSUB;
    /* __set_name__ on the attributes that define it */
    int64_t pos = 0;
    rt_value k, v;
    while (rt_dict_next(dict, &pos, &k, &v)) {
        if (rt_type_of(v) == RT_T_PROPERTY && !rt_descr_of(v)->e)
            rt_descr_of(v)->e = own(k);
        if (rt_type_of(v) != RT_T_INSTANCE)
            continue;
        rt_value sn = rt_type_lookup(rt, rt_inst_of(v)->cls, ID(set_name));
        if (!sn)
            continue;
        rt_value a[3] = {v, cls, k};
        rt_value r = rt_call(rt, sn, a, 3, RT_NULL);
        if (!r) {
            rt_value cause = rt_exc_fetch(rt);
            rt_raise(rt, RT_EXC_RuntimeError,
                     "Error calling __set_name__ on '%s' instance '%s' in '%s'", rt_type_name(v),
                     rt_is_str(k) ? rt_str_data(k) : "?", rt_type_obj_name(cls));
            rt__exc_set_cause(rt, cause);
            goto fail;
        }
        rt_decref(rt, r);
    }
    /* the parent's __init_subclass__, with the class statement's keywords */
    if (call_init_subclass(rt, cls, kw) < 0)
        goto fail;
    return cls;
fail:
    rt_decref(rt, cls);
    return RT_NULL;
}

/* ---- calling a class ------------------------------------------------------------------ */

static rt_value check_init_result(rt_state *rt, rt_value r)
{
    if (r && r != RT_NONE) {
        rt_raise(rt, RT_EXC_TypeError, "__init__() should return None, not '%s'", rt_type_name(r));
        rt_decref(rt, r);
        return RT_NULL;
    }
    return r;
}

static bool new_was_set(rt_value cls);

/* The Python __init__ a call of cls runs as a frame on a plain new
 * instance (borrowed), or RT_NULL when the general path must make it: a
 * class of another kind (not a heap class of plain instances, a
 * metaclass, abstract, a builtin base that needs its __new__, __new__ set
 * on the way), a __new__ found, an __init__ that is no function.
 * Remembered as cls's RT_TC_BIRTH entry: for a class of another kind at
 * once (its kind is fixed at creation but for __abstractmethods__ and
 * __new__, which are set through the class's setattr and so retire its
 * version tag, or the epoch for a base), otherwise when both lookups were
 * cached (so a change to either retires it). */
static rt_value birth_init(rt_state *rt, rt_value cls)
{
    const rt_type_obj *to = rt_type_obj_of(cls);
    rt_tcache_entry *e;
    if (!(to->tflags & RT_TF_HEAP) || to->inst_type != RT_T_INSTANCE || to->meta ||
        (to->tflags & RT_TF_ABSTRACT) || rt__native_needs_new(cls) || new_was_set(cls)) {
        if ((e = rt__tcache_slot(rt, cls, ID(init), RT_NULL, RT_TC_BIRTH)))
            e->value = RT_NULL;
        return RT_NULL;
    }
    const rt_builtin_def *def;
    rt_value nw = rt__mro_find(rt, cls, RT_NULL, ID(new), &def);
    rt_value f = nw ? RT_NULL : rt__mro_find(rt, cls, RT_NULL, ID(init), &def);
    if (f && !rt_is_func(f))
        f = RT_NULL;
    if (!rt->exc && rt__tcache_probe(rt, cls, ID(new), RT_NULL, RT_TC_MRO) &&
        (nw || rt__tcache_probe(rt, cls, ID(init), RT_NULL, RT_TC_MRO)) &&
        (e = rt__tcache_slot(rt, cls, ID(init), RT_NULL, RT_TC_BIRTH)))
        e->value = f;
    return f;
}

/* True when cls or a class of its MRO has had __new__ in its dict (RT_TF_NEWSET). */
static bool new_was_set(rt_value cls)
{
    rt_type_obj *to = rt_type_obj_of(cls);
    if (to->tflags & RT_TF_NEWSET)
        return true;
    for (int64_t i = 0; to->mro && i < rt_tuple_len(to->mro); i++)
        if (rt_type_obj_of(rt_tuple_items(to->mro)[i])->tflags & RT_TF_NEWSET)
            return true;
    return false;
}

rt_value rt__class_prepare_init(rt_state *rt, rt_value cls, rt_value *init)
{
    *init = RT_NULL;
    rt_tcache_entry *e = rt__tcache_probe(rt, cls, ID(init), RT_NULL, RT_TC_BIRTH);
    rt_value f = e ? e->value : birth_init(rt, cls);
    if (!f)
        return RT_NULL;
    rt_value o = rt_inst_new(rt, cls);
    if (o)
        *init = f;
    return o;
}

rt_value rt__class_call(rt_state *rt, rt_value cls, const rt_value *args, size_t nargs,
                        rt_value kwnames)
{
    rt_value mc = rt_type_obj_of(cls)->meta ? rt__meta_call(rt, cls) : RT_NULL;
    if (!mc)
        return rt__class_construct(rt, cls, args, nargs, kwnames);
    /* the metaclass's __call__(cls, *args, **kw) */
    rt_value f = rt__descr_get(rt, mc, cls, rt_type_obj_of(cls)->meta);
    if (!f)
        return RT_NULL;
    rt_value r = rt_call(rt, f, args, nargs, kwnames);
    rt_decref(rt, f);
    return r;
}

rt_value rt__class_construct(rt_state *rt, rt_value cls, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    rt_type_obj *to = rt_type_obj_of(cls);
    size_t nkw = rt_kw_count(kwnames);
    const rt_builtin_def *ndef, *idef;
    rt_value nw = rt__mro_find(rt, cls, RT_NULL, ID(new), &ndef);
    rt_value in = rt__mro_find(rt, cls, RT_NULL, ID(init), &idef);
    rt_value obj;
    rt_value small[16];
    rt_value *buf = small;
    if (nargs + nkw + 1 > 16 && !(buf = malloc((nargs + nkw + 1) * sizeof(rt_value))))
        return rt_raise(rt, RT_EXC_MemoryError, "out of memory");
    buf[0] = cls;
    if (nargs + nkw)
        memcpy(buf + 1, args, (nargs + nkw) * sizeof(rt_value));
    if (nw) {
        rt_value f = rt_type_of(nw) == RT_T_STATICMETHOD ? rt_descr_of(nw)->a : nw;
        obj = rt_call(rt, f, buf, nargs + 1, kwnames);
    } else if ((to->native || to->inst_type == RT_T_TYPE) && ndef) {
        obj = ndef->fn(rt, RT_NULL, buf, nargs + 1, kwnames); /* the builtin base's __new__ */
    } else {
        if ((nargs || nkw) && to->inst_type == RT_T_INSTANCE && new_was_set(cls)) {
            if (buf != small)
                free(buf);
            return rt_raise(rt, RT_EXC_TypeError,
                            "object.__new__() takes exactly one argument (the type to "
                            "instantiate)");
        }
        if (!in && (nargs || nkw) && to->inst_type == RT_T_INSTANCE && !rt__module_init_is(idef)) {
            if (buf != small)
                free(buf);
            return rt_raise(rt, RT_EXC_TypeError, "%s() takes no arguments", rt_type_obj_name(cls));
        }
        /* keywords: only NameError's name= and AttributeError's name=, obj=,
         * which subclasses take too */
        if (to->inst_type == RT_T_EXC && nkw && !in)
            obj = rt__exc_call(rt, cls, args, nargs, kwnames);
        else
            obj = rt__object_new(rt, RT_NULL, buf, nargs + 1, RT_NULL);
    }
    if (obj && nw && rt_type_obj_get(rt, obj) != cls && rt_isinstance(rt, obj, cls)) {
        /* __new__ made an instance of a subclass: its class's __init__ runs */
        cls = rt_type_obj_get(rt, obj);
        in = rt__mro_find(rt, cls, RT_NULL, ID(init), &idef);
    }
    if (obj && in && rt_isinstance(rt, obj, cls)) {
        rt_value r;
        if (rt_is_func(in) || rt_type_of(in) == RT_T_BUILTIN) {
            buf[0] = obj;
            r = rt_call(rt, in, buf, nargs + 1, kwnames);
        } else {
            /* a staticmethod, a callable instance...: bound as a descriptor, as
             * CPython's slot_tp_init does, then called with the arguments */
            rt_value b = rt__descr_get(rt, in, obj, cls);
            r = b ? rt_call(rt, b, args, nargs, kwnames) : RT_NULL;
            if (b)
                rt_decref(rt, b);
        }
        if (!check_init_result(rt, r)) {
            rt_decref(rt, obj);
            obj = RT_NULL;
        }
    } else if (obj && !in && idef && (rt__slot_method_is_init(idef) || rt__module_init_is(idef)) &&
               rt_isinstance(rt, obj, cls)) {
        /* the builtin base's __init__ fills the base value (list, dict, set) */
        rt_value r = idef->fn(rt, rt__builtin_receiver(obj, idef), args, nargs, kwnames);
        if (!check_init_result(rt, r)) {
            rt_decref(rt, obj);
            obj = RT_NULL;
        }
    } else if (obj && !in && nw && rt_isinstance(rt, obj, cls) && idef == NULL &&
               to->inst_type == RT_T_INSTANCE) {
        /* object.__init__ with a custom __new__ accepts the arguments */
    }
    if (buf != small)
        free(buf);
    return obj;
}

/* ---- attributes of classes ---------------------------------------------------------------- */

static rt_value mro_tuple(rt_state *rt, rt_value t)
{
    rt_type_obj *to = rt_type_obj_of(t);
    int64_t n = to->mro ? rt_tuple_len(to->mro) : 0;
    rt_value m = rt_tuple_new(rt, n + 1);
    if (!m)
        return RT_NULL;
    rt_tuple_set_steal(m, 0, own(t));
    for (int64_t i = 0; i < n; i++)
        rt_tuple_set_steal(m, i + 1, own(rt_tuple_items(to->mro)[i]));
    return m;
}

/* A builtin type whose name is dotted ("weakref.ReferenceType", CPython's
 * tp_name): its __name__ is the last part, its __module__ the rest. */
static const char *dotted_tail(rt_type_obj *to)
{
    if (to->tflags & RT_TF_HEAP)
        return NULL;
    const char *dot = strrchr(rt_str_data(to->name), '.');
    return dot ? dot + 1 : NULL;
}

rt_value rt__type_getattr(rt_state *rt, rt_value t, rt_value name)
{
    rt_type_obj *to = rt_type_obj_of(t);
    const char *tail = dotted_tail(to);
    if (tail && (rt_str_eq(name, ID(name)) || rt_str_eq(name, ID(qualname))))
        return rt_str_from_cstr(rt, tail);
    if (tail && rt_str_eq(name, ID(module)))
        return rt_str_new(rt, rt_str_data(to->name), (size_t)(tail - 1 - rt_str_data(to->name)));
    if (rt_str_eq(name, ID(name)))
        return own(to->name);
    if (rt_str_eq(name, ID(qualname)))
        return own(to->qualname ? to->qualname : to->name);
    if (rt_str_eq(name, ID(mro)))
        return mro_tuple(rt, t);
    if (rt_str_eq(name, ID(bases))) {
        if (to->bases)
            return own(to->bases);
        return to->base ? rt_tuple_pack(rt, 1, to->base) : rt_tuple_new(rt, 0);
    }
    if (rt_str_eq(name, ID(base)))
        return own(to->base ? to->base : RT_NONE);
    if (rt_str_eq(name, ID(class)))
        return own(rt__meta_of(rt, t));
    rt_value md = to->meta ? rt__meta_data_attr(rt, t, name) : RT_NULL;
    if (md)
        return rt__descr_get(rt, md, t, to->meta);
    if (rt_str_eq(name, ID(dict))) {
        /* a builtin type's methods live in its C tables: a view of a copy with them */
        if (!(to->tflags & RT_TF_HEAP) && t != rt->type_objs[RT_T_INSTANCE]) {
            rt_value d = rt__builtin_type_dict(rt, t);
            rt_value p = d ? rt_mproxy_new(rt, d) : RT_NULL;
            rt_decref(rt, d);
            return p;
        }
        /* a read-only view: the namespace changes only through rt__type_setattr */
        if (!to->dict && !(to->dict = rt_dict_new(rt)))
            return RT_NULL;
        return rt_mproxy_new(rt, to->dict);
    }
    if (!(to->tflags & RT_TF_HEAP)) {
        if (rt_str_eq(name, ID(module))) {
            bool user =
                to->inst_type == RT_T_EXC && to->exc_kind < 0 && !(to->tflags & RT_TF_EXCBUILT);
            return rt_str_from_cstr(rt, user ? "__main__" : "builtins");
        }
        if (rt_str_eq(name, ID(doc)) && !to->dict)
            return RT_NONE;
        const rt_builtin_def *idef =
            to->inst_type == RT_T_ITER ? rt__iter_type_method(rt, t, name) : NULL;
        if (idef)
            return rt__builtin_unbound_get(rt, idef, t, name);
    } else if (rt_str_eq(name, ID(module)) && !(to->dict && dict_find(rt, to->dict, name))) {
        /* a class's own __module__ only, never a base's (type(n, b, ns) run
         * where the globals have no __name__ sets none) */
        return rt->exc ? RT_NULL : rt_raise(rt, RT_EXC_AttributeError, "__module__");
    }
    const rt_builtin_def *def;
    rt_value v = rt__mro_find(rt, t, RT_NULL, name, &def);
    if (v)
        return rt__descr_get(rt, v, RT_NULL, t);
    if (def) {
        /* __new__ is a static method: object.__new__(cls) */
        if (rt_str_eq(name, ID(new)))
            return rt_builtin_new(rt, def, RT_NULL);
        return rt__builtin_unbound_get(rt, def, t, name);
    }
    const char *const *gs =
        to->tflags & RT_TF_HEAP ? NULL : rt__builtin_getset_names((rt_type_id)to->inst_type);
    for (size_t i = 0; gs && gs[i]; i++)
        if (rt_str_eq_cstr(name, gs[i]))
            return rt__getset_new(rt, name, t, RT_GETSET_BUILTIN);
    /* the metaclass's methods and attributes, bound to the class */
    bool found;
    rt_value mv = rt__meta_getattr(rt, t, name, &found);
    if (found || rt->exc)
        return mv;
    return rt_raise(rt, RT_EXC_AttributeError, "type object '%s' has no attribute '%s'",
                    rt_str_data(to->name), rt_str_data(name));
}

int rt__type_setattr(rt_state *rt, rt_value t, rt_value name, rt_value v)
{
    if (rt_type_obj_of(t)->meta) {
        int r = rt__meta_setattr(rt, t, name, v);
        if (r != 1)
            return r;
    }
    return rt__type_setattr_raw(rt, t, name, v);
}

int rt__type_setattr_raw(rt_state *rt, rt_value t, rt_value name, rt_value v)
{
    rt_type_obj *to = rt_type_obj_of(t);
    if (!(to->tflags & RT_TF_HEAP)) {
        rt_raise(rt, RT_EXC_TypeError, "cannot set '%s' attribute of immutable type '%s'",
                 rt_str_data(name), rt_str_data(to->name));
        return -1;
    }
    if (rt_str_eq(name, ID(bases)))
        return rt__class_set_bases(rt, t, v);
    if (rt_str_eq(name, ID(del)))
        rt->del_seen = true;
    if (v && rt_str_eq(name, ID(new)))
        to->tflags |= RT_TF_NEWSET;
    if (rt_str_eq(name, ID(name)) || rt_str_eq(name, ID(qualname))) {
        if (!v || !rt_is_str(v)) {
            rt_raise(rt, RT_EXC_TypeError, "can only assign string to %s.%s, not '%s'",
                     rt_str_data(to->name), rt_str_data(name), v ? rt_type_name(v) : "NULL");
            return -1;
        }
        if (rt_str_eq(name, ID(name)) && strlen(rt_str_data(v)) != rt_str_obj_of(v)->nbytes) {
            rt_raise(rt, RT_EXC_ValueError, "type name must not contain null characters");
            return -1;
        }
        rt_value *slot = rt_str_eq(name, ID(name)) ? &to->name : &to->qualname;
        rt_setref(rt, slot, v);
        return 0;
    }
    if (rt_str_eq(name, ID(mro))) {
        rt_raise(rt, RT_EXC_AttributeError, "readonly attribute");
        return -1;
    }
    if (rt_str_eq(name, rt->ids[RT_ID_abstractmethods])) {
        /* CPython's type_set_abstractmethods: the flag object.__new__ reads */
        int truth = v ? rt_truthy(rt, v) : 0;
        if (truth < 0)
            return -1;
        to->tflags = (uint8_t)(truth ? to->tflags | RT_TF_ABSTRACT : to->tflags & ~RT_TF_ABSTRACT);
    }
    rt__type_modified(rt, t);
    int r;
    if (!v) {
        r = rt_dict_del(rt, to->dict, name);
        rt__type_modified(rt, t); /* (again: the old value's finaliser may have looked it up) */
        if (r < 0) {
            if (rt_exc_matches(rt, RT_EXC_KeyError)) {
                rt_exc_clear(rt);
                rt_raise(rt, RT_EXC_AttributeError, "type object '%s' has no attribute '%s'",
                         rt_str_data(to->name), rt_str_data(name));
            }
            return -1;
        }
        return 0;
    }
    r = rt_dict_set(rt, to->dict, name, v);
    rt__type_modified(rt, t);
    return r;
}
