/* buf.h: api_buf_t, a growable byte buffer for text the API writes (Prometheus, SSE frames).
 *
 * Ownership: caller-owned storage; data is malloc'ed and freed by
 * api_buf_dispose, or taken over with api_buf_take. After an allocation
 * failure the buffer is marked failed and further appends do nothing. */
#ifndef CLOSURED_API_BUF_H
#define CLOSURED_API_BUF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct api_buf {
    char *data; /* NUL-terminated when len > 0 */
    size_t len, cap;
    bool failed;
} api_buf_t;

void api_buf_init(api_buf_t *b);
void api_buf_dispose(api_buf_t *b);

/* Makes room for `extra` more bytes (one growth instead of several when the
 * size is known). 0, or -1 with b->failed set. */
int api_buf_reserve(api_buf_t *b, size_t extra);

/* Appends bytes / a string / formatted text. Return 0 or -1 (out of memory). */
int api_buf_append(api_buf_t *b, const char *data, size_t len);
int api_buf_puts(api_buf_t *b, const char *s);
int api_buf_printf(api_buf_t *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Drops the first n bytes. */
void api_buf_consume(api_buf_t *b, size_t n);

/* Hands the data over (caller frees) and leaves the buffer empty; NULL when
 * it failed or holds nothing. *len gets the length. */
char *api_buf_take(api_buf_t *b, size_t *len);

#endif
