/* codec_utf16.c: the utf-16 and utf-32 codecs (with a byte order mark, -le
 * and -be) for str.encode and bytes.decode, with CPython's error handlers
 * and its wording of UnicodeEncodeError/UnicodeDecodeError. A str holds
 * UTF-8 with lone surrogates in their 3-byte form (utf8.h): encoding reads
 * code points, decoding writes them. */
#include <stdio.h>
#include <string.h>

#include "runtime/bytes.h"
#include "runtime/codec.h"
#include "runtime/heap.h"
#include "runtime/str.h"
#include "runtime/strbuf.h"
#include "runtime/utf8.h"

typedef enum handler {
    H_STRICT,
    H_IGNORE,
    H_REPLACE,
    H_BACKSLASH,
    H_XMLCHARREF,
    H_SURROGATEESCAPE,
    H_SURROGATEPASS,
    H_UNKNOWN
} handler;

static handler handler_of(rt_value errors)
{
    static const char *const names[] = {
        "strict",          "ignore",       "replace", "backslashreplace", "xmlcharrefreplace",
        "surrogateescape", "surrogatepass"};
    if (!errors)
        return H_STRICT;
    for (int i = 0; i < (int)(sizeof names / sizeof names[0]); i++)
        if (rt_str_eq_cstr(errors, names[i]))
            return (handler)i;
    return H_UNKNOWN;
}

static void unknown_handler(rt_state *rt, rt_value errors)
{
    rt_raise(rt, RT_EXC_LookupError, "unknown error handler name '%s'", rt_str_data(errors));
}

static bool is_surrogate(uint32_t cp)
{
    return cp >= 0xD800 && cp <= 0xDFFF;
}

/* The codec's name in messages: "utf-16", "utf-32-le", ... */
static void codec_name(char *out, size_t size, int width, rt_codec_order order)
{
    snprintf(out, size, "utf-%d%s", width * 8,
             order == RT_ORDER_LE   ? "-le"
             : order == RT_ORDER_BE ? "-be"
                                    : "");
}

/* ---- encoding -------------------------------------------------------------------- */

/* Appends code unit (width 2) or code point (width 4) u in the byte order. */
static void put_unit(rt_strbuf *sb, uint32_t u, int width, bool big)
{
    char b[4];
    for (int i = 0; i < width; i++) {
        int shift = 8 * (big ? width - 1 - i : i);
        b[i] = (char)((u >> shift) & 0xFF);
    }
    rt_strbuf_append(sb, b, (size_t)width);
}

/* Appends cp encoded: a surrogate pair past U+FFFF for utf-16. */
static void put_char(rt_strbuf *sb, uint32_t cp, int width, bool big)
{
    if (width == 2 && cp >= 0x10000) {
        cp -= 0x10000;
        put_unit(sb, 0xD800 | (cp >> 10), width, big);
        put_unit(sb, 0xDC00 | (cp & 0x3FF), width, big);
    } else {
        put_unit(sb, cp, width, big);
    }
}

static void put_ascii(rt_strbuf *sb, const char *s, int width, bool big)
{
    for (; *s; s++)
        put_unit(sb, (unsigned char)*s, width, big);
}

rt_value rt__utf16_encode(rt_state *rt, rt_value s, int width, rt_codec_order order,
                          rt_value errors)
{
    const char *p = rt_str_data(s);
    size_t n = rt_str_len(s), pos = 0;
    bool big = order == RT_ORDER_BE;
    handler h = H_STRICT;
    bool h_known = false;
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    if (order == RT_ORDER_BOM)
        put_unit(&sb, 0xFEFF, width, false); /* closured runs little-endian: its BOM */
    for (int64_t idx = 0; pos < n; idx++) {
        uint32_t cp = rt_utf8_decode(p, n, &pos);
        if (!is_surrogate(cp)) {
            put_char(&sb, cp, width, big);
            continue;
        }
        if (!h_known) {
            h = handler_of(errors);
            h_known = true;
        }
        char e[24];
        switch (h) {
        case H_SURROGATEPASS: put_unit(&sb, cp, width, big); break;
        case H_IGNORE: break;
        case H_REPLACE: put_unit(&sb, '?', width, big); break;
        case H_BACKSLASH:
            snprintf(e, sizeof e, "\\u%04x", (unsigned)cp);
            put_ascii(&sb, e, width, big);
            break;
        case H_XMLCHARREF:
            snprintf(e, sizeof e, "&#%u;", (unsigned)cp);
            put_ascii(&sb, e, width, big);
            break;
        case H_UNKNOWN:
            rt_strbuf_dispose(&sb);
            unknown_handler(rt, errors);
            return RT_NULL;
        default: {
            /* strict, and surrogateescape, whose bytes are no whole code unit */
            char name[16];
            codec_name(name, sizeof name, width, order);
            rt_strbuf_dispose(&sb);
            rt_raise_unicode(rt, RT_EXC_UnicodeEncodeError, name, s, idx, idx + 1,
                             "surrogates not allowed");
            return RT_NULL;
        }
        }
    }
    return rt_bytes_take_strbuf(rt, &sb);
}

/* ---- decoding -------------------------------------------------------------------- */

static uint32_t get_unit(const unsigned char *p, int width, bool big)
{
    uint32_t u = 0;
    for (int i = 0; i < width; i++)
        u |= (uint32_t)p[i] << (8 * (big ? width - 1 - i : i));
    return u;
}

/* UnicodeDecodeError(name, the input, start, end, reason). */
static void decode_error(rt_state *rt, const char *name, const char *s, size_t n, size_t start,
                         size_t end, const char *reason)
{
    rt_value obj = rt_bytes_new(rt, s, n);
    if (obj)
        rt_raise_unicode(rt, RT_EXC_UnicodeDecodeError, name, obj, (int64_t)start, (int64_t)end,
                         reason);
    rt_decref(rt, obj);
}

rt_value rt__utf16_decode(rt_state *rt, const char *s, size_t n, int width, rt_codec_order order,
                          rt_value errors)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    if (order == RT_ORDER_BOM) {
        /* a byte order mark picks the order and is dropped; without one, little-endian */
        order = RT_ORDER_LE;
        if (n >= (size_t)width) {
            if (get_unit(p, width, false) == 0xFEFF) {
                i = (size_t)width;
            } else if (get_unit(p, width, true) == 0xFEFF) {
                order = RT_ORDER_BE;
                i = (size_t)width;
            }
        }
    }
    bool big = order == RT_ORDER_BE;
    char name[16];
    codec_name(name, sizeof name, width, order);
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    while (i < n) {
        const char *reason;
        size_t end;
        if (n - i < (size_t)width) {
            reason = "truncated data";
            end = n;
        } else {
            uint32_t u = get_unit(p + i, width, big);
            if (width == 4) {
                if (u < 0xD800 || (u > 0xDFFF && u < 0x110000)) {
                    rt_strbuf_append_utf8(&sb, u);
                    i += 4;
                    continue;
                }
                reason = u < 0x110000 ? "code point in surrogate code point range(0xd800, 0xe000)"
                                      : "code point not in range(0x110000)";
                end = i + 4;
            } else if (!is_surrogate(u)) {
                rt_strbuf_append_utf8(&sb, u);
                i += 2;
                continue;
            } else if (u >= 0xDC00) {
                reason = "illegal encoding";
                end = i + 2;
            } else if (n - i < 4) {
                reason = "unexpected end of data";
                end = n;
            } else {
                uint32_t lo = get_unit(p + i + 2, 2, big);
                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                    rt_strbuf_append_utf8(&sb, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                    i += 4;
                    continue;
                }
                reason = "illegal UTF-16 surrogate";
                end = i + 2;
            }
        }
        bool fail = false;
        switch (handler_of(errors)) {
        case H_IGNORE: break;
        case H_REPLACE: rt_strbuf_append_utf8(&sb, 0xFFFD); break;
        case H_BACKSLASH:
            for (size_t k = i; k < end; k++) {
                char e[8];
                snprintf(e, sizeof e, "\\x%02x", p[k]);
                rt_strbuf_append_cstr(&sb, e);
            }
            break;
        case H_SURROGATEPASS:
            /* a whole code unit at the start that is a surrogate: taken as it is */
            if (n - i >= (size_t)width && is_surrogate(get_unit(p + i, width, big))) {
                rt_strbuf_append_utf8(&sb, get_unit(p + i, width, big));
                end = i + (size_t)width;
            } else {
                fail = true;
            }
            break;
        case H_SURROGATEESCAPE: {
            /* the bytes past ASCII that start the bad range (4 at most) become
             * U+DC80..U+DCFF, and decoding goes on after them */
            size_t k = i;
            while (k < end && k - i < 4 && p[k] >= 0x80)
                rt_strbuf_append_utf8(&sb, 0xDC00 + p[k++]);
            fail = k == i;
            if (!fail)
                end = k;
            break;
        }
        case H_UNKNOWN:
            rt_strbuf_dispose(&sb);
            unknown_handler(rt, errors);
            return RT_NULL;
        default: fail = true; break;
        }
        if (fail) {
            rt_strbuf_dispose(&sb);
            decode_error(rt, name, s, n, i, end, reason);
            return RT_NULL;
        }
        i = end;
    }
    return rt_str_take_strbuf(rt, &sb);
}
