/* uniprint.h: str.isprintable() for one code point (used by repr of str). */
#ifndef CLOSURED_RUNTIME_UNIPRINT_H
#define CLOSURED_RUNTIME_UNIPRINT_H

#include <stdint.h>

/* Returns 1 if cp is printable in CPython 3.11's sense (repr leaves it
 * unescaped), else 0. Exact for all of U+0000..U+10FFFF. */
int rt__unicode_isprintable(uint32_t cp);

#endif
