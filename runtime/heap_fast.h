/* heap_fast.h: the allocation chokepoint's fast paths (heap.c), inline for
 * the births and deaths of the commonest small objects (tuples, dicts,
 * lists, iterators, floats, functions, cells): with the type and often the
 * size known where they are inlined, the link, the size class and the
 * zeroing are constants, and no call is made. They charge exactly what
 * heap.c's rt_obj_alloc and rt_obj_free charge (rt_obj_alloc is
 * rt__obj_alloc_inline out of line), and everything they do not handle goes
 * to rt__obj_alloc_slow or rt_obj_free. Include it only where a birth or a
 * death is hot: each use is some 60 instructions of code. */
#ifndef CLOSURED_RUNTIME_HEAP_FAST_H
#define CLOSURED_RUNTIME_HEAP_FAST_H

#include <assert.h>
#include <stddef.h>

#include "runtime/code.h"
#include "runtime/frame.h"
#include "runtime/gc.h"
#include "runtime/heap.h"
#include "runtime/pool.h"
#include "runtime/state.h"

/* Every case of an object's allocation (limit and stress switch, the site
 * resolved in full, malloc for large blocks, MemoryError): the fast path's
 * way out, and the whole path in RT_POOL_OFF builds. `track`: the type
 * carries its link inline (rt_type_inline_link). */
rt_obj *rt__obj_alloc_slow(rt_state *rt, rt_type_id type, size_t size, bool track);

#ifndef RT_NO_ACCOUNTING
/* The counters of the (site, type) pair (state.h: by_site_type): the one
 * pair a birth or a death of an object of `type` charged to `site` moves. */
static inline rt_heap_pair *rt__heap_cell(const rt_heap *h, uint16_t site, unsigned type)
{
    assert(site < h->by_site_cap && type < RT_T_COUNT);
    return &h->by_site_type[(size_t)site * RT_HEAP_ROW + type];
}

/* Adds (sub: subtracts) `bytes` and `objects` to the pair p as one 128-bit
 * number (state.h: rt_heap_pair): an add and an add with carry to memory (a
 * subtract and one with borrow), where two 64-bit updates become, under
 * gcc's vectorizer, two loads, an add, a shuffle and a store. No carry or
 * borrow crosses the halves: a pair's live bytes never go below zero (an
 * object or a buffer is uncharged from the pair it was charged to, after it
 * was charged) nor past 2^64. */
static inline __attribute__((always_inline)) void rt__heap_pair_add(rt_heap_pair *p, uint64_t bytes,
                                                                    uint64_t objects, bool sub)
{
    __extension__ unsigned __int128 d = ((unsigned __int128)objects << 64) | bytes;
    if (sub)
        p->word -= d;
    else
        p->word += d;
}
_Static_assert(sizeof(rt_heap_pair) == 16 && offsetof(rt_heap_counts, objects) == 8,
               "a pair is one 128-bit word: bytes low, objects high");
#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "rt__heap_pair_add takes bytes for the low half of the pair's word"
#endif

/* The slot of the executing instruction in its code's table of sites
 * (code.h: isites), or NULL outside any frame. */
static inline uint16_t *rt__heap_site_entry(const rt_frame *f)
{
    if (!f)
        return NULL;
    const rt_code *c = f->code;
    assert(f->ip >= c->insns && f->ip <= c->insns + c->ninsns);
    return (uint16_t *)(c->isites_bias + ((uintptr_t)f->ip >> 1)); /* code.h */
}
#endif

#ifndef RT_POOL_OFF
/* Zeroes the 8-aligned block p of `bytes` (a multiple of 8, at most
 * RT_HEAP_FAST_MAX) inline, word by word: the common objects are 16 to 128 bytes,
 * where a call to memset costs more than the stores. The caller passes the
 * whole block: a size that is not a multiple of 8 (a str's header, bytes
 * and NUL) would keep the last bytes its previous owner left. */
#define RT_HEAP_FAST_MAX 128
static inline void rt__heap_block_zero(void *p, size_t bytes)
{
    uint64_t *w = p;
    switch (bytes / 8) {
    case 16: w[15] = 0; __attribute__((fallthrough));
    case 15: w[14] = 0; __attribute__((fallthrough));
    case 14: w[13] = 0; __attribute__((fallthrough));
    case 13: w[12] = 0; __attribute__((fallthrough));
    case 12: w[11] = 0; __attribute__((fallthrough));
    case 11: w[10] = 0; __attribute__((fallthrough));
    case 10: w[9] = 0; __attribute__((fallthrough));
    case 9: w[8] = 0; __attribute__((fallthrough));
    case 8: w[7] = 0; __attribute__((fallthrough));
    case 7: w[6] = 0; __attribute__((fallthrough));
    case 6: w[5] = 0; __attribute__((fallthrough));
    case 5: w[4] = 0; __attribute__((fallthrough));
    case 4: w[3] = 0; __attribute__((fallthrough));
    case 3: w[2] = 0; __attribute__((fallthrough));
    case 2: w[1] = 0; __attribute__((fallthrough));
    case 1: w[0] = 0; __attribute__((fallthrough));
    default: break;
    }
}

#endif

#if !defined(RT_NO_ACCOUNTING) && !defined(RT_POOL_OFF)
/* heap.c's alloc_site without its rare cases (no frame, an instruction that has not
 * allocated before): -1 for those, and rt__obj_alloc_slow resolves them in
 * full. An override sends every allocation to the slow path (its
 * fast_limit is 0). An instruction's entry is written only once by_site_type
 * holds its site (heap.c: alloc_site_intern), and the table never shrinks, so a
 * nonzero entry needs no bound check. */
static inline int rt__heap_site_fast(rt_state *rt, const rt_heap *h)
{
    assert(!h->override_site);
    (void)h; /* (read by the asserts only) */
    const rt_frame *f = rt->frame;
    if (__builtin_expect(!f, 0))
        return -1;
    uint16_t site = *rt__heap_site_entry(f);
    assert(site < h->by_site_cap);
    return site ? site : -1;
}
#endif

/* The common case, inline and without calls: a block of at most RT_HEAP_FAST_MAX
 * bytes from the current page of its size class, the live bytes staying
 * within fast_limit (under the limit and the peak, no stress switch: one
 * compare), the site known (rt__heap_site_fast): a freelist pop, the zeroing,
 * the header and the counters. Anything else goes to rt__obj_alloc_slow, which
 * does the same in full, so both charge exactly the same counters. `zero`
 * false: only the header (and a container's link) is written, for a caller
 * that writes every byte after the header before anything can read them
 * (rt__obj_alloc_unzeroed). */
static inline __attribute__((always_inline)) rt_obj *
rt__obj_alloc_fast(rt_state *rt, rt_type_id type, size_t size, bool zero)
{
#ifndef RT_POOL_OFF
    rt_heap *h = &rt->heap;
    bool cont = rt_type_inline_link(type);
    size_t total = size + (cont ? sizeof(rt_gc_link) : 0);
    if (__builtin_expect(total - 1 >= RT_HEAP_FAST_MAX || h->live_bytes + total > h->fast_limit, 0))
        return rt__obj_alloc_slow(rt, type, size, cont);
#ifdef RT_NO_ACCOUNTING
    uint16_t site = 0;
#else
    int s = rt__heap_site_fast(rt, h);
    if (__builtin_expect(s < 0, 0))
        return rt__obj_alloc_slow(rt, type, size, cont);
    uint16_t site = (uint16_t)s;
#endif
    char *p = rt__pool_pop(&h->pool, total);
    if (__builtin_expect(!p, 0))
        return rt__obj_alloc_slow(rt, type, size, cont);
    rt_obj *o = (rt_obj *)(p + (cont ? sizeof(rt_gc_link) : 0));
    if (zero) {
        rt__heap_block_zero(p, (total + RT_POOL_GRAIN - 1) &
                                   ~(size_t)(RT_POOL_GRAIN - 1)); /* the whole block */
    } else {
        if (cont) { /* as a zeroed block has it until rt__gc_track links it */
            ((rt_gc_link *)p)->next = NULL;
            ((rt_gc_link *)p)->prev = 0;
        }
        o->flags = 0;
    }
    o->refcnt = 1;
    o->type = (uint8_t)type;
    o->site = site;
    /* charge()'s object case: within fast_limit, so no new peak */
    h->live_bytes += total;
#ifdef RT_HEAP_LIVE_OBJECTS_KEPT
    h->live_objects++; /* else the pair's count is the only one (rt_heap_live_objects) */
#endif
#ifndef RT_NO_ACCOUNTING
    rt__heap_pair_add(rt__heap_cell(h, site, type), total, 1, false);
#endif
    if (cont)
        rt__gc_track(rt, o);
    return o;
#else
    (void)zero;
    return rt__obj_alloc_slow(rt, type, size, rt_type_inline_link(type));
#endif
}

/* A new object of `type` and `size` bytes, zeroed but for its header
 * (rt__obj_alloc_fast). */
static inline rt_obj *rt__obj_alloc_inline(rt_state *rt, rt_type_id type, size_t size)
{
    return rt__obj_alloc_fast(rt, type, size, true);
}

/* rt__obj_alloc_inline for a caller that writes every byte of the object
 * after its header itself, at once (a tuple's length and items, a float's
 * value): the block is not zeroed first. What it holds before those writes
 * is what its last owner left (the slow path's block is zeroed). */
static inline rt_obj *rt__obj_alloc_unzeroed(rt_state *rt, rt_type_id type, size_t size)
{
    return rt__obj_alloc_fast(rt, type, size, false);
}

/* rt_obj_free for an object of a known `type` (o's), from its type's dealloc
 * (so inside rt__dealloc or the collector's delete phase, never an outside
 * free: gc.h): the same counters as heap.c's uncharge, and the block back
 * to its page, inline; a block past the pool's sizes goes to rt_obj_free. */
static inline __attribute__((always_inline)) void rt__obj_free_inline(rt_state *rt, rt_obj *o,
                                                                      rt_type_id type, size_t size)
{
    assert(o->type == type);
    assert(rt->heap.dealloc_depth > 0);
#ifndef RT_POOL_OFF
    bool cont = rt_type_inline_link(type);
    size_t total = size + (cont ? sizeof(rt_gc_link) : 0);
    if (__builtin_expect(total - 1 < RT_POOL_MAX, 1)) {
        /* rt__dealloc untracked it before its dealloc ran (the trashcan's
         * queue and the delete phase too): no list to leave */
        assert(!(o->flags & RT_F_TRACKED));
        rt_heap *h = &rt->heap;
        h->live_bytes -= total;
        h->freed_bytes += total;
#ifdef RT_HEAP_LIVE_OBJECTS_KEPT
        h->live_objects--;
#endif
        h->freed_objects++;
#ifndef RT_NO_ACCOUNTING
        rt__heap_pair_add(rt__heap_cell(h, o->site, type), total, 1, true);
#endif
        /* the link's place is known from the type (a cell's box is freed apart) */
        rt__pool_free(&h->pool, cont ? (void *)((rt_gc_link *)o - 1) : (void *)o, total);
        return;
    }
#endif
    rt_obj_free(rt, o, size);
}

/* rt_heap_alloc for a small buffer of a known owner (a dict's first table,
 * a list's item array), inline: within fast_limit (so under the limit and
 * the peak, no stress switch) a block of at most RT_POOL_MAX bytes is a
 * size-class pop and its charge, the same counters heap.c's charge keeps
 * for an owned buffer; anything else is rt_heap_alloc. Not zeroed. */
static inline __attribute__((always_inline)) void *
rt__heap_alloc_inline(rt_state *rt, const rt_obj *owner, size_t size)
{
#ifndef RT_POOL_OFF
    rt_heap *h = &rt->heap;
    if (__builtin_expect(size - 1 < RT_POOL_MAX && h->live_bytes + size <= h->fast_limit, 1)) {
        void *p = rt__pool_pop(&h->pool, size);
        if (__builtin_expect(p != NULL, 1)) {
            h->live_bytes += size; /* within fast_limit: no new peak */
#ifndef RT_NO_ACCOUNTING
            rt__heap_cell(h, owner->site, owner->type)->c.bytes += size;
#endif
            return p;
        }
    }
#endif
    return rt_heap_alloc(rt, owner, size);
}

/* rt_heap_free of a small buffer of a known owner from its dealloc or clear
 * (p may be NULL), inline: heap.c's uncharge of an owned buffer and the
 * block back to its page; anything past the pool's sizes is rt_heap_free. */
static inline __attribute__((always_inline)) void
rt__heap_free_inline(rt_state *rt, const rt_obj *owner, void *p, size_t size)
{
#ifndef RT_POOL_OFF
    if (__builtin_expect(p && size - 1 < RT_POOL_MAX, 1)) {
        rt_heap *h = &rt->heap;
        h->live_bytes -= size;
        h->freed_bytes += size;
        if (__builtin_expect(!h->dealloc_depth, 0)) /* outside any dealloc (gc.h) */
            h->outside_freed_bytes += size;
#ifndef RT_NO_ACCOUNTING
        rt__heap_cell(h, owner->site, owner->type)->c.bytes -= size;
#endif
        rt__pool_free(&h->pool, p, size);
        return;
    }
#endif
    rt_heap_free(rt, owner, p, size);
}

#endif
