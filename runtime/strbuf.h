/* strbuf.h: a growable, always NUL-terminated byte buffer owned by its caller. */
#ifndef CLOSURED_RUNTIME_STRBUF_H
#define CLOSURED_RUNTIME_STRBUF_H

#include <stddef.h>
#include <stdint.h>

/* Reallocation hook: like realloc, but told the old size so a sized
 * allocator (the heap chokepoint) can account for it. new_size == 0 frees
 * and returns NULL. Returns NULL on failure, leaving p untouched. */
typedef void *(*rt_strbuf_realloc_fn)(void *ctx, void *p, size_t old_size, size_t new_size);

/* Caller-owned storage. data is NULL until the first append; len excludes
 * the terminating NUL, which is always present once data != NULL. After an
 * allocation failure `failed` is set and later appends are no-ops returning -1. */
typedef struct rt_strbuf {
    char *data;
    size_t len;
    size_t cap;
    int failed;
    rt_strbuf_realloc_fn realloc_fn;
    void *ctx;
} rt_strbuf;

/* Initialises an empty buffer using libc realloc/free. Never fails. */
void rt_strbuf_init(rt_strbuf *sb);
/* Initialises an empty buffer using a custom allocator (fn, ctx). */
void rt_strbuf_init_with(rt_strbuf *sb, rt_strbuf_realloc_fn fn, void *ctx);
/* Initialises an empty buffer sharing other's allocator (for temporaries). */
void rt_strbuf_init_like(rt_strbuf *sb, const rt_strbuf *other);
/* Frees the storage; the buffer is empty and reusable afterwards. */
void rt_strbuf_dispose(rt_strbuf *sb);

/* Ensures room for `extra` more bytes plus the NUL. 0 ok, -1 out of memory. */
int rt_strbuf_reserve(rt_strbuf *sb, size_t extra);
/* Appends n bytes of s. 0 ok, -1 out of memory (buffer keeps old contents). */
int rt_strbuf_append(rt_strbuf *sb, const char *s, size_t n);
/* Appends a NUL-terminated string. Same result as rt_strbuf_append. */
int rt_strbuf_append_cstr(rt_strbuf *sb, const char *s);
/* Appends one byte. */
int rt_strbuf_append_char(rt_strbuf *sb, char c);
/* Appends `count` copies of the n-byte unit s (e.g. a UTF-8 fill char). */
int rt_strbuf_append_repeat(rt_strbuf *sb, const char *s, size_t n, size_t count);
/* Appends the UTF-8 encoding of code point cp (surrogates encoded as
 * 3 bytes, WTF-8 style). cp > 0x10FFFF fails with -1 without writing. */
int rt_strbuf_append_utf8(rt_strbuf *sb, uint32_t cp);
/* Shrinks the content to len bytes (len <= sb->len); keeps capacity. */
void rt_strbuf_truncate(rt_strbuf *sb, size_t len);
/* Returns the contents as a C string; "" for a never-written buffer. Borrowed. */
const char *rt_strbuf_cstr(const rt_strbuf *sb);
/* Hands the storage to the caller (free it with the same allocator,
 * size cap) and leaves the buffer empty. Returns NULL if nothing was written. */
char *rt_strbuf_steal(rt_strbuf *sb, size_t *len, size_t *cap);

#endif
