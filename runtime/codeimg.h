/* codeimg.h: code images: a compiled module's code object (with every nested
 * code object and constant) written as bytes, and read back into a state as
 * the same code object. The build compiles the frozen library (stdlib/) into
 * images once (tools/freeze_code.c), so an import of a frozen module reads
 * its image instead of parsing and compiling its source on every start.
 *
 * An image holds what the compiler decides (instructions, already fused;
 * lines and columns; constants; names; variable tables; the flags and
 * counts of each code object), never what a state fills in while it runs
 * (caches, sites, frame sizes). Its strs are stored once per image and
 * interned on load, as the compiler interns them. Only the constant kinds
 * the compiler makes can be written: None, bools, Ellipsis, int, float,
 * complex, str, bytes, tuple and code.
 *
 * The format is this build's own (native byte order, this build's opcode
 * numbers): images are made and read by the same build, never stored apart
 * from it. */
#ifndef CLOSURED_RUNTIME_CODEIMG_H
#define CLOSURED_RUNTIME_CODEIMG_H

#include <stddef.h>

#include "runtime/object.h"
#include "runtime/strbuf.h"

/* Appends the image of `code` (borrowed) to out. 0, or -1 with an exception
 * set: TypeError for a constant of a kind images cannot hold, MemoryError. */
int rt_codeimg_write(rt_state *rt, rt_value code, rt_strbuf *out);

/* The code object read from the image p[0..n) (a new reference), or
 * RT_NULL with ValueError ("bad code image") when the bytes are not an
 * image this build wrote, MemoryError when out of memory. */
rt_value rt_codeimg_read(rt_state *rt, const unsigned char *p, size_t n);

#endif
