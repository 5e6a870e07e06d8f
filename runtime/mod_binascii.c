/* mod_binascii.c: `_binascii`, the byte loops of stdlib/binascii.py in C:
 * Base64 encoding and decoding and CRC-32. binascii.py checks and converts
 * the arguments and raises binascii.Error: a decoding error comes back
 * from here as a str (the message), not as an exception, because that
 * class lives in Python. */
#include <stdint.h>
#include <stdio.h>

#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/heap.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/type.h"

#define BA_ARGS rt_state *rt, rt_value self, const rt_value *args, size_t nargs, rt_value kwnames

static const char b64_alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* The value of a Base64 character, or -1. */
static int b64_value(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

static int bytes_arg(rt_state *rt, const char *qual, rt_value v, const char **p, size_t *n)
{
    if (rt_bytes_view(v, p, n))
        return 0;
    rt_raise(rt, RT_EXC_TypeError, "%s() argument must be bytes, not %s", qual, rt_type_name(v));
    return -1;
}

/* b2a_base64(data, newline): data (bytes or bytearray) in Base64, with a
 * final "\n" when newline is true. */
static rt_value ba_b2a_base64(BA_ARGS)
{
    (void)self;
    if (rt_args_range(rt, "b2a_base64", nargs, kwnames, 2, 2) < 0)
        return RT_NULL;
    const char *p;
    size_t n;
    if (bytes_arg(rt, "b2a_base64", args[0], &p, &n) < 0)
        return RT_NULL;
    const unsigned char *d = (const unsigned char *)p;
    bool nl = rt_truthy(rt, args[1]) > 0;
    size_t out_len = (n + 2) / 3 * 4 + (nl ? 1 : 0);
    rt_value r = rt_bytes_new_uninit(rt, out_len);
    if (!r)
        return RT_NULL;
    /* data may be a bytearray: read it again after the allocation */
    if (rt_bytes_view(args[0], &p, &n))
        d = (const unsigned char *)p;
    char *o = rt_bytes_obj_of(r)->data;
    size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = (uint32_t)d[i] << 16 | (uint32_t)d[i + 1] << 8 | d[i + 2];
        *o++ = b64_alphabet[v >> 18];
        *o++ = b64_alphabet[(v >> 12) & 63];
        *o++ = b64_alphabet[(v >> 6) & 63];
        *o++ = b64_alphabet[v & 63];
    }
    if (n - i == 1) {
        uint32_t v = (uint32_t)d[i] << 16;
        *o++ = b64_alphabet[v >> 18];
        *o++ = b64_alphabet[(v >> 12) & 63];
        *o++ = '=';
        *o++ = '=';
    } else if (n - i == 2) {
        uint32_t v = (uint32_t)d[i] << 16 | (uint32_t)d[i + 1] << 8;
        *o++ = b64_alphabet[v >> 18];
        *o++ = b64_alphabet[(v >> 12) & 63];
        *o++ = b64_alphabet[(v >> 6) & 63];
        *o++ = '=';
    }
    if (nl)
        *o++ = '\n';
    return r;
}

/* a2b_base64(data, strict): the bytes of Base64 data, as CPython decodes
 * them (characters outside the alphabet skipped unless strict, a complete
 * padding ends the input), or the message of binascii.Error as a str. */
static rt_value ba_a2b_base64(BA_ARGS)
{
    (void)self;
    if (rt_args_range(rt, "a2b_base64", nargs, kwnames, 2, 2) < 0)
        return RT_NULL;
    const char *p;
    size_t n;
    if (bytes_arg(rt, "a2b_base64", args[0], &p, &n) < 0)
        return RT_NULL;
    bool strict = rt_truthy(rt, args[1]) > 0;
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    if (rt_strbuf_reserve(&sb, n / 4 * 3 + 3) < 0) {
        rt_strbuf_dispose(&sb);
        return RT_NULL;
    }
    /* read p again: a bytearray's buffer may not move, but be exact */
    if (!rt_bytes_view(args[0], &p, &n)) {
        rt_strbuf_dispose(&sb);
        return rt_raise(rt, RT_EXC_TypeError, "a2b_base64() argument changed");
    }
    const unsigned char *d = (const unsigned char *)p;
    const char *err = strict && n && d[0] == '=' ? "Leading padding not allowed" : NULL;
    int quad = 0, pads = 0;
    bool padding_started = false, done = false;
    unsigned left = 0;
    for (size_t k = 0; k < n && !done && !err; k++) {
        unsigned char c = d[k];
        if (c == '=') {
            padding_started = true;
            if (quad >= 2 && quad + ++pads >= 4) {
                if (strict && k + 1 < n)
                    err = "Excess data after padding";
                done = true;
            }
            continue;
        }
        int v = b64_value(c);
        if (v < 0) {
            if (strict)
                err = "Only base64 data is allowed";
            continue;
        }
        if (strict && padding_started) {
            err = "Discontinuous padding not allowed";
            continue;
        }
        pads = 0;
        switch (quad) {
        case 0:
            left = (unsigned)v;
            quad = 1;
            break;
        case 1:
            rt_strbuf_append_char(&sb, (char)((left << 2 | (unsigned)v >> 4) & 0xFF));
            left = (unsigned)v & 0x0F;
            quad = 2;
            break;
        case 2:
            rt_strbuf_append_char(&sb, (char)((left << 4 | (unsigned)v >> 2) & 0xFF));
            left = (unsigned)v & 0x03;
            quad = 3;
            break;
        default:
            rt_strbuf_append_char(&sb, (char)((left << 6 | (unsigned)v) & 0xFF));
            quad = 0;
            break;
        }
    }
    rt_value r;
    if (sb.failed) {
        r = RT_NULL;
        if (!rt->exc)
            rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    } else if (err) {
        r = rt_str_from_cstr(rt, err);
    } else if (!done && quad == 1) {
        char msg[160];
        snprintf(msg, sizeof msg,
                 "Invalid base64-encoded string: number of data characters (%zu) cannot be 1 "
                 "more than a multiple of 4",
                 sb.len / 3 * 4 + 1);
        r = rt_str_from_cstr(rt, msg);
    } else if (!done && quad) {
        r = rt_str_from_cstr(rt, "Incorrect padding");
    } else {
        r = rt_bytes_from_strbuf(rt, &sb);
    }
    rt_strbuf_dispose(&sb);
    return r;
}

/* crc32(data, crc): the CRC-32 (IEEE 802.3) of data continuing from crc
 * (an int; its low 32 bits), as an unsigned int. */
static rt_value ba_crc32(BA_ARGS)
{
    (void)self;
    if (rt_args_range(rt, "crc32", nargs, kwnames, 2, 2) < 0)
        return RT_NULL;
    const char *p;
    size_t n;
    if (bytes_arg(rt, "crc32", args[0], &p, &n) < 0)
        return RT_NULL;
    int64_t start;
    if (!rt_is_int(args[1]) || !rt_int_as_i64(args[1], &start))
        return rt_raise(rt, RT_EXC_TypeError, "crc32() wants an int crc");
    /* the reflected polynomial 0xEDB88320 four bits at a time */
    static const uint32_t table[16] = {0x00000000u, 0x1db71064u, 0x3b6e20c8u, 0x26d930acu,
                                       0x76dc4190u, 0x6b6b51f4u, 0x4db26158u, 0x5005713cu,
                                       0xedb88320u, 0xf00f9344u, 0xd6d6a3e8u, 0xcb61b38cu,
                                       0x9b64c2b0u, 0x86d3d2d4u, 0xa00ae278u, 0xbdbdf21cu};
    uint32_t c = ~(uint32_t)start;
    const unsigned char *d = (const unsigned char *)p;
    for (size_t i = 0; i < n; i++) {
        c ^= d[i];
        c = table[c & 15] ^ (c >> 4);
        c = table[c & 15] ^ (c >> 4);
    }
    return rt_int_from_i64(rt, (int64_t)(~c));
}

static const rt_builtin_def binascii_funcs[] = {
    {"b2a_base64", ba_b2a_base64},
    {"a2b_base64", ba_a2b_base64},
    {"crc32", ba_crc32},
    {NULL, NULL},
};

int rt__mod_binascii_fill(rt_state *rt, rt_value d)
{
    return rt__module_add_funcs(rt, d, binascii_funcs);
}
