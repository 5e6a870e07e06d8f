/* class_bases.c: assigning a class's __bases__: the checks CPython makes, then the MRO
 * of the class and of every class below it computed again; and cls.__subclasses__(),
 * the classes naming it among their bases, found the same way (by walking the
 * collector's objects: no class keeps a list of its subclasses). */
#include "runtime/class.h"
#include "runtime/gc.h"
#include "runtime/list.h"
#include "runtime/object.h"
#include "runtime/state.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/typecache.h"

typedef struct below {
    rt_state *rt;
    rt_value cls;  /* the class whose bases change (borrowed) */
    rt_value list; /* the heap classes with it in their MRO (owned by the caller) */
    bool failed;   /* an append ran out of memory */
} below;

static void collect_below(rt_obj *o, void *arg)
{
    below *b = arg;
    rt_value t = rt_from_obj(o);
    if (b->failed || rt_type_of(t) != RT_T_TYPE || t == b->cls ||
        !(rt_type_obj_of(t)->tflags & RT_TF_HEAP) || !rt_type_is_subtype(t, b->cls))
        return;
    if (rt_list_append(b->rt, b->list, t) < 0)
        b->failed = true;
}

/* A class whose bases name b->cls: appended to b->list. */
static void collect_direct(rt_obj *o, void *arg)
{
    below *b = arg;
    rt_value t = rt_from_obj(o);
    if (b->failed || rt_type_of(t) != RT_T_TYPE || t == b->cls)
        return;
    rt_type_obj *to = rt_type_obj_of(t);
    bool direct = false;
    if (to->bases) {
        for (int64_t i = 0; i < rt_tuple_len(to->bases); i++)
            direct = direct || rt_tuple_items(to->bases)[i] == b->cls;
    } else {
        direct = to->base == b->cls;
    }
    if (direct && rt_list_append(b->rt, b->list, t) < 0)
        b->failed = true;
}

rt_value rt__class_subclasses(rt_state *rt, rt_value cls)
{
    /* (the collector's lists hold the oldest objects first: creation order, near enough) */
    below b = {rt, cls, rt_list_new(rt, 0), false};
    if (!b.list)
        return RT_NULL;
    rt__gc_each_tracked(rt, collect_direct, &b);
    if (b.failed) {
        rt_decref(rt, b.list);
        return RT_NULL;
    }
    return b.list;
}

/* The MRO of cls from its bases as they are now (its metaclass's mro() when it defines
 * one): 0 with to->mro replaced (the old one in *old, owned), or -1 with an exception and
 * to->mro as it was. */
static int mro_again(rt_state *rt, rt_value cls, rt_value *old)
{
    rt_type_obj *to = rt_type_obj_of(cls);
    rt_value mro = rt__class_c3(rt, cls);
    if (!mro)
        return -1;
    *old = to->mro;
    to->mro = mro;
    if (rt__meta_mro(rt, cls) < 0) {
        rt_value mine = to->mro;
        to->mro = *old;
        *old = RT_NULL;
        rt_decref(rt, mine);
        return -1;
    }
    /* rt__meta_mro dropped the C3 tuple it replaced; a reference to old stays ours */
    return 0;
}

int rt__class_set_bases(rt_state *rt, rt_value cls, rt_value v)
{
    rt_type_obj *to = rt_type_obj_of(cls);
    const char *name = rt_type_obj_name(cls);
    if (!v) {
        rt_raise(rt, RT_EXC_TypeError, "cannot delete '__bases__' attribute of immutable type '%s'",
                 name);
        return -1;
    }
    if (!rt_is_tuple(v)) {
        rt_raise(rt, RT_EXC_TypeError, "can only assign tuple to %s.__bases__, not %s", name,
                 rt_type_name(v));
        return -1;
    }
    if (rt_tuple_len(v) == 0) {
        rt_raise(rt, RT_EXC_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()",
                 name);
        return -1;
    }
    for (int64_t i = 0; i < rt_tuple_len(v); i++) {
        rt_value b = rt_tuple_items(v)[i];
        if (rt_type_of(b) != RT_T_TYPE) {
            rt_raise(rt, RT_EXC_TypeError, "%s.__bases__ must be tuple of classes, not '%s'", name,
                     rt_type_name(b));
            return -1;
        }
        if (rt_type_is_subtype(b, cls)) {
            rt_raise(rt, RT_EXC_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    /* the instances keep their layout: the new bases must give the one they have */
    int inst_type, native;
    if (rt__class_bases_layout(rt, v, &inst_type, &native) < 0)
        return -1;
    rt_value first = rt_tuple_items(v)[0];
    if (inst_type != to->inst_type || native != to->native ||
        rt_type_obj_of(first)->nslots != (to->base ? rt_type_obj_of(to->base)->nslots : 0)) {
        rt_raise(rt, RT_EXC_TypeError, "__bases__ assignment: '%s' deallocator differs from '%s'",
                 rt_type_obj_name(first), to->base ? rt_type_obj_name(to->base) : "object");
        return -1;
    }
    below b = {rt, cls, rt_list_new(rt, 0), false};
    if (!b.list)
        return -1;
    rt__gc_each_tracked(rt, collect_below, &b);
    if (b.failed) {
        rt_decref(rt, b.list);
        return -1;
    }
    /* parents before their subclasses: a class's MRO is built from its bases' */
    int64_t n = rt_list_len(b.list);
    rt_value *items = rt_list_items(b.list);
    for (int64_t i = 1; i < n; i++)
        for (int64_t j = i; j > 0 && rt_tuple_len(rt_type_obj_of(items[j - 1])->mro) >
                                         rt_tuple_len(rt_type_obj_of(items[j])->mro);
             j--) {
            rt_value tmp = items[j];
            items[j] = items[j - 1];
            items[j - 1] = tmp;
        }
    rt_value olds = rt_tuple_new(rt, n + 1);
    if (!olds) {
        rt_decref(rt, b.list);
        return -1;
    }
    rt_value old_bases = to->bases, old_base = to->base;
    rt_incref(v);
    rt_incref(first);
    to->bases = v;
    to->base = first;
    int64_t done = -1, rc = 0;
    for (int64_t i = -1; i < n; i++) {
        rt_value c = i < 0 ? cls : items[i], old;
        if (mro_again(rt, c, &old) < 0) {
            rc = -1;
            break;
        }
        rt_tuple_set_steal(olds, i + 1, old);
        done = i;
    }
    if (rc < 0) {
        /* put back what was there: the bases, then every MRO already replaced */
        for (int64_t i = done; i >= -1; i--) {
            rt_type_obj *co = rt_type_obj_of(i < 0 ? cls : items[i]);
            rt_value mine = co->mro;
            co->mro = rt_tuple_items(olds)[i + 1];
            rt_incref(co->mro);
            rt_decref(rt, mine);
        }
        to->bases = old_bases;
        to->base = old_base;
        old_bases = v;
        old_base = first;
    }
    rt_decref(rt, old_bases);
    rt_decref(rt, old_base);
    for (int64_t i = -1; i < n; i++)
        rt__type_modified(rt, i < 0 ? cls : items[i]);
    rt_decref(rt, olds);
    rt_decref(rt, b.list);
    return (int)rc;
}
