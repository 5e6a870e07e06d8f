/* heap.c: the allocation chokepoint: every object and owned buffer is
 * allocated and freed here, counted by type and by site, and checked
 * against the heap limit (MemoryError, never a crash).
 *
 * RT_NO_ACCOUNTING (CMake: -DCLOSURED_ACCOUNTING=OFF) compiles out the
 * counts by site and type and the site lookup per allocation, to measure
 * what they cost: the totals and the heap limit (MemoryError) stay; objects
 * are charged to site 0 except functions, which still record their
 * definition site (rt_heap_move_site) for the closure listing; the by-type
 * and by-site histograms read as empty. */
#include "runtime/heap.h"
#include "runtime/heap_fast.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/finalize.h"
#include "runtime/frame.h"
#include "runtime/gc.h"
#include "runtime/site.h"
#include "runtime/state.h"
#include "runtime/weakref.h"

#define LINK_SIZE sizeof(rt_gc_link)

/* Sets h->fast_limit (state.h) from the limit, the peak, the stress switch
 * and the site override (rare: while one is set, every object takes the
 * slow path, so the fast one need not look for it); called whenever one of
 * them changes. */
static void fast_limit_set(rt_heap *h)
{
    uint64_t l = h->limit ? (uint64_t)h->limit : UINT64_MAX;
    if (h->peak_bytes < l)
        l = h->peak_bytes;
    h->fast_limit = h->fail_countdown || h->override_site ? 0 : l;
}

int rt__heap_init(rt_state *rt)
{
    rt_heap *h = &rt->heap;
    memset(h, 0, sizeof *h);
    h->limit = rt->cfg.heap_limit_bytes;
    fast_limit_set(h);
    rt__pool_init(&h->pool);
    h->by_site_cap = 64;
    h->by_site_type = calloc((size_t)h->by_site_cap * RT_HEAP_ROW, sizeof *h->by_site_type);
    if (!h->by_site_type) {
        h->by_site_cap = 0;
        return -1;
    }
    return 0;
}

void rt__heap_dispose(rt_state *rt)
{
    rt__pool_dispose(&rt->heap.pool);
    free(rt->heap.by_site_type);
    rt->heap.by_site_type = NULL;
    rt->heap.by_site_cap = 0;
}

uint16_t rt_heap_set_site(rt_state *rt, uint16_t site)
{
    uint16_t old = rt->heap.override_site;
    rt->heap.override_site = site;
    fast_limit_set(&rt->heap);
    return old;
}

void rt_heap_set_limit(rt_state *rt, size_t limit)
{
    rt->heap.limit = limit;
    fast_limit_set(&rt->heap);
}

void rt__heap_fail_after(rt_state *rt, uint64_t n)
{
    rt->heap.fail_countdown = n;
    fast_limit_set(&rt->heap);
}

size_t rt_value_sizeof(rt_value v)
{
    if (!rt_is_obj(v))
        return sizeof(rt_value);
    const rt_obj *o = rt_as_obj(v);
    return rt_typeinfos[o->type]->size(o);
}

#ifndef RT_NO_ACCOUNTING
/* Makes by_site_type hold the row of `site`; false when the host is out of
 * memory. */
static bool site_slot(rt_heap *h, uint16_t site)
{
    if (site < h->by_site_cap)
        return true;
    uint32_t cap = h->by_site_cap ? h->by_site_cap : 64;
    while (cap <= site)
        cap *= 2;
    rt_heap_pair *n = realloc(h->by_site_type, (size_t)cap * RT_HEAP_ROW * sizeof *n);
    if (!n)
        return false;
    memset(n + (size_t)h->by_site_cap * RT_HEAP_ROW, 0,
           (size_t)(cap - h->by_site_cap) * RT_HEAP_ROW * sizeof *n);
    h->by_site_type = n;
    h->by_site_cap = cap;
    return true;
}
#endif

/* ---- blocks ---------------------------------------------------------------- */

/* A block of `size` bytes, not zeroed; NULL when the host is out of memory. */
static inline void *block_alloc(rt_heap *h, size_t size)
{
#ifdef RT_POOL_OFF
    (void)h;
    return malloc(size ? size : 1);
#else
    if (size - 1 < RT_POOL_MAX) /* (size 0 wraps to the malloc path) */
        return rt__pool_alloc(&h->pool, size);
    return malloc(size ? size : 1);
#endif
}

static inline void block_free(rt_heap *h, void *p, size_t size)
{
#ifdef RT_POOL_OFF
    (void)h;
    (void)size;
    free(p);
#else
    if (size - 1 < RT_POOL_MAX)
        rt__pool_free(&h->pool, p, size);
    else
        free(p);
#endif
}

/* The bytes of the block that holds `size`: a pool block is whole grains,
 * and an object is zeroed to its end (see rt__heap_block_zero). */
static inline size_t block_bytes(size_t size)
{
#ifndef RT_POOL_OFF
    if (size - 1 < RT_POOL_MAX)
        return (size + RT_POOL_GRAIN - 1) & ~(size_t)(RT_POOL_GRAIN - 1);
#endif
    return size;
}

/* p (a block of `old` bytes) resized to `size` bytes, contents kept up to
 * the smaller size; NULL (p untouched) when out of memory. */
static void *block_resize(rt_heap *h, void *p, size_t old, size_t size)
{
#ifndef RT_POOL_OFF
    if (old - 1 < RT_POOL_MAX || size - 1 < RT_POOL_MAX) {
        if (old == size && old)
            return p;
        void *n = block_alloc(h, size);
        if (!n)
            return NULL;
        memcpy(n, p, old < size ? old : size);
        block_free(h, p, old);
        return n;
    }
#else
    (void)h;
    (void)old;
#endif
    return realloc(p, size ? size : 1);
}

/* ---- accounting -------------------------------------------------------------- */

#ifndef RT_NO_ACCOUNTING

/* alloc_site's rare case: the first allocation by an instruction interns
 * its line's site and stores it in the instruction's slot (0 when the host
 * is out of memory: not stored, tried again next time). */
static __attribute__((noinline)) uint16_t alloc_site_intern(rt_state *rt, rt_heap *h,
                                                            uint16_t *entry)
{
    uint16_t site = rt__current_site(rt);
    if (!site_slot(h, site))
        return 0;
    if (entry)
        *entry = site;
    return site;
}

/* The site to charge an object allocated now: the override, else the
 * executing instruction's, from its code object's table of sites by
 * instruction (filled as instructions first allocate). */
static inline uint16_t alloc_site(rt_state *rt, rt_heap *h)
{
    if (h->override_site)
        return site_slot(h, h->override_site) ? h->override_site : 0;
    uint16_t *entry = rt__heap_site_entry(rt->frame);
    uint16_t site = entry ? *entry : 0;
    if (__builtin_expect(!site || site >= h->by_site_cap, 0))
        return alloc_site_intern(rt, h, entry);
    return site;
}
#endif

/* A new peak: recorded, and the fast path's bound moves with it. */
static __attribute__((noinline)) void peak_raise(rt_heap *h)
{
    h->peak_bytes = h->live_bytes;
    fast_limit_set(h);
}

/* The counters kept per allocation and per free. Only what cannot be
 * derived is stored: the totals ever allocated are live + freed
 * (rt_heap_totals_get), so an allocation touches the live and peak counts
 * and a free the live and freed ones. (The objects' fast path keeps its
 * own copy of the object case: heap_fast.h.) */
static inline void charge(rt_heap *h, uint8_t type, uint16_t site, size_t bytes, int objects)
{
    /* no object is a None (None is an immediate): RT_T_NONE marks bytes with
     * no owner, and only buffers (objects == 0) can have none */
    bool unowned = !objects && type == RT_T_NONE;
    h->live_bytes += bytes;
    if (unowned)
        h->other_bytes += bytes;
    if (h->live_bytes > h->peak_bytes)
        peak_raise(h);
#ifdef RT_HEAP_LIVE_OBJECTS_KEPT
    if (objects)
        h->live_objects++;
#endif
#ifdef RT_NO_ACCOUNTING
    (void)type;
    (void)site;
#else
    if (unowned)
        return; /* in no type's or site's histogram (rt_mem_charge: "under no type or site") */
    rt__heap_pair_add(rt__heap_cell(h, site, type), bytes, (uint64_t)objects, false);
#endif
}

static inline void uncharge(rt_heap *h, uint8_t type, uint16_t site, size_t bytes, int objects)
{
    bool unowned = !objects && type == RT_T_NONE; /* as in charge */
    h->live_bytes -= bytes;
    if (unowned)
        h->other_bytes -= bytes;
    h->freed_bytes += bytes;
    if (objects) {
#ifdef RT_HEAP_LIVE_OBJECTS_KEPT
        h->live_objects--;
#endif
        h->freed_objects++;
    }
    if (!h->dealloc_depth) { /* outside any dealloc: not reference counting's (gc.h) */
        h->outside_freed_bytes += bytes;
        h->outside_freed_objects += (uint64_t)objects;
    }
#ifdef RT_NO_ACCOUNTING
    (void)type;
    (void)site;
#else
    if (unowned)
        return;
    /* every site charged is below by_site_cap (charge's site_slot), and the
     * table never shrinks */
    rt__heap_pair_add(rt__heap_cell(h, site, type), bytes, (uint64_t)objects, true);
#endif
}

/* Raises MemoryError for a failed allocation. While it is being raised,
 * allocations may pass the limit (the reserve), so the exception itself can
 * be built; a nested failure leaves rt_raise to fall back to the state's
 * preallocated instance. */
static void raise_oom(rt_state *rt)
{
    rt_heap *h = &rt->heap;
    if (h->raising)
        return;
    h->raising = true;
    rt__gc_request_full(rt); /* garbage cycles may be what fills the heap */
    /* a fresh instance (built from the reserve); rt_raise falls back to the
     * state's preallocated one when even that fails */
    rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    h->raising = false;
}

/* True when `grow` more bytes are allowed (limit and stress switch). */
static bool may_grow(rt_state *rt, size_t grow)
{
    rt_heap *h = &rt->heap;
    if (h->raising)
        return true;
    if (h->fail_countdown && --h->fail_countdown == 0) {
        fast_limit_set(h); /* the switch is off again */
        return false;
    }
    return !h->limit || h->live_bytes + grow <= h->limit;
}

/* Every case of an object's allocation: limit and stress switch, the site
 * resolved in full, malloc for large blocks, MemoryError. */
rt_obj *rt__obj_alloc_slow(rt_state *rt, rt_type_id type, size_t size, bool track)
{
    bool cont = rt_type_inline_link(type);
    size_t total = size + (cont ? LINK_SIZE : 0);
    rt_heap *h = &rt->heap;
#ifndef RT_POOL_OFF
    /* The commonest way here: a block the fast path would have taken but
     * for a new peak (a program whose live data keeps growing: every birth
     * past the old peak comes here) or its class's current page being
     * full. The fast path's work plus the peak's, inline: no call, no
     * memset, no site resolution. */
    if (__builtin_expect(total - 1 < RT_HEAP_FAST_MAX && !h->fail_countdown && !h->override_site &&
                             (!h->limit || h->live_bytes + total <= h->limit),
                         1)) {
#ifdef RT_NO_ACCOUNTING
        int s = 0;
#else
        int s = rt__heap_site_fast(rt, h);
#endif
        char *p = s < 0 ? NULL : rt__pool_pop(&h->pool, total);
        if (!p && s >= 0)
            p = rt__pool_alloc_slow(&h->pool, (unsigned)((total - 1) / RT_POOL_GRAIN));
        if (__builtin_expect(p != NULL, 1)) {
            rt__heap_block_zero(p, block_bytes(total)); /* the whole block */
            rt_obj *o = (rt_obj *)(p + (cont ? LINK_SIZE : 0));
            uint16_t site = (uint16_t)s;
            o->refcnt = 1;
            o->type = (uint8_t)type;
            o->site = site;
            h->live_bytes += total;
#ifdef RT_HEAP_LIVE_OBJECTS_KEPT
            h->live_objects++;
#endif
            if (h->live_bytes > h->peak_bytes) { /* within the limit: the peak is the bound */
                h->peak_bytes = h->live_bytes;
                h->fast_limit = h->live_bytes;
            }
#ifndef RT_NO_ACCOUNTING
            rt__heap_pair_add(rt__heap_cell(h, site, type), total, 1, false);
#endif
            if (track)
                rt__gc_track(rt, o);
            return o;
        }
    }
#endif
    if (!may_grow(rt, total)) {
        raise_oom(rt);
        return NULL;
    }
    char *p = block_alloc(h, total);
    if (!p) {
        raise_oom(rt);
        return NULL;
    }
    memset(p, 0, block_bytes(total)); /* the whole block, as the fast path */
    rt_obj *o = (rt_obj *)(p + (cont ? LINK_SIZE : 0));
#ifdef RT_NO_ACCOUNTING
    uint16_t site = 0;
#else
    uint16_t site = alloc_site(rt, h);
#endif
    o->refcnt = 1;
    o->type = (uint8_t)type;
    o->site = site;
    charge(h, (uint8_t)type, site, total, 1);
    if (track)
        rt__gc_track(rt, o);
    return o;
}

rt_obj *rt_obj_alloc(rt_state *rt, rt_type_id type, size_t size)
{
    return rt__obj_alloc_inline(rt, type, size);
}

void rt_obj_free(rt_state *rt, rt_obj *o, size_t size)
{
    bool cont = rt_type_inline_link(o->type);
    if (o->flags & RT_F_TRACKED)
        rt__gc_untrack(rt, o);
    size_t total = size + (cont ? LINK_SIZE : 0);
    uncharge(&rt->heap, o->type, o->site, total, 1);
    block_free(&rt->heap, cont ? (void *)rt_gc_link_of(o) : (void *)o, total);
}

/* The bound on a block asked of the host: 1 TiB, more than any machine
 * closured runs on can give, and past what AddressSanitizer's allocator
 * accepts once it adds its red zones (it aborts instead of failing). A
 * request of that size or more is a MemoryError at once, heap limit or not. */
#define BLOCK_MAX ((size_t)1 << 40)

void *rt_heap_alloc(rt_state *rt, const rt_obj *owner, size_t size)
{
    if (size >= BLOCK_MAX || !may_grow(rt, size)) {
        raise_oom(rt);
        return NULL;
    }
    void *p = block_alloc(&rt->heap, size);
    if (!p) {
        raise_oom(rt);
        return NULL;
    }
    charge(&rt->heap, owner ? owner->type : RT_T_NONE, owner ? owner->site : 0, size, 0);
    return p;
}

void *rt_heap_resize(rt_state *rt, const rt_obj *owner, void *p, size_t old, size_t size)
{
    if (!p)
        return rt_heap_alloc(rt, owner, size);
    if (size >= BLOCK_MAX || (size > old && !may_grow(rt, size - old))) {
        raise_oom(rt);
        return NULL;
    }
    void *n = block_resize(&rt->heap, p, old, size);
    if (!n) {
        raise_oom(rt);
        return NULL;
    }
    uint8_t type = owner ? owner->type : RT_T_NONE;
    uint16_t site = owner ? owner->site : 0;
    /* counted as a free of the old block and an allocation of the new */
    uncharge(&rt->heap, type, site, old, 0);
    charge(&rt->heap, type, site, size, 0);
    return n;
}

void *rt__heap_resize_reserve(rt_state *rt, const rt_obj *owner, void *p, size_t old, size_t size)
{
    rt_heap *h = &rt->heap;
    bool was = h->raising;
    h->raising = true; /* may pass the limit; a failing realloc raises nothing */
    void *n = rt_heap_resize(rt, owner, p, old, size);
    h->raising = was;
    return n;
}

void *rt__heap_alloc_reserve(rt_state *rt, const rt_obj *owner, size_t size)
{
    void *p = block_alloc(&rt->heap, size);
    if (p)
        charge(&rt->heap, owner->type, owner->site, size, 0);
    return p;
}

void rt_heap_free(rt_state *rt, const rt_obj *owner, void *p, size_t size)
{
    if (!p)
        return;
    uncharge(&rt->heap, owner ? owner->type : RT_T_NONE, owner ? owner->site : 0, size, 0);
    block_free(&rt->heap, p, size);
}

int rt_mem_charge(rt_state *rt, size_t bytes)
{
    rt_heap *h = &rt->heap;
    if (h->limit && (bytes > h->limit || h->live_bytes > h->limit - bytes))
        return -1;
    charge(h, RT_T_NONE, 0, bytes, 0);
    return 0;
}

void rt_mem_uncharge(rt_state *rt, size_t bytes)
{
    uncharge(&rt->heap, RT_T_NONE, 0, bytes, 0);
}

/* rt_strbuf's allocator over the chokepoint (ctx is the state): a string
 * being built is charged like the str it becomes, and a buffer that would
 * pass the limit is refused before it is allocated. */
static void *strbuf_realloc(void *ctx, void *p, size_t old, size_t size)
{
    rt_state *rt = ctx;
    if (size == 0) {
        rt_heap_free(rt, NULL, p, old);
        return NULL;
    }
    return rt_heap_resize(rt, NULL, p, old, size);
}

void rt_heap_strbuf_init(rt_state *rt, rt_strbuf *sb)
{
    rt_strbuf_init_with(sb, strbuf_realloc, rt);
}

rt_value rt_heap_strbuf_error(rt_state *rt)
{
    if (!rt->exc)
        raise_oom(rt);
    return RT_NULL;
}

void rt_heap_move_site(rt_state *rt, rt_obj *o, uint16_t site)
{
#ifdef RT_NO_ACCOUNTING
    (void)rt;
    o->site = site;
#else
    rt_heap *h = &rt->heap;
    if (site == o->site || !site_slot(h, site))
        return;
    uint64_t bytes = rt_typeinfos[o->type]->size(o);
    if (o->site < h->by_site_cap)
        rt__heap_pair_add(rt__heap_cell(h, o->site, o->type), bytes, 1, true);
    rt__heap_pair_add(rt__heap_cell(h, site, o->type), bytes, 1, false);
    o->site = site;
#endif
}

void rt__dealloc(rt_state *rt, rt_obj *o)
{
    /* __del__ first, at the next safe point (finalize.h); then its weak
     * references, as CPython */
    if (rt->del_seen && (o->type == RT_T_INSTANCE || o->type == RT_T_EXC) &&
        !(o->flags & RT_INST_F_DEL_DONE) && rt__finalizer_defer(rt, o))
        return;
    if (o->flags & RT_F_WEAKREFD) /* its weak references die first (weakref.h) */
        rt__weakref_clear_referent(rt, o);
    if (rt__gc_trash_defer(rt, o)) /* nested too deep: freed iteratively later (gc.h) */
        return;
    if (o->flags & RT_F_TRACKED)
        rt__gc_untrack(rt, o);
    rt_typeinfos[o->type]->dealloc(rt, o);
    rt__gc_trash_leave(rt);
}

void rt_heap_totals_get(const rt_state *rt, rt_heap_totals *out)
{
    const rt_heap *h = &rt->heap;
    out->live_bytes = h->live_bytes;
    out->other_bytes = h->other_bytes;
    uint64_t live_objects = rt_heap_live_objects(rt);
    out->live_objects = live_objects;
    out->peak_bytes = h->peak_bytes;
    out->allocated_bytes = h->live_bytes + h->freed_bytes;
    out->freed_bytes = h->freed_bytes;
    out->allocated_objects = live_objects + h->freed_objects;
    out->freed_objects = h->freed_objects;
    out->limit = h->limit;
}

void rt__heap_retype(rt_state *rt, rt_obj *o, rt_type_id to)
{
#ifndef RT_NO_ACCOUNTING
    size_t bytes = rt_typeinfos[o->type]->size(o);
    rt__heap_pair_add(rt__heap_cell(&rt->heap, o->site, o->type), bytes, 1, true);
    rt__heap_pair_add(rt__heap_cell(&rt->heap, o->site, to), bytes, 1, false);
#else
    (void)rt;
#endif
    o->type = (uint8_t)to;
}

void rt__heap_bytes_move(rt_state *rt, const rt_obj *from, const rt_obj *to, uint64_t bytes)
{
#ifndef RT_NO_ACCOUNTING
    rt__heap_pair_add(rt__heap_cell(&rt->heap, from->site, from->type), bytes, 0, true);
    rt__heap_pair_add(rt__heap_cell(&rt->heap, to->site, to->type), bytes, 0, false);
#else
    (void)rt;
    (void)from;
    (void)to;
    (void)bytes;
#endif
}

uint64_t rt_heap_live_objects(const rt_state *rt)
{
    const rt_heap *h = &rt->heap;
#ifdef RT_NO_ACCOUNTING
    return h->live_objects;
#else
    /* every object is charged to one pair, and nothing else counts objects
     * in the table (a buffer's charge is bytes only); the rows' unused pairs
     * stay zero, so each row is summed whole */
    uint64_t n = 0;
    size_t pairs = (size_t)h->by_site_cap * RT_HEAP_ROW;
    for (size_t i = 0; i < pairs; i++)
        n += h->by_site_type[i].c.objects;
#ifdef RT_HEAP_LIVE_OBJECTS_KEPT
    assert(n == h->live_objects);
#endif
    return n;
#endif
}

/* The by-type and by-site counts are sums over the (site, type) table:
 * reading them walks it (by_site_cap rows of RT_T_COUNT pairs in use), so that a
 * birth and a death move one pair of counters, not two. */

rt_heap_counts rt_heap_by_type(const rt_state *rt, rt_type_id type)
{
    rt_heap_counts z = {0, 0};
#ifndef RT_NO_ACCOUNTING
    if ((unsigned)type >= RT_T_COUNT)
        return z;
    const rt_heap *h = &rt->heap;
    for (uint32_t s = 0; s < h->by_site_cap; s++) {
        const rt_heap_counts *c = &rt__heap_cell(h, (uint16_t)s, type)->c;
        z.bytes += c->bytes;
        z.objects += c->objects;
    }
#else
    (void)rt;
    (void)type;
#endif
    return z;
}

void rt_heap_by_types(const rt_state *rt, rt_heap_counts out[RT_T_COUNT])
{
    memset(out, 0, RT_T_COUNT * sizeof *out);
#ifndef RT_NO_ACCOUNTING
    const rt_heap *h = &rt->heap;
    for (uint32_t s = 0; s < h->by_site_cap; s++) {
        const rt_heap_pair *row = rt__heap_cell(h, (uint16_t)s, 0);
        for (unsigned t = 0; t < RT_T_COUNT; t++) {
            out[t].bytes += row[t].c.bytes;
            out[t].objects += row[t].c.objects;
        }
    }
#else
    (void)rt;
#endif
}

rt_heap_counts rt_heap_by_site(const rt_state *rt, uint16_t site)
{
    rt_heap_counts z = {0, 0};
#ifndef RT_NO_ACCOUNTING
    const rt_heap *h = &rt->heap;
    if (site >= h->by_site_cap)
        return z;
    const rt_heap_pair *row = rt__heap_cell(h, site, 0);
    for (unsigned t = 0; t < RT_T_COUNT; t++) {
        z.bytes += row[t].c.bytes;
        z.objects += row[t].c.objects;
    }
#else
    (void)rt;
    (void)site;
#endif
    return z;
}

rt_heap_counts rt_heap_by_site_type(const rt_state *rt, uint16_t site, rt_type_id type)
{
    rt_heap_counts z = {0, 0};
#ifndef RT_NO_ACCOUNTING
    if (site >= rt->heap.by_site_cap || (unsigned)type >= RT_T_COUNT)
        return z;
    return rt__heap_cell(&rt->heap, site, type)->c;
#else
    (void)rt;
    (void)site;
    (void)type;
    return z;
#endif
}
