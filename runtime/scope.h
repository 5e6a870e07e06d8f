/* scope.h: name analysis per function scope (CPython's symtable): decides
 * which names are local, cell, free or global, and fills the rt_ast_scope
 * tables and every rt_ast_name_res of a parsed module. */
#ifndef CLOSURED_RUNTIME_SCOPE_H
#define CLOSURED_RUNTIME_SCOPE_H

#include "runtime/ast.h"

/* Analyzes m in place (see ast.h, "Where scope results live"); scopes are
 * allocated in m->arena. Returns 0 on success; -1 on a SyntaxError (err
 * filled: "no binding for nonlocal 'x' found", "name 'x' is used prior to
 * global declaration", ...); -2 when out of memory (err->msg says so).
 * Call at most once per module. */
int rt_scope_analyze(rt_ast_module *m, rt_syntax_error *err);

#endif
