/* buf.c: the growable byte buffer of buf.h. */
#include "api/buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void api_buf_init(api_buf_t *b)
{
    memset(b, 0, sizeof *b);
}

void api_buf_dispose(api_buf_t *b)
{
    free(b->data);
    api_buf_init(b);
}

static int reserve(api_buf_t *b, size_t extra)
{
    if (b->failed)
        return -1;
    if (b->len + extra + 1 <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = true;
        return -1;
    }
    b->data = p;
    b->cap = cap;
    return 0;
}

int api_buf_reserve(api_buf_t *b, size_t extra)
{
    return reserve(b, extra);
}

int api_buf_append(api_buf_t *b, const char *data, size_t len)
{
    if (reserve(b, len) != 0)
        return -1;
    memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
    return 0;
}

int api_buf_puts(api_buf_t *b, const char *s)
{
    return api_buf_append(b, s, strlen(s));
}

int api_buf_printf(api_buf_t *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return -1;
    if ((size_t)n < sizeof small)
        return api_buf_append(b, small, (size_t)n);
    if (reserve(b, (size_t)n) != 0)
        return -1;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

void api_buf_consume(api_buf_t *b, size_t n)
{
    if (n >= b->len) {
        b->len = 0;
        if (b->data)
            b->data[0] = '\0';
        return;
    }
    memmove(b->data, b->data + n, b->len - n + 1);
    b->len -= n;
}

char *api_buf_take(api_buf_t *b, size_t *len)
{
    char *p = b->failed ? NULL : b->data;
    *len = p ? b->len : 0;
    if (!p)
        free(b->data);
    api_buf_init(b);
    return p;
}
