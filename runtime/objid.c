/* objid.c: object ids as a keyed Feistel permutation of address and type (objid.h). */
#include "runtime/objid.h"

#include "runtime/state.h"

#define ID_BITS 51   /* ids are 2 * F(x) + 1 < 2^52: cJSON prints integers below 2^52 exactly */
#define ADDR_BITS 45 /* address bits 3..47 */
#define ADDR_MASK ((UINT64_C(1) << ADDR_BITS) - 1)
#define TYPE_BITS (ID_BITS - ADDR_BITS)
#define TYPE_MASK ((UINT64_C(1) << TYPE_BITS) - 1)
_Static_assert(RT_T_COUNT <= (1 << TYPE_BITS), "object ids keep 6 bits of the type");
#define LO_BITS 26 /* the Feistel halves: 25 and 26 bits, trading places each round */

/* A bijective 64-bit mixer (the MurmurHash3 finalizer). */
static uint64_t mix(uint64_t x)
{
    x ^= x >> 33;
    x *= UINT64_C(0xff51afd7ed558ccd);
    x ^= x >> 33;
    x *= UINT64_C(0xc4ceb9fe1a85ec53);
    x ^= x >> 33;
    return x;
}

void rt__objid_init(struct rt_state *rt)
{
    uint64_t a = rt->cfg.id_key[0], b = rt->cfg.id_key[1];
    for (int r = 0; r < RT_OBJID_ROUNDS; r++)
        rt->objid_keys[r] =
            mix(a + UINT64_C(0x9e3779b97f4a7c15) * (uint64_t)(r + 1)) ^ mix(b ^ (uint64_t)r);
}

static uint64_t round_fn(const struct rt_state *rt, int r, uint64_t half, unsigned bits)
{
    return mix(half ^ rt->objid_keys[r]) & ((UINT64_C(1) << bits) - 1);
}

/* One unbalanced Feistel network: (hi, lo) -> (lo, hi ^ F(lo)); the halves' widths swap each
 * round, and after an even number of rounds they are back where they started. */
static uint64_t permute(const struct rt_state *rt, uint64_t x)
{
    unsigned lo_bits = LO_BITS, hi_bits = ID_BITS - LO_BITS;
    uint64_t hi = x >> lo_bits, lo = x & ((UINT64_C(1) << lo_bits) - 1);
    for (int r = 0; r < RT_OBJID_ROUNDS; r++) {
        uint64_t t = hi ^ round_fn(rt, r, lo, hi_bits);
        hi = lo;
        lo = t;
        unsigned w = hi_bits;
        hi_bits = lo_bits;
        lo_bits = w;
    }
    return (hi << lo_bits) | lo;
}

static uint64_t unpermute(const struct rt_state *rt, uint64_t y)
{
    unsigned lo_bits = LO_BITS, hi_bits = ID_BITS - LO_BITS; /* RT_OBJID_ROUNDS is even */
    uint64_t hi = y >> lo_bits, lo = y & ((UINT64_C(1) << lo_bits) - 1);
    for (int r = RT_OBJID_ROUNDS - 1; r >= 0; r--) {
        /* undo: hi was the previous lo; lo = previous hi ^ F(previous lo) */
        unsigned w = hi_bits;
        hi_bits = lo_bits;
        lo_bits = w;
        uint64_t prev_lo = hi;
        uint64_t prev_hi = lo ^ round_fn(rt, r, prev_lo, hi_bits);
        hi = prev_hi;
        lo = prev_lo;
    }
    return (hi << lo_bits) | lo;
}

uint64_t rt__objid(const struct rt_state *rt, const rt_obj *o)
{
    uint64_t addr = (uint64_t)(uintptr_t)o;
    uint64_t x = ((addr >> 3) & ADDR_MASK) | (((uint64_t)o->type & TYPE_MASK) << ADDR_BITS);
    return (permute(rt, x) << 1) | 1;
}

uint64_t rt__objid_of_value(const struct rt_state *rt, rt_value v)
{
    return rt_is_obj(v) ? rt__objid(rt, rt_as_obj(v)) : (uint64_t)v >> 1;
}

rt_obj *rt__objid_object(const struct rt_state *rt, uint64_t id)
{
    if (!(id & 1) || id >> (ID_BITS + 1))
        return NULL;
    uint64_t x = unpermute(rt, id >> 1);
    return (rt_obj *)(uintptr_t)((x & ADDR_MASK) << 3);
}
