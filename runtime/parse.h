/* parse.h: source text -> AST (recursive descent with precedence climbing). */
#ifndef CLOSURED_RUNTIME_PARSE_H
#define CLOSURED_RUNTIME_PARSE_H

#include <stddef.h>

#include "runtime/ast.h"

/* The outcome of one parse. Owns the arena holding the whole tree. */
typedef struct rt_parse_result {
    int ok;                /* 1: module is set; 0: err describes a SyntaxError */
    rt_ast_module *module; /* in arena; NULL when !ok */
    rt_ast_arena *arena;
    rt_syntax_error err;
} rt_parse_result;

/* Parses src[0..len) (UTF-8; a leading BOM is skipped) as a module named
 * filename. Returns a new result the caller frees with rt_parse_free, whose
 * ok says whether it parsed; a SyntaxError is reported in result->err.
 * Returns NULL only when out of memory. Never reads past src + len. */
rt_parse_result *rt_parse(const char *src, size_t len, const char *filename);

/* Frees a parse result, its arena and every node. NULL is a no-op. */
void rt_parse_free(rt_parse_result *r);

#endif
