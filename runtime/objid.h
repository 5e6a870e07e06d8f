/* objid.h: the ids objects show outside the runtime (the inspection API, reprs, id()): a
 * keyed permutation of the address, so an id is stable while its object lives and reveals
 * no address.
 *
 * An id is 2 * F(x) + 1, odd and below 2^52 (a JSON number that cJSON prints exactly, a V8
 * heap-snapshot node id), where x packs the address's bits 3..47 with 6 bits of the object's
 * type (an address reused by an object of another type gets another id) and F is a six-round
 * unbalanced Feistel network on 51 bits whose round keys come from rt_config.id_key. Heap objects
 * are 8-byte aligned and below 2^48 on the platforms closured runs on (x86-64, AArch64 Linux user
 * space). Not a cryptographic promise: it keeps addresses (ASLR) from being read off the API. */
#ifndef CLOSURED_RUNTIME_OBJID_H
#define CLOSURED_RUNTIME_OBJID_H

#include <stdint.h>

#include "runtime/object.h"

struct rt_state;

#define RT_OBJID_ROUNDS 6

/* Derives the round keys from rt->cfg.id_key. */
void rt__objid_init(struct rt_state *rt);

/* The id of a live heap object. */
uint64_t rt__objid(const struct rt_state *rt, const rt_obj *o);

/* The id of a value: rt__objid of a heap object; an immediate (small int, bool, None) has no
 * address and gets a number derived from its value. For id(), hash() and reprs. */
uint64_t rt__objid_of_value(const struct rt_state *rt, rt_value v);

/* The address an id was made from (the inverse of rt__objid), or NULL for a number that is
 * no id (even, or past 2^52). The object may be gone: dereference only what is known live. */
rt_obj *rt__objid_object(const struct rt_state *rt, uint64_t id);

#endif
