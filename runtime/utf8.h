/* utf8.h: UTF-8 validation, and the one rule for where a code point of a
 * str starts and ends, safe on any bytes.
 *
 * Every str the runtime makes holds valid UTF-8, except that a lone
 * surrogate (U+D800..U+DFFF, which Python strings may hold: "\ud800") is
 * kept in its 3-byte form. Source text and bytes from the host are checked
 * on the way in (rt_utf8_check, rt_str_new_lossy). The str routines still
 * never read outside a string, whatever its bytes: a code point starts at
 * any byte that is not a continuation byte (bits 10 then six payload bits) and runs up to the
 * next such start or the end, as rt_str_finish counts them. */
#ifndef CLOSURED_RUNTIME_UTF8_H
#define CLOSURED_RUNTIME_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* True for a UTF-8 continuation byte (bits 10 then six payload bits). */
static inline bool rt_utf8_is_cont(unsigned char b)
{
    return (b & 0xC0) == 0x80;
}

/* The end of the code point starting at byte `i` of s[0..n) (i < n): the
 * next byte that is not a continuation byte, or n. */
static inline size_t rt_utf8_next(const char *s, size_t n, size_t i)
{
    i++;
    while (i < n && rt_utf8_is_cont((unsigned char)s[i]))
        i++;
    return i;
}

/* Length of the longest strictly valid UTF-8 prefix of s[0..n) (RFC 3629:
 * no overlong forms, no surrogates, nothing above U+10FFFF): n when s is
 * valid; otherwise the offset of the first byte of the bad sequence, which
 * is what CPython names ("Non-UTF-8 code starting with '\xf0'").
 * `allow_surrogates` accepts the 3-byte forms of U+D800..U+DFFF (the
 * runtime's own strings may hold them). */
size_t rt_utf8_check(const char *s, size_t n, bool allow_surrogates);

/* Decodes the sequence at s[*pos] (*pos < n) and moves *pos past it, by the
 * rt_utf8_next rule; a malformed sequence decodes as U+FFFD. Never reads at
 * or past s[n]. */
uint32_t rt_utf8_decode(const char *s, size_t n, size_t *pos);

/* A malloc'd, NUL-terminated copy of s[0..n) in which each byte that does
 * not begin a strictly valid sequence is replaced by U+FFFD; NULL when the
 * host is out of memory. For bytes from the host (a file name). */
char *rt_utf8_sanitize(const char *s, size_t n);

/* The same with CPython's "surrogateescape" for bytes from the OS (sys.argv):
 * a bad byte b becomes the lone surrogate U+DC00 + b, in its 3-byte form,
 * so '\xff' in an argument reads as '\udcff' as in CPython. */
char *rt_utf8_surrogateescape(const char *s, size_t n);

/* Writes cp (at most U+10FFFF) as UTF-8 into out (4 bytes of room);
 * returns the number of bytes written (1..4). */
size_t rt_utf8_encode(uint32_t cp, char *out);

#endif
