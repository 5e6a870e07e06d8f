/* mod_hashlib.c: `_hashlib`, the digests under stdlib/hashlib.py and
 * stdlib/hmac.py. A hash's running state (an rt_digest, digest.c) is kept
 * in a bytes object that Python holds: update returns a new state, so
 * hash.copy() shares it and no native type is needed. A state coming back
 * from Python is checked before use (its algorithm and buffered length),
 * so made-up bytes raise ValueError instead of reading out of bounds. */
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/digest.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

#define HL_ARGS rt_state *rt, rt_value self, const rt_value *args, size_t nargs, rt_value kwnames

static rt_value state_value(rt_state *rt, const rt_digest *d)
{
    return rt_bytes_new(rt, d, sizeof *d);
}

/* Copies a state made by this module out of v; -1 with ValueError else. */
static int state_read(rt_state *rt, rt_value v, rt_digest *d)
{
    if (rt_is_bytes(v) && rt_bytes_len(v) == (int64_t)sizeof *d) {
        memcpy(d, rt_bytes_data(v), sizeof *d);
        if (d->alg < RT_DIGEST_COUNT && d->buflen < rt_digest_block_size(d->alg))
            return 0;
    }
    rt_raise(rt, RT_EXC_ValueError, "not a hash state");
    return -1;
}

/* The bytes of data to hash, with CPython's errors for a str and for an
 * object that is not bytes-like. */
static int data_arg(rt_state *rt, rt_value v, const char **p, size_t *n)
{
    if (rt_bytes_view(v, p, n))
        return 0;
    if (rt_is_str(v))
        rt_raise(rt, RT_EXC_TypeError, "Strings must be encoded before hashing");
    else
        rt_raise(rt, RT_EXC_TypeError, "object supporting the buffer API required");
    return -1;
}

/* init(name): the empty state of the named algorithm (hashlib's lower-case
 * names); ValueError "unsupported hash type NAME" else. */
static rt_value hl_init(HL_ARGS)
{
    (void)self;
    if (rt_args_one(rt, "init", nargs, kwnames) < 0)
        return RT_NULL;
    if (!rt_is_str(args[0]))
        return rt_raise(rt, RT_EXC_TypeError, "init() argument must be str, not %s",
                        rt_type_name(args[0]));
    int alg = rt_digest_lookup(rt_str_data(args[0]), rt_str_len(args[0]));
    if (alg < 0)
        return rt_raise(rt, RT_EXC_ValueError, "unsupported hash type %s", rt_str_data(args[0]));
    rt_digest d;
    rt_digest_init(&d, (rt_digest_alg)alg);
    return state_value(rt, &d);
}

/* update(state, data): the state after feeding data (bytes or bytearray). */
static rt_value hl_update(HL_ARGS)
{
    (void)self;
    if (rt_args_range(rt, "update", nargs, kwnames, 2, 2) < 0)
        return RT_NULL;
    rt_digest d;
    const char *p;
    size_t n;
    if (state_read(rt, args[0], &d) < 0 || data_arg(rt, args[1], &p, &n) < 0)
        return RT_NULL;
    rt_digest_update(&d, (const uint8_t *)p, n);
    return state_value(rt, &d);
}

/* digest(state): the digest of what the state has seen, as bytes. */
static rt_value hl_digest(HL_ARGS)
{
    (void)self;
    if (rt_args_one(rt, "digest", nargs, kwnames) < 0)
        return RT_NULL;
    rt_digest d;
    if (state_read(rt, args[0], &d) < 0)
        return RT_NULL;
    uint8_t out[64];
    size_t n = rt_digest_final(&d, out);
    return rt_bytes_new(rt, out, n);
}

/* describe(state): (name, digest_size, block_size). */
static rt_value hl_describe(HL_ARGS)
{
    (void)self;
    if (rt_args_one(rt, "describe", nargs, kwnames) < 0)
        return RT_NULL;
    rt_digest d;
    if (state_read(rt, args[0], &d) < 0)
        return RT_NULL;
    rt_value name = rt_str_from_cstr(rt, rt_digest_name(d.alg));
    rt_value size = name ? rt_int_from_i64(rt, (int64_t)rt_digest_size(d.alg)) : RT_NULL;
    rt_value block = size ? rt_int_from_i64(rt, (int64_t)rt_digest_block_size(d.alg)) : RT_NULL;
    rt_value t = block ? rt_tuple_pack(rt, 3, name, size, block) : RT_NULL;
    rt_decref(rt, name);
    rt_decref(rt, size);
    rt_decref(rt, block);
    return t;
}

/* compare_digest(a, b): a == b for two ASCII strs or two bytes-likes, in a
 * time that depends on the lengths only (every byte of b is read whatever
 * the contents), as hmac.compare_digest. */
static rt_value hl_compare_digest(HL_ARGS)
{
    (void)self;
    if (rt_args_range(rt, "compare_digest", nargs, kwnames, 2, 2) < 0)
        return RT_NULL;
    const char *a = "", *b = "";
    size_t na = 0, nb = 0;
    if (rt_is_str(args[0]) && rt_is_str(args[1])) {
        if (!rt_str_is_ascii(args[0]) || !rt_str_is_ascii(args[1]))
            return rt_raise(rt, RT_EXC_TypeError,
                            "comparing strings with non-ASCII characters is not supported");
        a = rt_str_data(args[0]), na = rt_str_len(args[0]);
        b = rt_str_data(args[1]), nb = rt_str_len(args[1]);
    } else if (!rt_is_byteslike(args[0]) && !rt_is_byteslike(args[1])) {
        return rt_raise(rt, RT_EXC_TypeError,
                        "unsupported operand types(s) or combination of types: '%s' and '%s'",
                        rt_type_name(args[0]), rt_type_name(args[1]));
    } else {
        for (int k = 0; k < 2; k++)
            if (!rt_is_byteslike(args[k]))
                return rt_raise(rt, RT_EXC_TypeError, "a bytes-like object is required, not '%s'",
                                rt_type_name(args[k]));
        rt_bytes_view(args[0], &a, &na);
        rt_bytes_view(args[1], &b, &nb);
    }
    /* compare b with itself when the lengths differ, so the loop runs alike */
    const volatile unsigned char *left = (const unsigned char *)(na == nb ? a : b);
    const volatile unsigned char *right = (const unsigned char *)b;
    unsigned char diff = na == nb ? 0 : 1;
    for (size_t i = 0; i < nb; i++)
        diff |= (unsigned char)(left[i] ^ right[i]);
    return rt_bool(diff == 0);
}

static const rt_builtin_def hashlib_funcs[] = {
    {"init", hl_init},
    {"update", hl_update},
    {"digest", hl_digest},
    {"describe", hl_describe},
    {"compare_digest", hl_compare_digest},
    {NULL, NULL},
};

int rt__mod_hashlib_fill(rt_state *rt, rt_value d)
{
    return rt__module_add_funcs(rt, d, hashlib_funcs);
}
