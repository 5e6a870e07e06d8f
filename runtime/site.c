/* site.c: the allocation-site table: (filename, line) -> 16-bit id, with id
 * 0 = "<runtime>". Filenames are copied once; lookups hash (file, line). */
#include "runtime/site.h"

#include <stdlib.h>
#include <string.h>

#define MAX_SITES 65535u

int rt__sites_init(rt_state *rt)
{
    rt_sites *s = &rt->sites;
    memset(s, 0, sizeof *s);
    s->cap = 16;
    s->items = malloc(s->cap * sizeof *s->items);
    s->index_cap = 64;
    s->index = calloc(s->index_cap, sizeof *s->index);
    if (!s->items || !s->index) {
        rt__sites_dispose(rt);
        return -1;
    }
    s->items[0].filename = "<runtime>";
    s->items[0].line = 0;
    s->count = 1;
    return 0;
}

void rt__sites_dispose(rt_state *rt)
{
    rt_sites *s = &rt->sites;
    for (uint32_t i = 0; i < s->nfiles; i++)
        free(s->files[i]);
    free(s->files);
    free(s->items);
    free(s->index);
    memset(s, 0, sizeof *s);
}

static uint32_t site_hash(const char *file, int line)
{
    return (uint32_t)(((uintptr_t)file >> 3) * 2654435761u) ^ ((uint32_t)line * 40503u);
}

/* The table's copy of filename, or NULL when out of memory. */
static const char *file_intern(rt_sites *s, const char *filename)
{
    for (uint32_t i = 0; i < s->nfiles; i++)
        if (s->files[i] == filename || strcmp(s->files[i], filename) == 0)
            return s->files[i];
    char **n = realloc(s->files, (s->nfiles + 1) * sizeof *n);
    if (!n)
        return NULL;
    s->files = n;
    size_t len = strlen(filename);
    char *copy = malloc(len + 1);
    if (!copy)
        return NULL;
    memcpy(copy, filename, len + 1);
    s->files[s->nfiles++] = copy;
    return copy;
}

static bool index_grow(rt_sites *s)
{
    uint32_t cap = s->index_cap * 2;
    uint16_t *idx = calloc(cap, sizeof *idx);
    if (!idx)
        return false;
    for (uint32_t id = 1; id < s->count; id++) {
        uint32_t h = site_hash(s->items[id].filename, s->items[id].line) & (cap - 1);
        while (idx[h])
            h = (h + 1) & (cap - 1);
        idx[h] = (uint16_t)id;
    }
    free(s->index);
    s->index = idx;
    s->index_cap = cap;
    return true;
}

uint16_t rt_site_intern(rt_state *rt, const char *filename, int line)
{
    rt_sites *s = &rt->sites;
    if (!s->index || !filename)
        return 0;
    const char *file = file_intern(s, filename);
    if (!file)
        return 0;
    uint32_t mask = s->index_cap - 1;
    uint32_t h = site_hash(file, line) & mask;
    for (; s->index[h]; h = (h + 1) & mask) {
        const rt_site *it = &s->items[s->index[h]];
        if (it->filename == file && it->line == line)
            return s->index[h];
    }
    if (s->count >= MAX_SITES)
        return 0;
    if (s->count == s->cap) {
        rt_site *n = realloc(s->items, s->cap * 2 * sizeof *n);
        if (!n)
            return 0;
        s->items = n;
        s->cap *= 2;
    }
    uint16_t id = (uint16_t)s->count++;
    s->items[id].filename = file;
    s->items[id].line = line;
    if ((s->count) * 2 > s->index_cap) {
        if (!index_grow(s)) {
            s->count--;
            return 0;
        }
    } else {
        s->index[h] = id;
    }
    return id;
}

const rt_site *rt_site_get(const rt_state *rt, uint16_t id)
{
    if (id >= rt->sites.count)
        return NULL;
    return &rt->sites.items[id];
}

uint32_t rt_site_count(const rt_state *rt)
{
    return rt->sites.count;
}
