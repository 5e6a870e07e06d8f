/* weakref.c: weak references (weakref.ref): creation, the per-state table
 * from referents to their weak references, clearing when a referent dies
 * (reference counting or the collector), the queue of callbacks, and the
 * `_weakref` module. See weakref.h for the contract. */
#include "runtime/weakref.h"

#include <inttypes.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/finalize.h"
#include "runtime/heap.h"
#include "runtime/itertools.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/objid.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

/* ---- the table: referent address -> its list of weak references -----------------
 * Open addressing with linear probing; deletion shifts the following entries
 * back (no tombstones). Grows at 1/2 load; memory charged to the heap as the
 * runtime's own (owner NULL). */

typedef struct weak_entry {
    rt_obj *key; /* NULL: empty */
    rt_weakref *head;
} weak_entry;

struct rt_weaktab {
    weak_entry *slots;
    size_t cap, count;
    rt_weakref *pending; /* callbacks to run, linked through `next`; each holds a reference */
    bool closing;        /* the state is being freed: no callback is queued any more */
};

static size_t slot_of(const struct rt_weaktab *t, const rt_obj *key)
{
    uint64_t h = (uint64_t)(uintptr_t)key * UINT64_C(0x9E3779B97F4A7C15);
    return (size_t)(h >> 17) & (t->cap - 1);
}

static weak_entry *find(const struct rt_weaktab *t, const rt_obj *key)
{
    if (!t || !t->cap)
        return NULL;
    for (size_t i = slot_of(t, key);; i = (i + 1) & (t->cap - 1)) {
        if (t->slots[i].key == key)
            return &t->slots[i];
        if (!t->slots[i].key)
            return NULL;
    }
}

static int grow(rt_state *rt, struct rt_weaktab *t)
{
    size_t cap = t->cap ? t->cap * 2 : 64;
    weak_entry *n = rt_heap_alloc(rt, NULL, cap * sizeof *n);
    if (!n)
        return -1;
    memset(n, 0, cap * sizeof *n);
    weak_entry *old = t->slots;
    size_t oldcap = t->cap;
    t->slots = n;
    t->cap = cap;
    for (size_t i = 0; i < oldcap; i++) {
        if (!old[i].key)
            continue;
        size_t j = slot_of(t, old[i].key);
        while (n[j].key)
            j = (j + 1) & (cap - 1);
        n[j] = old[i];
    }
    if (old)
        rt_heap_free(rt, NULL, old, oldcap * sizeof *old);
    return 0;
}

/* The entry for key, created (empty list) when absent. NULL with MemoryError. */
static weak_entry *find_or_add(rt_state *rt, rt_obj *key)
{
    struct rt_weaktab *t = rt->weak;
    if (!t) {
        t = rt_heap_alloc(rt, NULL, sizeof *t);
        if (!t)
            return NULL;
        memset(t, 0, sizeof *t);
        rt->weak = t;
    }
    weak_entry *e = find(t, key);
    if (e)
        return e;
    if ((t->count + 1) * 2 > t->cap && grow(rt, t) < 0)
        return NULL;
    size_t i = slot_of(t, key);
    while (t->slots[i].key)
        i = (i + 1) & (t->cap - 1);
    t->slots[i].key = key;
    t->slots[i].head = NULL;
    t->count++;
    return &t->slots[i];
}

/* Removes entry e, shifting back the entries of the probe run after it. */
static void remove_entry(struct rt_weaktab *t, weak_entry *e)
{
    size_t i = (size_t)(e - t->slots), mask = t->cap - 1;
    t->slots[i].key = NULL;
    t->count--;
    for (size_t j = (i + 1) & mask; t->slots[j].key; j = (j + 1) & mask) {
        size_t home = slot_of(t, t->slots[j].key);
        /* move j back to i when i lies cyclically in [home, j) */
        bool move = i <= j ? (home <= i || home > j) : (home <= i && home > j);
        if (move) {
            t->slots[i] = t->slots[j];
            t->slots[j].key = NULL;
            i = j;
        }
    }
}

/* Takes wr out of its referent's list (the referent is alive). */
static void unlink_ref(rt_state *rt, rt_weakref *wr)
{
    weak_entry *e = find(rt->weak, wr->referent);
    if (wr->prev)
        wr->prev->next = wr->next;
    else if (e)
        e->head = wr->next;
    if (wr->next)
        wr->next->prev = wr->prev;
    wr->prev = wr->next = NULL;
    if (e && !e->head) {
        remove_entry(rt->weak, e);
        wr->referent->flags &= (uint8_t)~RT_F_WEAKREFD;
    }
    wr->referent = NULL;
}

/* ---- the object ------------------------------------------------------------------ */

static size_t weakref_size(const rt_obj *o)
{
    (void)o;
    return sizeof(rt_gc_link) + sizeof(rt_weakref);
}

/* Only the callback is a strong reference: the referent is not traversed,
 * so the collector never counts it. */
static void weakref_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt_weakref *w = (rt_weakref *)o;
    if (rt_is_obj(w->callback))
        visit(rt_as_obj(w->callback), arg);
}

static void weakref_clear(rt_state *rt, rt_obj *o)
{
    rt_weakref *w = (rt_weakref *)o;
    rt_value cb = w->callback;
    w->callback = RT_NULL;
    rt_decref(rt, cb);
}

static void weakref_dealloc(rt_state *rt, rt_obj *o)
{
    rt_weakref *w = (rt_weakref *)o;
    if (w->referent)
        unlink_ref(rt, w);
    weakref_clear(rt, o);
    rt_obj_free(rt, o, sizeof(rt_weakref));
}

const rt_typeinfo rt__weakref_typeinfo = {"weakref.ReferenceType", true,          weakref_size,
                                          weakref_traverse,        weakref_clear, weakref_dealloc};

/* True when obj may be referred to weakly (CPython's tp_weaklistoffset). */
static bool weakrefable(rt_value obj)
{
    switch (rt_type_of(obj)) {
    case RT_T_FUNCTION:
    case RT_T_BUILTIN:
    case RT_T_TYPE:
    case RT_T_SET:
    case RT_T_FROZENSET:
    case RT_T_GENERATOR:
    case RT_T_MODULE:
    case RT_T_METHOD:
    case RT_T_CODE: return true;
    case RT_T_ITERTOOL: return rt_itertool_of(obj)->kind == RT_ITERTOOL_TEE;
    case RT_T_INSTANCE: {
        /* __slots__ without __dict__ leaves no room unless it, or the __slots__ of a
         * class it derives from, names __weakref__ */
        rt_value cls = rt_inst_of(obj)->cls;
        rt_type_obj *t = rt_type_obj_of(cls);
        if (!(t->tflags & RT_TF_NODICT))
            return true;
        int64_t n = t->mro ? rt_tuple_len(t->mro) : 0;
        for (int64_t k = -1; k < n; k++) {
            rt_value sl = rt_type_obj_of(k < 0 ? cls : rt_tuple_items(t->mro)[k])->slots;
            for (int64_t i = 0; sl && i < rt_tuple_len(sl); i++)
                if (rt_str_eq_cstr(rt_tuple_items(sl)[i], "__weakref__"))
                    return true;
        }
        return false;
    }
    default: return false;
    }
}

rt_value rt_weakref_new(rt_state *rt, rt_value obj, rt_value callback)
{
    if (!weakrefable(obj))
        return rt_raise(rt, RT_EXC_TypeError, "cannot create weak reference to '%s' object",
                        rt_type_name(obj));
    if (callback == RT_NONE)
        callback = RT_NULL;
    rt_obj *o = rt_as_obj(obj);
    weak_entry *e = find_or_add(rt, o);
    if (!e)
        return RT_NULL;
    /* the callback-less reference, when there is one, is first and shared */
    if (!callback && e->head && !e->head->callback) {
        rt_incref(rt_from_obj(e->head));
        return rt_from_obj(e->head);
    }
    rt_weakref *w = (rt_weakref *)rt_obj_alloc(rt, RT_T_WEAKREF, sizeof(rt_weakref));
    if (!w) {
        if (!e->head)
            remove_entry(rt->weak, e);
        return RT_NULL;
    }
    e = find(rt->weak, o); /* (the allocation cannot move the table; kept explicit) */
    w->referent = o;
    rt_incref(callback);
    w->callback = callback;
    w->hash = -1;
    w->prev = NULL;
    if (!callback || !e->head || e->head->callback) {
        w->next = e->head; /* at the head: callback-less first */
        if (e->head)
            e->head->prev = w;
        e->head = w;
    } else {
        w->prev = e->head; /* after the shared callback-less one */
        w->next = e->head->next;
        if (w->next)
            w->next->prev = w;
        e->head->next = w;
    }
    o->flags |= RT_F_WEAKREFD;
    return rt_from_obj(w);
}

rt_value rt_weakref_get(rt_value wr)
{
    rt_obj *o = rt_weakref_of(wr)->referent;
    return o ? rt_from_obj(o) : RT_NULL;
}

/* ---- death of a referent --------------------------------------------------------- */

void rt__weakref_clear_referent(rt_state *rt, rt_obj *o)
{
    struct rt_weaktab *t = rt->weak;
    o->flags &= (uint8_t)~RT_F_WEAKREFD;
    weak_entry *e = find(t, o);
    if (!e)
        return;
    rt_weakref *w = e->head;
    remove_entry(t, e);
    while (w) {
        rt_weakref *next = w->next;
        w->referent = NULL;
        w->prev = w->next = NULL;
        if (w->callback && !t->closing && !(w->hdr.flags & RT_F_MARK)) {
            w->hdr.refcnt++; /* the queue's reference */
            w->next = t->pending;
            t->pending = w;
            rt->gc_pending = true; /* the VM's next safe point runs the queue */
        }
        w = next;
    }
}

void rt__weakref_run_pending(rt_state *rt)
{
    struct rt_weaktab *t = rt->weak;
    if (!t || !t->pending)
        return;
    rt_value saved = rt->exc;
    rt->exc = RT_NULL;
    /* oldest first: the queue is a stack, so reverse it */
    rt_weakref *list = NULL;
    while (t->pending) {
        rt_weakref *w = t->pending;
        t->pending = w->next;
        w->next = list;
        list = w;
    }
    while (list) {
        rt_weakref *w = list;
        list = w->next;
        w->next = NULL;
        rt_value wv = rt_from_obj(w);
        rt_value cb = w->callback;
        if (cb) {
            rt_incref(cb);
            rt_value r = rt_call(rt, cb, &wv, 1, RT_NULL);
            rt_decref(rt, cb);
            if (r)
                rt_decref(rt, r);
            else
                rt__report_unraisable(rt, cb, false); /* as CPython, and goes on */
        }
        rt_decref(rt, wv);
    }
    rt->exc = saved;
}

void rt__weakref_shutdown(rt_state *rt)
{
    struct rt_weaktab *t = rt->weak;
    if (!t)
        return;
    t->closing = true;
    while (t->pending) {
        rt_weakref *w = t->pending;
        t->pending = w->next;
        w->next = NULL;
        rt_decref(rt, rt_from_obj(w));
    }
}

void rt__weakref_dispose(rt_state *rt)
{
    struct rt_weaktab *t = rt->weak;
    if (!t)
        return;
    rt__weakref_shutdown(rt);
    if (t->slots)
        rt_heap_free(rt, NULL, t->slots, t->cap * sizeof *t->slots);
    rt_heap_free(rt, NULL, t, sizeof *t);
    rt->weak = NULL;
}

/* ---- protocol --------------------------------------------------------------------- */

rt_value rt__weakref_call(rt_state *rt, rt_value wr, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    (void)args;
    if (rt_kw_count(kwnames))
        return rt_raise(rt, RT_EXC_TypeError, "weakref() takes no keyword arguments");
    if (nargs)
        return rt_raise(rt, RT_EXC_TypeError, "weakref expected 0 arguments, got %zu", nargs);
    rt_value o = rt_weakref_get(wr);
    if (!o)
        return RT_NONE;
    rt_incref(o);
    return o;
}

rt_value rt__weakref_repr(rt_state *rt, rt_value wr)
{
    uint64_t id = rt__objid_of_value(rt, wr);
    rt_value o = rt_weakref_get(wr);
    if (!o)
        return rt_str_printf(rt, "<weakref at 0x%" PRIx64 "; dead>", id);
    return rt_str_printf(rt, "<weakref at 0x%" PRIx64 "; to '%s' at 0x%" PRIx64 ">", id,
                         rt_type_name(o), rt__objid_of_value(rt, o));
}

rt_value rt__weakref_getattr(rt_state *rt, rt_value wr, rt_value name)
{
    if (rt_str_eq_cstr(name, "__callback__")) {
        rt_value cb = rt_weakref_of(wr)->callback;
        cb = cb ? cb : RT_NONE;
        rt_incref(cb);
        return cb;
    }
    if (rt_str_eq_cstr(name, "__class__")) {
        rt_value t = rt->type_objs[RT_T_WEAKREF];
        rt_incref(t);
        return t;
    }
    return rt_raise(rt, RT_EXC_AttributeError,
                    "'weakref.ReferenceType' object has no attribute '%s'", rt_str_data(name));
}

int rt__weakref_hash(rt_state *rt, rt_value wr, int64_t *out)
{
    rt_weakref *w = rt_weakref_of(wr);
    if (w->hash == -1) {
        if (!w->referent) {
            rt_raise(rt, RT_EXC_TypeError, "weak object has gone away");
            return -1;
        }
        int64_t h;
        if (rt_hash(rt, rt_from_obj(w->referent), &h) < 0)
            return -1;
        w->hash = h;
    }
    *out = w->hash;
    return 0;
}

int rt__weakref_eq(rt_state *rt, rt_value a, rt_value b)
{
    rt_value x = rt_weakref_get(a), y = rt_weakref_get(b);
    if (!x || !y)
        return a == b;
    return rt_eq(rt, x, y);
}

rt_value rt__weakref_construct(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames)
{
    if (rt_kw_count(kwnames))
        return rt_raise(rt, RT_EXC_TypeError, "ref() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        return rt_raise(rt, RT_EXC_TypeError, "__new__ expected at %s %d argument%s, got %zu",
                        nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 2, nargs < 1 ? "" : "s",
                        nargs);
    return rt_weakref_new(rt, args[0], nargs > 1 ? args[1] : RT_NULL);
}

/* ---- the _weakref module ------------------------------------------------------------
 * ref (the type), ReferenceType, getweakrefcount, getweakrefs; stdlib/weakref.py
 * builds the rest on them. */

static rt_value mod_getweakrefcount(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                    rt_value kwnames)
{
    (void)self;
    if (rt_args_one(rt, "getweakrefcount", nargs, kwnames) < 0)
        return RT_NULL;
    if (!rt_is_obj(args[0]) || !(rt_as_obj(args[0])->flags & RT_F_WEAKREFD))
        return rt_smallint(0);
    weak_entry *e = find(rt->weak, rt_as_obj(args[0]));
    int64_t n = 0;
    for (rt_weakref *w = e ? e->head : NULL; w; w = w->next)
        n++;
    return rt_smallint(n);
}

rt_value rt__weakref_first(rt_state *rt, rt_value obj)
{
    if (!rt_is_obj(obj) || !(rt_as_obj(obj)->flags & RT_F_WEAKREFD))
        return RT_NULL;
    weak_entry *e = find(rt->weak, rt_as_obj(obj));
    return e && e->head ? rt_from_obj(e->head) : RT_NULL;
}

static rt_value mod_getweakrefs(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                rt_value kwnames)
{
    (void)self;
    if (rt_args_one(rt, "getweakrefs", nargs, kwnames) < 0)
        return RT_NULL;
    rt_value l = rt_list_new(rt, 0);
    if (!l || !rt_is_obj(args[0]) || !(rt_as_obj(args[0])->flags & RT_F_WEAKREFD))
        return l;
    weak_entry *e = find(rt->weak, rt_as_obj(args[0]));
    for (rt_weakref *w = e ? e->head : NULL; w; w = w->next)
        if (rt_list_append(rt, l, rt_from_obj(w)) < 0) {
            rt_decref(rt, l);
            return RT_NULL;
        }
    return l;
}

static const rt_builtin_def weakref_functions[] = {
    {"getweakrefcount", mod_getweakrefcount},
    {"getweakrefs", mod_getweakrefs},
    {NULL, NULL},
};

int rt__mod_weakref_fill(rt_state *rt, rt_value d)
{
    if (rt__module_add_funcs(rt, d, weakref_functions) < 0)
        return -1;
    rt_value t = rt->type_objs[RT_T_WEAKREF];
    if (rt_dict_set_cstr(rt, d, "ref", t) < 0 || rt_dict_set_cstr(rt, d, "ReferenceType", t) < 0)
        return -1;
    return 0;
}
