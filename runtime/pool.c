/* pool.c: size-class pages (pool.h): mapping pages, the slow paths of
 * allocation and free, and returning empty pages to the system. */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include "runtime/pool.h"

#include <stdbool.h>
#include <string.h>
#include <sys/mman.h>

/* Blocks start after the header, rounded up so that every block of a
 * power-of-two class is aligned to 16. */
#define HEADER_BYTES (((sizeof(rt_pool_page) + 15) / 16) * 16)

static void all_link(rt_pool *p, rt_pool_page *pg)
{
    pg->all_next = p->all.all_next;
    pg->all_prev = &p->all;
    p->all.all_next->all_prev = pg;
    p->all.all_next = pg;
}

static void all_unlink(rt_pool_page *pg)
{
    pg->all_prev->all_next = pg->all_next;
    pg->all_next->all_prev = pg->all_prev;
}

void rt__pool_init(rt_pool *p)
{
    memset(p, 0, sizeof *p);
    p->all.all_next = p->all.all_prev = &p->all;
}

void rt__pool_dispose(rt_pool *p)
{
    while (p->all.all_next != &p->all) {
        rt_pool_page *pg = p->all.all_next;
        all_unlink(pg);
        munmap(pg, RT_POOL_PAGE);
    }
    if (p->nfresh)
        munmap(p->fresh, p->nfresh * RT_POOL_PAGE);
    rt__pool_init(p);
}

/* Maps a new run of RT_POOL_SEGMENT_PAGES pages aligned to RT_POOL_PAGE
 * (mapping one page more and trimming both ends); false when out of memory.
 * The pages stay untouched until handed out. */
static bool map_segment(rt_pool *p)
{
    size_t want = RT_POOL_SEGMENT_PAGES * RT_POOL_PAGE;
    char *raw =
        mmap(NULL, want + RT_POOL_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED)
        return false;
    char *base = (char *)(((uintptr_t)raw + RT_POOL_PAGE - 1) & ~(uintptr_t)(RT_POOL_PAGE - 1));
    if (base > raw)
        munmap(raw, (size_t)(base - raw));
    size_t tail = (size_t)(raw + want + RT_POOL_PAGE - (base + want));
    if (tail)
        munmap(base + want, tail);
    if (p->nfresh) /* a leftover shorter run: give it back rather than track two */
        munmap(p->fresh, p->nfresh * RT_POOL_PAGE);
    p->fresh = base;
    p->nfresh = RT_POOL_SEGMENT_PAGES;
    p->maps++;
    return true;
}

/* A page for class cls, from the cache of empty pages or a fresh one;
 * linked first on the class's list. NULL when out of memory. */
static rt_pool_page *page_new(rt_pool *p, unsigned cls)
{
    rt_pool_page *pg;
    if (p->cache) {
        pg = p->cache;
        p->cache = pg->next;
        p->ncache--;
    } else {
        if (!p->nfresh && !map_segment(p))
            return NULL;
        pg = (rt_pool_page *)(void *)p->fresh;
        p->fresh += RT_POOL_PAGE;
        p->nfresh--;
        all_link(p, pg);
        p->mapped++;
    }
    size_t bsize = (size_t)(cls + 1) * RT_POOL_GRAIN;
    pg->free = NULL;
    pg->bump = (char *)pg + HEADER_BYTES;
    pg->end = pg->bump + ((RT_POOL_PAGE - HEADER_BYTES) / bsize) * bsize;
    pg->used = 0;
    pg->cls = (uint16_t)cls;
    pg->prev = NULL;
    pg->next = p->avail[cls];
    if (pg->next)
        pg->next->prev = pg;
    p->avail[cls] = pg;
    pg->listed = 1;
    return pg;
}

static void class_unlink(rt_pool *p, rt_pool_page *pg)
{
    if (pg->prev)
        pg->prev->next = pg->next;
    else
        p->avail[pg->cls] = pg->next;
    if (pg->next)
        pg->next->prev = pg->prev;
    pg->next = pg->prev = NULL;
    pg->listed = 0;
}

void *rt__pool_alloc_slow(rt_pool *p, unsigned cls)
{
    size_t bsize = (size_t)(cls + 1) * RT_POOL_GRAIN;
    for (;;) {
        rt_pool_page *pg = p->avail[cls];
        if (!pg && !(pg = page_new(p, cls)))
            return NULL;
        if (pg->free) {
            void *b = pg->free;
            pg->free = *(void **)b;
            pg->used++;
            return b;
        }
        if (pg->bump < pg->end) {
            void *b = pg->bump;
            pg->bump += bsize;
            pg->used++;
            return b;
        }
        class_unlink(p, pg); /* full: it comes back at its next free */
    }
}

/* Called by rt__pool_free when pg was full (not listed) or is now empty. */
void rt__pool_free_slow(rt_pool *p, rt_pool_page *pg)
{
    if (!pg->listed) {
        /* first free since it filled up: room again; second on the list,
         * so the current page stays current */
        rt_pool_page *head = p->avail[pg->cls];
        if (head) {
            pg->prev = head;
            pg->next = head->next;
            if (head->next)
                head->next->prev = pg;
            head->next = pg;
        } else {
            pg->prev = pg->next = NULL;
            p->avail[pg->cls] = pg;
        }
        pg->listed = 1;
    }
    if (pg->used != 0)
        return;
    if (p->avail[pg->cls] == pg && !pg->next)
        return; /* its class's only page: keep it for the next allocation */
    class_unlink(p, pg);
    if (p->ncache < RT_POOL_KEEP) {
        pg->next = p->cache;
        p->cache = pg;
        p->ncache++;
        return;
    }
    all_unlink(pg);
    p->mapped--;
    p->unmaps++;
    munmap(pg, RT_POOL_PAGE);
}
