/* pool.h: size-class pages for the heap's small blocks (objects and small
 * owned buffers up to RT_POOL_MAX bytes): allocation is a freelist pop, a
 * free a push, and memory goes back to the system as pages empty.
 *
 * Layout: 64 KiB pages aligned to their size, each holding blocks of one
 * size class (multiples of 8 bytes: every block size the runtime asks for
 * fits exactly, so a 48-byte function costs 48 bytes). A page's header sits
 * at its start; a block finds its page by masking its address. Pages come
 * from 1 MiB mappings, of which only the pages handed out are ever touched
 * (the rest cost no resident memory). Each class keeps a list of pages with
 * a free block; a page that fills up leaves the list and returns to it on
 * its next free. A page whose last block is freed goes to a small cache of
 * empty pages (RT_POOL_KEEP), or back to the system (munmap) when the cache
 * is full, unless it is its class's only page (so a loop that allocates and
 * frees one object does not map and unmap a page each time).
 *
 * One pool per runtime (rt_heap): no locks, no global state. Frees must be
 * sized exactly (the size passed to the allocation); a debug build checks
 * the size class against the page. The pool never zeroes: callers do.
 *
 * Sanitizers: the Sanitize build (and -DCLOSURED_POOL=OFF) defines
 * RT_POOL_OFF, and heap.c then sends every block to malloc/free, so ASan
 * sees each object as its own allocation (use after free, overflow). The
 * pool itself still compiles and its unit test runs in every build. */
#ifndef CLOSURED_RUNTIME_POOL_H
#define CLOSURED_RUNTIME_POOL_H

#include <assert.h>
#include <stddef.h>
#include <stdint.h>

#define RT_POOL_PAGE ((size_t)64 * 1024)
#define RT_POOL_GRAIN 8
#define RT_POOL_MAX 512 /* larger blocks go to malloc (heap.c) */
#define RT_POOL_CLASSES (RT_POOL_MAX / RT_POOL_GRAIN)
#define RT_POOL_SEGMENT_PAGES 16 /* pages per mapping */
#define RT_POOL_KEEP 4           /* empty pages kept mapped for reuse */

typedef struct rt_pool_page rt_pool_page;

/* The header at the start of every page. */
struct rt_pool_page {
    void *free;                /* freed blocks, linked through their first word */
    char *bump;                /* the next block never handed out */
    char *end;                 /* one past the last whole block */
    rt_pool_page *next, *prev; /* the class's list of pages with room (when on it) */
    rt_pool_page *all_next;    /* every mapped page but the fresh ones (dispose) */
    rt_pool_page *all_prev;    /*   (doubly linked: a page leaves when unmapped) */
    uint32_t used;             /* blocks handed out and not freed */
    uint16_t cls;              /* size class: block size = (cls + 1) * RT_POOL_GRAIN */
    uint8_t listed;            /* 1 when on its class's list */
    uint8_t pad;
};

typedef struct rt_pool {
    rt_pool_page *avail[RT_POOL_CLASSES]; /* per class: pages with a free block, first = current */
    rt_pool_page all;                     /* sentinel of the list of mapped pages */
    rt_pool_page *cache;                  /* empty pages kept mapped, linked by `next` */
    uint32_t ncache;
    uint32_t nfresh;       /* untouched pages left at `fresh` */
    char *fresh;           /* the rest of the last mapping */
    uint64_t mapped;       /* pages mapped now (fresh ones excluded): resident at most */
    uint64_t maps, unmaps; /* mappings made and pages returned, since init */
} rt_pool;

/* Sets up an empty pool (maps nothing). */
void rt__pool_init(rt_pool *p);
/* Returns every page to the system; blocks still allocated become invalid. */
void rt__pool_dispose(rt_pool *p);

void *rt__pool_alloc_slow(rt_pool *p, unsigned cls);
void rt__pool_free_slow(rt_pool *p, rt_pool_page *pg);

static inline rt_pool_page *rt__pool_page_of(const void *b)
{
    return (rt_pool_page *)((uintptr_t)b & ~(uintptr_t)(RT_POOL_PAGE - 1));
}

/* A block of `size` bytes (1..RT_POOL_MAX), 8-aligned, not zeroed; NULL
 * when the system has no memory. The common case is one freelist pop. */
static inline void *rt__pool_alloc(rt_pool *p, size_t size)
{
    unsigned cls = (unsigned)((size - 1) / RT_POOL_GRAIN);
    rt_pool_page *pg = p->avail[cls];
    if (pg && pg->free) {
        void *b = pg->free;
        pg->free = *(void **)b;
        pg->used++;
        return b;
    }
    return rt__pool_alloc_slow(p, cls);
}

/* The allocation fast path's part (heap.c): a block of `size` bytes
 * (1..RT_POOL_MAX) from its class's current page (its freelist, else its
 * untouched rest), or NULL when that page is full or there is none
 * (rt__pool_alloc_slow then does the rest). */
static inline void *rt__pool_pop(rt_pool *p, size_t size)
{
    rt_pool_page *pg = p->avail[(size - 1) / RT_POOL_GRAIN];
    if (!pg)
        return NULL;
    void *b = pg->free;
    if (b) {
        pg->free = *(void **)b;
    } else {
        if (pg->bump + size > pg->end)
            return NULL;
        b = pg->bump;
        pg->bump += ((size - 1) / RT_POOL_GRAIN + 1) * RT_POOL_GRAIN;
    }
    pg->used++;
    return b;
}

/* Frees block b; `size` is the size it was allocated with. */
static inline void rt__pool_free(rt_pool *p, void *b, size_t size)
{
    rt_pool_page *pg = rt__pool_page_of(b);
    assert(pg->cls == (size - 1) / RT_POOL_GRAIN); /* a free of the wrong size */
    (void)size;
    *(void **)b = pg->free;
    pg->free = b;
    if (--pg->used == 0 || !pg->listed)
        rt__pool_free_slow(p, pg);
}

/* Bytes of the pages the pool holds mapped and touched (its resident
 * upper bound). */
static inline uint64_t rt__pool_mapped_bytes(const rt_pool *p)
{
    return p->mapped * RT_POOL_PAGE;
}

#endif
