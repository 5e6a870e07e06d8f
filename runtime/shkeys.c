/* shkeys.c: a class's shared attribute keys (the rules are in shkeys.h). */
#include "runtime/shkeys.h"

#include "runtime/str.h"

int32_t rt__shkeys_find(const rt_shkeys *k, rt_value name)
{
    if (!k)
        return -1;
    for (uint32_t i = 0; i < k->n; i++)
        if (k->names[i] == name)
            return (int32_t)i;
    /* an equal str that is not the interned one (setattr with a built name) */
    for (uint32_t i = 0; i < k->n; i++)
        if (rt_str_eq(k->names[i], name))
            return (int32_t)i;
    return -1;
}

size_t rt__shkeys_bytes(const rt_shkeys *k)
{
    return k ? sizeof(rt_shkeys) + k->cap * sizeof(rt_value) : 0;
}

int32_t rt__shkeys_add(rt_state *rt, const rt_obj *owner, rt_shkeys **kp, rt_value name)
{
    rt_shkeys *k = *kp;
    uint32_t n = k ? k->n : 0;
    if (n >= RT_SHKEYS_MAX)
        return -1;
    if (!k || n == k->cap) {
        uint32_t cap = k ? k->cap * 2 : 4;
        if (cap > RT_SHKEYS_MAX)
            cap = RT_SHKEYS_MAX;
        size_t old = rt__shkeys_bytes(k), size = sizeof(rt_shkeys) + cap * sizeof(rt_value);
        rt_shkeys *grown =
            k ? rt_heap_resize(rt, owner, k, old, size) : rt_heap_alloc(rt, owner, size);
        if (!grown)
            return -2; /* MemoryError set; *kp unchanged */
        k = grown;
        k->n = n;
        k->cap = cap;
        *kp = k;
    }
    rt_incref(name);
    k->names[n] = name;
    k->n = n + 1;
    return (int32_t)n;
}

void rt__shkeys_free(rt_state *rt, const rt_obj *owner, rt_shkeys *k)
{
    if (!k)
        return;
    for (uint32_t i = 0; i < k->n; i++)
        rt_decref(rt, k->names[i]);
    rt_heap_free(rt, owner, k, rt__shkeys_bytes(k));
}
