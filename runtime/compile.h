/* compile.h: the compiler: source -> parse (parse.h) -> scope analysis
 * (scope.h) -> code objects (code.h). One code object per scope; nested
 * scopes become constants of their parent's code.
 *
 * This header does not include ast.h: ast.h's comparison operators
 * (RT_CMP_EQ ...) collide with ops.h's rt_cmp_kind, so only compile.c sees
 * both (it renames ast.h's three colliding names while including it). */
#ifndef CLOSURED_RUNTIME_COMPILE_H
#define CLOSURED_RUNTIME_COMPILE_H

#include <stddef.h>

#include "runtime/object.h"

/* Parses, analyses and compiles src[0..len) as the module `filename`.
 * Returns the top level's code object (new reference). On a SyntaxError
 * returns RT_NULL with no exception set and the error stored for
 * rt_error_get (via rt__error_set_syntax); on MemoryError RT_NULL with the
 * exception set. */
rt_value rt_compile_source(rt_state *rt, const char *filename, const char *src, size_t len);

/* compile()'s modes. */
typedef enum rt_compile_mode {
    RT_COMPILE_EXEC,   /* a module: the code returns None */
    RT_COMPILE_EVAL,   /* one expression: the code returns its value */
    RT_COMPILE_SINGLE, /* an interactive statement: as EXEC, and expression statements
                          outside blocks print their value's repr unless it is None */
} rt_compile_mode;

/* compile(src, filename, mode) for a running program: the code object (new
 * reference), or RT_NULL with SyntaxError raised as an exception (its msg,
 * filename, lineno, offset, text, end_lineno, end_offset as CPython's) or
 * MemoryError. */
rt_value rt_compile_text(rt_state *rt, const char *filename, const char *src, size_t len,
                         rt_compile_mode mode);

/* Stores a SyntaxError for rt_error_get, with the text CPython prints
 * (File line, source line, caret, "SyntaxError: msg"). Implemented by
 * state.c. `text` is the source line (may be NULL); col is 1-based in
 * characters, 0 when unknown; end_col likewise (0: one caret). */
void rt__error_set_syntax(rt_state *rt, const char *type, const char *msg, const char *filename,
                          int line, int col, int end_line, int end_col, const char *text);

#endif
