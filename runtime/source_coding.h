/* source_coding.h: a source file's encoding declaration (PEP 263) for the
 * single-byte encodings closured decodes without its codec machinery. */
#ifndef CLOSURED_RUNTIME_SOURCE_CODING_H
#define CLOSURED_RUNTIME_SOURCE_CODING_H

#include <stddef.h>

/* Reads the declaration in a comment on the first or second line of the
 * source bytes src[0..len) ("# -*- coding: cp1252 -*-", "# vim: set
 * fileencoding=latin-1 :"; the second line only when the first is blank or
 * a comment). For latin-1, iso-8859-15 and cp1252 (any of their names):
 * 1 with *out a new malloc'd UTF-8 text of the source (0-terminated, its
 * length in *outlen). 0 when the source is to be read as it is (no
 * declaration, utf-8, or an encoding left to the parser's UTF-8 check).
 * -1 when the declaration cannot hold: a byte cp1252 leaves unassigned, or
 * a UTF-8 byte order mark before another encoding; `name` (namelen bytes)
 * then holds what CPython's "SyntaxError: encoding problem: NAME" says.
 * -2 when out of memory. */
int rt_source_recode(const char *src, size_t len, char **out, size_t *outlen, char *name,
                     size_t namelen);

#endif
