/* shkeys.h: a class's shared attribute keys: the names its instances'
 * attributes have had, in the order they were first added, each with a
 * fixed index. An instance without a dict keeps its attribute values in
 * itself (class.h, rt_inst), value i under name i, so instances of a class
 * share one table of names and carry only their values.
 *
 * The keys only grow (a name keeps its index while the class lives), up to
 * RT_SHKEYS_MAX names; an instance that needs a name past that gets a real
 * dict. Names are strs, owned. The table is a buffer owned by the class
 * (charged to it through rt_heap_alloc), freed with it. */
#ifndef CLOSURED_RUNTIME_SHKEYS_H
#define CLOSURED_RUNTIME_SHKEYS_H

#include <stdint.h>

#include "runtime/object.h"

#define RT_SHKEYS_MAX 30u

typedef struct rt_shkeys {
    uint32_t n;       /* names in use */
    uint32_t cap;     /* room in names */
    rt_value names[]; /* n exact strs, owned */
} rt_shkeys;

/* The index of name (a str, compared by identity, then by value) in k, or
 * -1 when k is NULL or does not hold it. */
int32_t rt__shkeys_find(const rt_shkeys *k, rt_value name);

/* Appends name (an exact str; the caller knows it is not in *kp) to the
 * keys at *kp (NULL: none yet), growing them as owner's buffer: its index,
 * -1 when the keys are full (RT_SHKEYS_MAX: no exception, the caller falls
 * back to a dict), or -2 with MemoryError set (*kp unchanged). */
int32_t rt__shkeys_add(rt_state *rt, const rt_obj *owner, rt_shkeys **kp, rt_value name);

/* The bytes k occupies (0 for NULL): part of its owner's size. */
size_t rt__shkeys_bytes(const rt_shkeys *k);

/* Releases the names and the table (owner's buffer); k may be NULL. */
void rt__shkeys_free(rt_state *rt, const rt_obj *owner, rt_shkeys *k);

#endif
