/* strbuf.c: a growable, always NUL-terminated byte buffer owned by its caller. */
#include "runtime/strbuf.h"

#include <stdlib.h>
#include <string.h>

static void *libc_realloc(void *ctx, void *p, size_t old_size, size_t new_size)
{
    (void)ctx;
    (void)old_size;
    if (new_size == 0) {
        free(p);
        return NULL;
    }
    return realloc(p, new_size);
}

void rt_strbuf_init(rt_strbuf *sb)
{
    rt_strbuf_init_with(sb, libc_realloc, NULL);
}

void rt_strbuf_init_with(rt_strbuf *sb, rt_strbuf_realloc_fn fn, void *ctx)
{
    sb->data = NULL;
    sb->len = 0;
    sb->cap = 0;
    sb->failed = 0;
    sb->realloc_fn = fn ? fn : libc_realloc;
    sb->ctx = fn ? ctx : NULL;
}

void rt_strbuf_init_like(rt_strbuf *sb, const rt_strbuf *other)
{
    rt_strbuf_init_with(sb, other->realloc_fn, other->ctx);
}

void rt_strbuf_dispose(rt_strbuf *sb)
{
    if (sb->data)
        sb->realloc_fn(sb->ctx, sb->data, sb->cap, 0);
    sb->data = NULL;
    sb->len = 0;
    sb->cap = 0;
    sb->failed = 0;
}

int rt_strbuf_reserve(rt_strbuf *sb, size_t extra)
{
    if (sb->failed)
        return -1;
    if (extra > SIZE_MAX - sb->len - 1) {
        sb->failed = 1;
        return -1;
    }
    size_t need = sb->len + extra + 1;
    if (need <= sb->cap)
        return 0;
    size_t ncap = sb->cap ? sb->cap : 32;
    while (ncap < need)
        ncap = ncap > SIZE_MAX / 2 ? need : ncap * 2;
    char *p = sb->realloc_fn(sb->ctx, sb->data, sb->cap, ncap);
    if (!p) {
        sb->failed = 1;
        return -1;
    }
    sb->data = p;
    sb->cap = ncap;
    return 0;
}

int rt_strbuf_append(rt_strbuf *sb, const char *s, size_t n)
{
    if (rt_strbuf_reserve(sb, n) < 0)
        return -1;
    if (n)
        memcpy(sb->data + sb->len, s, n);
    sb->len += n;
    sb->data[sb->len] = '\0';
    return 0;
}

int rt_strbuf_append_cstr(rt_strbuf *sb, const char *s)
{
    return rt_strbuf_append(sb, s, strlen(s));
}

int rt_strbuf_append_char(rt_strbuf *sb, char c)
{
    return rt_strbuf_append(sb, &c, 1);
}

int rt_strbuf_append_repeat(rt_strbuf *sb, const char *s, size_t n, size_t count)
{
    if (n && count > (SIZE_MAX - 1) / n)
        return sb->failed = 1, -1;
    if (rt_strbuf_reserve(sb, n * count) < 0)
        return -1;
    for (size_t i = 0; i < count; i++) {
        if (n == 1)
            sb->data[sb->len] = s[0];
        else
            memcpy(sb->data + sb->len, s, n);
        sb->len += n;
    }
    sb->data[sb->len] = '\0';
    return 0;
}

int rt_strbuf_append_utf8(rt_strbuf *sb, uint32_t cp)
{
    char b[4];
    size_t n;
    if (cp < 0x80) {
        b[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        b[0] = (char)(0xC0 | (cp >> 6));
        b[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | (cp >> 12));
        b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else if (cp <= 0x10FFFF) {
        b[0] = (char)(0xF0 | (cp >> 18));
        b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    } else {
        return -1;
    }
    return rt_strbuf_append(sb, b, n);
}

void rt_strbuf_truncate(rt_strbuf *sb, size_t len)
{
    if (sb->data && len < sb->len) {
        sb->len = len;
        sb->data[len] = '\0';
    }
}

const char *rt_strbuf_cstr(const rt_strbuf *sb)
{
    return sb->data ? sb->data : "";
}

char *rt_strbuf_steal(rt_strbuf *sb, size_t *len, size_t *cap)
{
    char *p = sb->data;
    if (len)
        *len = sb->len;
    if (cap)
        *cap = sb->cap;
    sb->data = NULL;
    sb->len = 0;
    sb->cap = 0;
    sb->failed = 0;
    return p;
}
