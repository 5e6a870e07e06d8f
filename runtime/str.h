/* str.h: str objects: immutable UTF-8 with the length in code points, an
 * ASCII flag (indexing and slicing are byte offsets then), a cached hash and
 * the interning table (rt->interned). Constructors and rt_str_data/len are
 * declared in ops.h; the rest of the str API is here.
 *
 * Returns new references unless said otherwise; on failure RT_NULL with
 * MemoryError (or the exception named) set. */
#ifndef CLOSURED_RUNTIME_STR_H
#define CLOSURED_RUNTIME_STR_H

#include "runtime/object.h"
#include "runtime/ops.h"
#include "runtime/strbuf.h"

/* header flags of a str */
#define RT_STR_F_INTERNED RT_F_USER1 /* in rt->interned (which holds no reference) */
#define RT_STR_F_ASCII RT_F_USER2    /* every byte < 0x80: code point i = byte i */

typedef struct rt_str_obj {
    rt_obj hdr;
    uint32_t nbytes; /* UTF-8 length, excluding the NUL */
    uint32_t nchars; /* length in code points */
    int64_t hash;    /* -1 until computed */
    char data[];     /* nbytes + 1 (NUL) */
} rt_str_obj;

static inline rt_str_obj *rt_str_obj_of(rt_value s)
{
    return (rt_str_obj *)rt_as_obj(s);
}
static inline bool rt_is_str(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_STR;
}
static inline bool rt_str_is_ascii(rt_value s)
{
    return (rt_as_obj(s)->flags & RT_STR_F_ASCII) != 0;
}
/* len(s) in code points. */
static inline int64_t rt_str_nchars(rt_value s)
{
    return rt_str_obj_of(s)->nchars;
}

/* Interning table lifecycle (state.c calls these; init before the first
 * rt_str_intern, dispose after every str is freed or at state teardown). */
int rt__str_init(rt_state *rt);
void rt__str_dispose(rt_state *rt);

/* An uninitialised str of nbytes bytes for builders: write the UTF-8 into
 * rt_str_obj_of(s)->data (the NUL is already there), then call
 * rt_str_finish once before the str is used anywhere. */
rt_value rt_str_new_uninit(rt_state *rt, size_t nbytes);
/* Computes the code point count and ASCII flag after the bytes are written. */
void rt_str_finish(rt_value s);
/* A new str with a copy of the buffer's contents (the buffer is unchanged). */
rt_value rt_str_from_strbuf(rt_state *rt, const rt_strbuf *sb);
/* The buffer's contents as a new str, the buffer disposed either way: a
 * buffer that failed to grow is MemoryError (RT_NULL). */
rt_value rt_str_take_strbuf(rt_state *rt, rt_strbuf *sb);
/* printf-style formatted str (C formats, not Python's). */
rt_value rt_str_printf(rt_state *rt, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The interned str equal to s (s borrowed; may return s itself, incref'd). */
rt_value rt_str_intern_value(rt_state *rt, rt_value s);

/* The hash of p[0..n) that str and bytes share (never -1). */
int64_t rt__hash_bytes(const char *p, size_t n);
/* hash(s) (cached). */
int64_t rt__str_hash_compute(rt_value s);
static inline int64_t rt_str_hash(rt_value s)
{
    int64_t h = rt_str_obj_of(s)->hash; /* computed once, on first use */
    return h != -1 ? h : rt__str_hash_compute(s);
}
/* Equality of two strs (pointer test first). */
bool rt_str_eq(rt_value a, rt_value b);
/* Equality with C bytes. */
bool rt_str_eq_cstr(rt_value s, const char *c);
/* <0, 0, >0 by code point order (= UTF-8 byte order). */
int rt_str_cmp(rt_value a, rt_value b);

/* a + b; s * n (n <= 0 gives ""). */
rt_value rt_str_concat(rt_state *rt, rt_value a, rt_value b);
rt_value rt_str_repeat(rt_state *rt, rt_value s, int64_t n);
/* `sub in s`: true when sub occurs in s. */
bool rt_str_contains(rt_value s, rt_value sub);
/* Byte offset of the first occurrence of sub in s at or after byte `from`,
 * or -1. */
int64_t rt_str_find_bytes(rt_value s, rt_value sub, size_t from);

/* Byte offset of code point index i (0 <= i <= nchars). O(1) for ASCII. */
size_t rt_str_offset(rt_value s, int64_t i);
/* The code point starting at byte offset *pos; advances *pos. */
uint32_t rt_str_decode(const char *p, size_t *pos);
/* s[i] with Python's negative indices; IndexError "string index out of range". */
rt_value rt_str_getitem(rt_state *rt, rt_value s, int64_t i);
/* s[start:stop:step] for normalised indices (slice.h) and slicelength n. */
rt_value rt_str_slice(rt_state *rt, rt_value s, int64_t start, int64_t step, int64_t n);
/* A one-character str for code point cp (ASCII ones are interned, so
 * iterating a str does not allocate per character). */
rt_value rt_str_from_codepoint(rt_state *rt, uint32_t cp);

/* repr(s) as CPython: quotes chosen as CPython, escapes \n \t \\ etc. */
rt_value rt_str_repr(rt_state *rt, rt_value s);

extern const rt_typeinfo rt__str_typeinfo;

#endif
