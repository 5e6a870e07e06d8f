/* utf8.c: UTF-8 validation and decoding that never reads out of bounds. */
#include "runtime/utf8.h"

#include "runtime/rt.h"

#include <stdlib.h>
#include <string.h>

/* Bytes of a well-formed sequence starting at s[i], 0 when it is not one.
 * The second byte's range depends on the first (RFC 3629, table 3-7 of the
 * Unicode standard): that is what rules out overlong forms, surrogates and
 * code points above U+10FFFF. */
static size_t valid_seq(const unsigned char *s, size_t n, size_t i, bool allow_surrogates)
{
    unsigned char b = s[i];
    if (b < 0x80)
        return 1;
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
        len = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
        len = 3;
        if (b == 0xE0)
            lo = 0xA0;
        else if (b == 0xED && !allow_surrogates)
            hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
        len = 4;
        if (b == 0xF0)
            lo = 0x90;
        else if (b == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (n - i < len || s[i + 1] < lo || s[i + 1] > hi)
        return 0;
    for (size_t k = 2; k < len; k++)
        if (!rt_utf8_is_cont(s[i + k]))
            return 0;
    return len;
}

size_t rt_utf8_check(const char *s, size_t n, bool allow_surrogates)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        /* ASCII runs a word at a time would be faster; sources are small */
        size_t len = valid_seq(u, n, i, allow_surrogates);
        if (!len)
            return i;
        i += len;
    }
    return n;
}

uint32_t rt_utf8_decode(const char *s, size_t n, size_t *pos)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = *pos;
    size_t len = valid_seq(u, n, i, true);
    *pos = rt_utf8_next(s, n, i);
    if (!len || i + len != *pos)
        return 0xFFFD;
    switch (len) {
    case 1: return u[i];
    case 2: return ((uint32_t)(u[i] & 0x1F) << 6) | (u[i + 1] & 0x3Fu);
    case 3:
        return ((uint32_t)(u[i] & 0x0F) << 12) | ((uint32_t)(u[i + 1] & 0x3F) << 6) |
               (u[i + 2] & 0x3Fu);
    default:
        return ((uint32_t)(u[i] & 0x07) << 18) | ((uint32_t)(u[i + 1] & 0x3F) << 12) |
               ((uint32_t)(u[i + 2] & 0x3F) << 6) | (u[i + 3] & 0x3Fu);
    }
}

size_t rt_utf8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* A copy of s[0..n) with each byte that does not begin a strictly valid
 * sequence replaced: by U+FFFD, or (escape) by U+DC00 + the byte. */
static char *clean_copy(const char *s, size_t n, bool escape)
{
    if (n > (SIZE_MAX - 1) / 3)
        return NULL;
    char *out = malloc(3 * n + 1), *o = out;
    if (!out)
        return NULL;
    size_t i = 0;
    while (i < n) {
        size_t len = valid_seq((const unsigned char *)s, n, i, false);
        if (len) {
            memcpy(o, s + i, len);
            o += len;
            i += len;
        } else {
            o += rt_utf8_encode(escape ? 0xDC00u + (unsigned char)s[i] : 0xFFFDu, o);
            i++;
        }
    }
    *o = 0;
    return out;
}

char *rt_utf8_sanitize(const char *s, size_t n)
{
    return clean_copy(s, n, false);
}

char *rt_utf8_surrogateescape(const char *s, size_t n)
{
    return clean_copy(s, n, true);
}

int rt_utf8_valid(const char *s, size_t len, size_t *bad_at)
{
    size_t n = rt_utf8_check(s, len, false);
    if (n == len)
        return 1;
    if (bad_at)
        *bad_at = n;
    return 0;
}
