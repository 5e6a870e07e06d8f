/* textops.h: the byte-oriented algorithms str and bytes/bytearray methods share: split,
 * strip, find, count, replace, join, partition, padding, zfill. A text is bytes in memory,
 * (const char *, size_t), read in units: a bytes one byte at a time with ASCII whitespace, a
 * str one UTF-8 code point at a time with Unicode whitespace.
 * Searching needs no units: a str's needle is whole code points, and UTF-8 matches only at
 * code-point boundaries. Pieces become objects through the text's `make` (a str, or a
 * bytes/bytearray of the receiver's type), so each type keeps its own result type.
 *
 * What stays with each method: argument parsing and CPython's error messages, which differ
 * between the types ("must be str, not int" against "a bytes-like object is required, not
 * 'int'"), and positions, which a str counts in code points.
 *
 * Ownership: texts, needles and `like` are borrowed; every rt_value returned is new. */
#ifndef CLOSURED_RUNTIME_TEXTOPS_H
#define CLOSURED_RUNTIME_TEXTOPS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/strbuf.h"

/* A piece p[0..n) as the text's type: a new reference, or RT_NULL with an exception set. */
typedef rt_value (*rt_text_make)(rt_state *rt, rt_value like, const char *p, size_t n);

/* A text and how to read it and cut it into values. */
typedef struct rt_text {
    const char *p;
    size_t n;
    bool utf8; /* a str: a unit is a code point, whitespace Unicode's; else a byte, ASCII's */
    rt_text_make make;
    rt_value like; /* passed to make: a bytes method's receiver, whose type the pieces take */
} rt_text;

/* split/rsplit: a new list of the pieces of t between occurrences of sep[0..sn) (sn > 0),
 * or between runs of whitespace when sep is NULL, at most maxsplit cuts (INT64_MAX: no
 * limit) made from the left, or from the right when `reverse`. With whitespace, the piece
 * left when maxsplit runs out keeps the whitespace on its far side. */
rt_value rt_text_split(rt_state *rt, const rt_text *t, const char *sep, size_t sn, int64_t maxsplit,
                       bool reverse);

/* strip/lstrip/rstrip: the bounds [*b, *e) of t without its leading (`left`) and trailing
 * (`right`) units found in chars[0..cn), or whitespace units when chars is NULL. A str's
 * chars is matched code point by code point. */
void rt_text_strip(const rt_text *t, const char *chars, size_t cn, bool left, bool right, size_t *b,
                   size_t *e);

/* The offset in p of the first (last, when `reverse`) needle[0..m) within p[from..to), or
 * -1 (none, or from > to). Linear time (search.h). */
int64_t rt_text_find(const char *p, size_t from, size_t to, const char *needle, size_t m,
                     bool reverse);

/* Occurrences of needle[0..m) (m > 0) in p[0..n) that do not overlap, from the left. */
int64_t rt_text_count(const char *p, size_t n, const char *needle, size_t m);

/* replace: appends to sb the text t with its first `count` (INT64_MAX: all) occurrences of
 * old[0..on) made new[0..nn); an empty old matches before every unit and at the end.
 * Returns the number replaced. */
int64_t rt_text_replace(rt_strbuf *sb, const rt_text *t, const char *old, size_t on,
                        const char *new_, size_t nn, int64_t count);

/* join: the items of `iterable` with t between them, as t's type. view gives an item's
 * bytes, or false for an item of the wrong type, which raises TypeError "sequence item N:
 * expected <expected>, <type> found"; a non-iterable raises "can only join an iterable". */
rt_value rt_text_join(rt_state *rt, const rt_text *t, rt_value iterable,
                      bool (*view)(rt_value item, const char **p, size_t *n), const char *expected);

/* partition/rpartition: the tuple (head, sep, tail) around the first (last, `reverse`)
 * sep[0..sn) (sn > 0) in t, or (t, '', '') ('', '', t) without one. `whole` stands for all
 * of t and `sep_value` for the separator when given (an immutable type: the same objects,
 * and one empty piece in both empty places); RT_NULL makes new pieces of each (bytearray). */
rt_value rt_text_partition(rt_state *rt, const rt_text *t, const char *sep, size_t sn, bool reverse,
                           rt_value whole, rt_value sep_value);

/* The units of fill before a text of `len` units padded to `width` (> len): `how` '<'
 * (ljust) none, '>' (rjust) all, '^' (center) half, the odd one on the left when len and
 * width are both odd, as CPython does. */
int64_t rt_text_pad_left(int64_t width, int64_t len, char how);

/* Appends fill[0..fn) `left` times, p[0..n), then fill `right` times. */
void rt_text_pad(rt_strbuf *sb, const char *p, size_t n, const char *fill, size_t fn, size_t left,
                 size_t right);

/* zfill: appends p[0..n) with `zeros` '0's inserted after its sign, if it starts with one. */
void rt_text_zfill(rt_strbuf *sb, const char *p, size_t n, size_t zeros);

/* removeprefix/removesuffix: whether affix[0..an) is a non-empty prefix (suffix) of p[0..n). */
bool rt_text_has_affix(const char *p, size_t n, const char *affix, size_t an, bool suffix);

#endif
