/* mod_random.c: the `_random` module: the Mersenne Twister (MT19937) core
 * under `random` (stdlib/random.py), seeded and drawn exactly as CPython's
 * _random.Random so that equal seeds give equal sequences.
 *
 * A generator's state is a plain list of 625 ints: the 624 words of the
 * twister and the index of the next word (CPython's getstate() layout), so
 * random.py can copy, save and restore it without a new object type. The
 * functions here check that layout before touching it. */
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/digest.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/str.h"

#define MT_N 624
#define MT_M 397
#define MATRIX_A 0x9908b0dfu
#define UPPER_MASK 0x80000000u
#define LOWER_MASK 0x7fffffffu

#define RANDOM_ARGS                                                                                \
    rt_state *rt, rt_value self, const rt_value *args, size_t nargs, rt_value kwnames

/* The twister's words, copied out of and back into the state list. */
typedef struct mt_state {
    uint32_t mt[MT_N];
    int index;
} mt_state;

static int state_load(rt_state *rt, rt_value list, mt_state *s)
{
    if (!rt_is_list(list) || rt_list_len(list) != MT_N + 1) {
        rt_raise(rt, RT_EXC_ValueError, "state vector is the wrong size");
        return -1;
    }
    const rt_value *items = rt_list_items(list);
    for (int i = 0; i <= MT_N; i++) {
        int64_t w;
        if (!rt_int_as_i64(items[i], &w) || w < 0 || w > (int64_t)UINT32_MAX) {
            rt_raise(rt, RT_EXC_ValueError, "invalid state");
            return -1;
        }
        if (i < MT_N)
            s->mt[i] = (uint32_t)w;
        else
            s->index = (int)w;
    }
    if (s->index < 0 || s->index > MT_N) {
        rt_raise(rt, RT_EXC_ValueError, "invalid state");
        return -1;
    }
    return 0;
}

/* Writes s back; words below 2**32 are immediates, so this never allocates. */
static void state_store(rt_state *rt, rt_value list, const mt_state *s)
{
    rt_value *items = rt_list_items(list);
    for (int i = 0; i < MT_N; i++) {
        rt_decref(rt, items[i]);
        items[i] = rt_smallint(s->mt[i]);
    }
    rt_decref(rt, items[MT_N]);
    items[MT_N] = rt_smallint(s->index);
}

static void init_genrand(mt_state *s, uint32_t seed)
{
    s->mt[0] = seed;
    for (int i = 1; i < MT_N; i++)
        s->mt[i] = 1812433253u * (s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) + (uint32_t)i;
    s->index = MT_N;
}

static void init_by_array(mt_state *s, const uint32_t *key, size_t len)
{
    init_genrand(s, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        s->mt[i] =
            (s->mt[i] ^ ((s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            s->mt[0] = s->mt[MT_N - 1];
            i = 1;
        }
        if (j >= len)
            j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        s->mt[i] = (s->mt[i] ^ ((s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            s->mt[0] = s->mt[MT_N - 1];
            i = 1;
        }
    }
    s->mt[0] = 0x80000000u;
}

static uint32_t genrand_uint32(mt_state *s)
{
    if (s->index >= MT_N) {
        int k;
        uint32_t y;
        for (k = 0; k < MT_N - MT_M; k++) {
            y = (s->mt[k] & UPPER_MASK) | (s->mt[k + 1] & LOWER_MASK);
            s->mt[k] = s->mt[k + MT_M] ^ (y >> 1) ^ ((y & 1u) ? MATRIX_A : 0u);
        }
        for (; k < MT_N - 1; k++) {
            y = (s->mt[k] & UPPER_MASK) | (s->mt[k + 1] & LOWER_MASK);
            s->mt[k] = s->mt[k + (MT_M - MT_N)] ^ (y >> 1) ^ ((y & 1u) ? MATRIX_A : 0u);
        }
        y = (s->mt[MT_N - 1] & UPPER_MASK) | (s->mt[0] & LOWER_MASK);
        s->mt[MT_N - 1] = s->mt[MT_M - 1] ^ (y >> 1) ^ ((y & 1u) ? MATRIX_A : 0u);
        s->index = 0;
    }
    uint32_t y = s->mt[s->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

/* A float in [0, 1) with 53 random bits, as CPython's random_random. */
static double genrand_double(mt_state *s)
{
    uint32_t a = genrand_uint32(s) >> 5, b = genrand_uint32(s) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* k random bits as an int (k >= 0), words filled low to high as CPython. */
static rt_value getrandbits(rt_state *rt, mt_state *s, uint64_t k)
{
    if (k <= 32) {
        if (k == 0)
            return rt_smallint(0);
        return rt_smallint(genrand_uint32(s) >> (32 - k));
    }
    size_t words = (size_t)((k - 1) / 32 + 1);
    if ((words + 1) / 2 > RT_INT_MAX_LIMBS)
        return rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    size_t nl = (words + 1) / 2; /* two 32-bit words per limb, low word first */
    rt_limb *w = rt_heap_alloc(rt, NULL, nl * sizeof *w);
    if (!w)
        return RT_NULL;
    memset(w, 0, nl * sizeof *w);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = genrand_uint32(s);
        if (k < 32)
            r >>= 32 - k;
        w[i / 2] |= (rt_limb)r << (32 * (i % 2));
    }
    rt_value v = rt_bigint_from_limbs(rt, w, nl, false);
    rt_heap_free(rt, NULL, w, nl * sizeof *w);
    return v;
}

/* ---- the module's functions ----------------------------------------------------------- */

/* seed(state, n): init_by_array over the 32-bit words of abs(n). */
static rt_value r_seed(RANDOM_ARGS)
{
    (void)self;
    if (rt_args_range(rt, "seed", nargs, kwnames, 2, 2) < 0)
        return RT_NULL;
    if (!rt_is_intlike(args[1]))
        return rt_raise(rt, RT_EXC_TypeError, "seed must be an int");
    mt_state s;
    if (state_load(rt, args[0], &s) < 0)
        return RT_NULL;
    rt_limb buf[2];
    size_t n;
    bool neg;
    const rt_limb *d = rt_bigint_limbs(args[1], buf, &n, &neg);
    /* the key is abs(n) in 32-bit words, low first, without high zero words */
    size_t words = (size_t)((rt_bigint_bit_length(args[1]) + 31) / 32);
    uint32_t *key = rt_heap_alloc(rt, NULL, (words ? words : 1) * sizeof *key);
    if (!key)
        return RT_NULL;
    key[0] = 0;
    for (size_t i = 0; i < words; i++)
        key[i] = (uint32_t)(d[i / 2] >> (32 * (i % 2)));
    init_by_array(&s, key, words ? words : 1);
    rt_heap_free(rt, NULL, key, (words ? words : 1) * sizeof *key);
    state_store(rt, args[0], &s);
    return RT_NONE;
}

static rt_value r_random(RANDOM_ARGS)
{
    (void)self;
    mt_state s;
    if (rt_args_range(rt, "random", nargs, kwnames, 1, 1) < 0 || state_load(rt, args[0], &s) < 0)
        return RT_NULL;
    double d = genrand_double(&s);
    state_store(rt, args[0], &s);
    return rt_float_new(rt, d);
}

static int bits_arg(rt_state *rt, rt_value v, uint64_t *k)
{
    int64_t n;
    if (rt_arg_index(rt, v, &n) < 0)
        return -1;
    if (n < 0) {
        rt_raise(rt, RT_EXC_ValueError, "number of bits must be non-negative");
        return -1;
    }
    *k = (uint64_t)n;
    return 0;
}

static rt_value r_getrandbits(RANDOM_ARGS)
{
    (void)self;
    mt_state s;
    uint64_t k;
    if (rt_args_range(rt, "getrandbits", nargs, kwnames, 2, 2) < 0 ||
        bits_arg(rt, args[1], &k) < 0 || state_load(rt, args[0], &s) < 0)
        return RT_NULL;
    rt_value v = getrandbits(rt, &s, k);
    state_store(rt, args[0], &s);
    return v;
}

/* randbelow(state, n) for n > 0: getrandbits(n.bit_length()) until below n
 * (CPython's _randbelow_with_getrandbits). */
static rt_value r_randbelow(RANDOM_ARGS)
{
    (void)self;
    mt_state s;
    if (rt_args_range(rt, "randbelow", nargs, kwnames, 2, 2) < 0 || state_load(rt, args[0], &s) < 0)
        return RT_NULL;
    rt_value n = args[1];
    if (!rt_is_intlike(n) || rt_bigint_sign(n) <= 0)
        return rt_raise(rt, RT_EXC_ValueError, "randbelow() needs a positive int");
    uint64_t k = rt_bigint_bit_length(n);
    rt_value r;
    for (;;) {
        r = getrandbits(rt, &s, k);
        if (!r || rt_bigint_cmp(r, n) < 0)
            break;
        rt_decref(rt, r);
    }
    state_store(rt, args[0], &s);
    return r;
}

/* str_seed(s): the int CPython seeds with for a str, bytes or bytearray
 * (version 2): the big-endian value of s's (UTF-8) bytes followed by their
 * SHA-512 digest. */
static rt_value r_str_seed(RANDOM_ARGS)
{
    (void)self;
    if (rt_args_range(rt, "str_seed", nargs, kwnames, 1, 1) < 0)
        return RT_NULL;
    const uint8_t *p;
    size_t n;
    if (rt_is_str(args[0])) {
        p = (const uint8_t *)rt_str_data(args[0]);
        n = rt_str_len(args[0]);
    } else if (rt_is_byteslike(args[0])) {
        p = (const uint8_t *)rt_byteslike_data(args[0]);
        n = (size_t)rt_byteslike_len(args[0]);
    } else {
        return rt_raise(rt, RT_EXC_TypeError, "str_seed() needs a str or bytes");
    }
    size_t total = n + 64, nl = total / sizeof(rt_limb) + 1;
    rt_limb *d = rt_heap_alloc(rt, NULL, nl * sizeof *d);
    if (!d)
        return RT_NULL;
    memset(d, 0, nl * sizeof *d);
    uint8_t digest[64];
    rt_sha512(p, n, digest);
    /* byte i from the end is bits 8*i.. of the value */
    for (size_t i = 0; i < total; i++) {
        uint8_t b = i < 64 ? digest[63 - i] : p[n - 1 - (i - 64)];
        d[i / sizeof(rt_limb)] |= (rt_limb)b << (8 * (i % sizeof(rt_limb)));
    }
    rt_value v = rt_bigint_from_limbs(rt, d, nl, false);
    rt_heap_free(rt, NULL, d, nl * sizeof *d);
    return v;
}

static const rt_builtin_def random_funcs[] = {
    {"str_seed", r_str_seed},       {"seed", r_seed},           {"random", r_random},
    {"getrandbits", r_getrandbits}, {"randbelow", r_randbelow}, {NULL, NULL},
};

int rt__mod_random_fill(rt_state *rt, rt_value d)
{
    return rt__module_add_funcs(rt, d, random_funcs);
}
