/* ast.h: the syntax tree of the Python subset, its arena, and the slots the
 * scope pass fills in. Independent of the object model: strings are UTF-8
 * bytes in the arena, numbers are C numbers.
 *
 * ---------------------------------------------------------------------------
 * How a compiler walks it
 * ---------------------------------------------------------------------------
 *   rt_parse_result *pr = rt_parse(src, len, "file.py");      (parse.h)
 *   if (!pr || !pr->ok) ... report pr->err ...
 *   if (rt_scope_analyze(pr->module, &pr->err) != 0) ... report pr->err ... (scope.h)
 *   compile pr->module->body with pr->module->scope, then rt_parse_free(pr).
 *
 * Node shapes follow CPython's ast module (Python 3.11) and use its names:
 * rt_ast_stmt and rt_ast_expr are tagged unions (field `kind`, union `u`,
 * one member per kind, named after the kind in lower case with a trailing
 * underscore where the name is a C keyword). Sequences are rt_ast_*_list
 * {v, n}: an arena array of n pointers (v may be NULL when n == 0).
 * Differences from CPython's ast:
 *   - Constant: rt_ast_const_kind says which member of the value is set.
 *     Integers that do not fit int64 are RT_CONST_BIGINT with the digits
 *     (underscores removed, no prefix) in `s` and the base in `base`.
 *   - Dict: keys[i] == NULL means `**values[i]`.
 *   - elif is an If inside the orelse of the previous If, as in CPython.
 *   - ImportFrom: `from m import *` is one alias named "*"; module.s is NULL
 *     for `from . import x` (level 1, no module name).
 *   - Positional-only parameters are the first nposonly of args; no type comments. `async
 *     def`, `await`, `async with`, `async for` (statement and comprehension clause) and
 *     asynchronous generators are supported.
 *
 * Positions: every node (and arg, keyword, alias, excepthandler) carries an
 * rt_ast_pos. line is 1-based; col is 1-based and counts BYTES of the UTF-8
 * line (CPython's col_offset + 1); end_line/end_col point one past the last
 * byte (end_col is CPython's end_col_offset + 1).
 *
 * Where scope results live (after rt_scope_analyze):
 *   - Every scope (module, def, lambda, each comprehension / generator
 *     expression) owns one rt_ast_scope, reachable from
 *     rt_ast_module.scope, stmt FunctionDef u.functiondef.scope,
 *     expr Lambda u.lambda.scope, and expr ListComp/SetComp/DictComp/
 *     GeneratorExp u.comp.scope.
 *   - Every place a name is read, bound or deleted has an rt_ast_name_res
 *     {kind, slot}: expr Name (u.name.res), the name a def binds in its
 *     enclosing scope (u.functiondef.res), `except E as n` (handler->res),
 *     `import a.b as n` (alias->res), and each parameter (arg->res, always
 *     LOCAL or CELL in the function's own scope).
 *       LOCAL            slot = index in scope->varnames      (fast local)
 *       CELL             slot = index in scope->cellvars      (cell owned by
 *                        this frame; if it is a parameter, scope->cell2arg
 *                        says which varnames slot to copy into it on entry)
 *       FREE             slot = index in scope->freevars      (cell taken
 *                        from the function object's closure)
 *       GLOBAL_EXPLICIT  slot = -1 (declared `global`)
 *       GLOBAL_IMPLICIT  slot = -1 (module-level code, or a name never
 *                        bound in any enclosing function: globals, then
 *                        builtins)
 *       NAME             slot = -1, in a class body: the class namespace,
 *                        then globals, then builtins (LOAD_NAME). A FREE
 *                        name read in a class body checks the namespace
 *                        first too (LOAD_CLASSDEREF).
 *   - Class scopes (RT_SCOPE_CLASS) are invisible to the scopes nested in
 *     them: a method does not see the class body's names. A function in a
 *     class that uses `super` or `__class__` gets the free variable
 *     `__class__`, a cell of the class scope that the class statement
 *     fills with the new class.
 *     At module level every name is GLOBAL_IMPLICIT (the subset has no
 *     class bodies, so module code reads and writes the globals dict).
 *   - Evaluation contexts, as in CPython: default values, decorators and
 *     the FIRST iterable of a comprehension are resolved in the ENCLOSING
 *     scope; everything else in a lambda/def/comprehension in its own.
 *   - A comprehension's scope has one positional parameter ".0" (varnames[0],
 *     argcount 1): the compiler evaluates generators[0].iter in the
 *     enclosing scope, takes iter() of it and passes it as the argument.
 *   - To build a closure for child scope C inside parent P, push, for each
 *     i < C->nfreevars, the cell described by C->closure[i] (kind CELL: P's
 *     cellvars[slot]; kind FREE: P's freevars[slot]), in that order.
 *   - Orders match CPython 3.11's code objects: varnames = positional
 *     params, keyword-only params, *args, **kwargs, then other non-cell
 *     locals in order of first use in compile order; cellvars = cell
 *     parameters in parameter order, then other cells sorted by name;
 *     freevars sorted by name (byte order = code point order).
 * ---------------------------------------------------------------------------
 */
#ifndef CLOSURED_RUNTIME_AST_H
#define CLOSURED_RUNTIME_AST_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ---- arena -------------------------------------------------------------- */

/* A bump allocator owning every node, list and string of one parse. Memory
 * comes from malloc (compile-time data, not counted by the runtime heap). */
typedef struct rt_ast_arena rt_ast_arena;

/* Returns a new empty arena, or NULL when out of memory. */
rt_ast_arena *rt_ast_arena_new(void);
/* Frees the arena and everything allocated in it. NULL is a no-op. */
void rt_ast_arena_free(rt_ast_arena *a);
/* Returns n zeroed bytes aligned for any type, or NULL when out of memory. */
void *rt_ast_alloc(rt_ast_arena *a, size_t n);
/* Returns a NUL-terminated arena copy of s[0..len), or NULL when out of memory. */
char *rt_ast_strdup(rt_ast_arena *a, const char *s, size_t len);
/* Total bytes requested from malloc so far (for tests and stats). */
size_t rt_ast_arena_bytes(const rt_ast_arena *a);

/* ---- basic pieces ------------------------------------------------------- */

/* UTF-8 text in the arena; s is NUL-terminated (s[len] == 0) unless s is
 * NULL, which means "absent" (e.g. no `as` name). Strings may contain NUL
 * bytes (from "\0"), so use len. */
typedef struct rt_ast_str {
    const char *s;
    size_t len;
} rt_ast_str;

typedef struct rt_ast_pos {
    int line, col;         /* start: 1-based line, 1-based byte column */
    int end_line, end_col; /* one past the end, same conventions */
} rt_ast_pos;

typedef enum rt_ast_ctx { RT_CTX_LOAD, RT_CTX_STORE, RT_CTX_DEL } rt_ast_ctx;

/* Name resolution kinds (CPython symtable's scopes). */
#define RT_NAME_KINDS(X)                                                                           \
    X(UNRESOLVED)                                                                                  \
    X(LOCAL)                                                                                       \
    X(CELL)                                                                                        \
    X(FREE)                                                                                        \
    X(GLOBAL_EXPLICIT)                                                                             \
    X(GLOBAL_IMPLICIT)                                                                             \
    X(NAME)

typedef enum rt_ast_name_kind {
#define RT_X(k) RT_NAME_##k,
    RT_NAME_KINDS(RT_X)
#undef RT_X
} rt_ast_name_kind;

/* Where a name lives; see the header comment for what slot indexes. */
typedef struct rt_ast_name_res {
    rt_ast_name_kind kind;
    int slot;
} rt_ast_name_res;

/* ---- operators ---------------------------------------------------------- */

/* X(NAME, "symbol") */
#define RT_BINOPS(X)                                                                               \
    X(ADD, "+")                                                                                    \
    X(SUB, "-")                                                                                    \
    X(MULT, "*")                                                                                   \
    X(MATMULT, "@")                                                                                \
    X(DIV, "/")                                                                                    \
    X(MOD, "%")                                                                                    \
    X(POW, "**")                                                                                   \
    X(LSHIFT, "<<")                                                                                \
    X(RSHIFT, ">>")                                                                                \
    X(BITOR, "|")                                                                                  \
    X(BITXOR, "^")                                                                                 \
    X(BITAND, "&")                                                                                 \
    X(FLOORDIV, "//")

#define RT_UNARYOPS(X)                                                                             \
    X(INVERT, "~")                                                                                 \
    X(NOT, "not")                                                                                  \
    X(UADD, "+")                                                                                   \
    X(USUB, "-")

#define RT_BOOLOPS(X)                                                                              \
    X(AND, "and")                                                                                  \
    X(OR, "or")

#define RT_CMPOPS(X)                                                                               \
    X(EQ, "==")                                                                                    \
    X(NOTEQ, "!=")                                                                                 \
    X(LT, "<")                                                                                     \
    X(LTE, "<=")                                                                                   \
    X(GT, ">")                                                                                     \
    X(GTE, ">=")                                                                                   \
    X(IS, "is")                                                                                    \
    X(ISNOT, "is not")                                                                             \
    X(IN, "in")                                                                                    \
    X(NOTIN, "not in")

#define RT_X(n, s) RT_BINOP_##n,
typedef enum rt_ast_binop { RT_BINOPS(RT_X) RT_BINOP__COUNT } rt_ast_binop;
#undef RT_X
#define RT_X(n, s) RT_UNARY_##n,
typedef enum rt_ast_unaryop { RT_UNARYOPS(RT_X) RT_UNARY__COUNT } rt_ast_unaryop;
#undef RT_X
#define RT_X(n, s) RT_BOOL_##n,
typedef enum rt_ast_boolop { RT_BOOLOPS(RT_X) RT_BOOL__COUNT } rt_ast_boolop;
#undef RT_X
#define RT_X(n, s) RT_ASTCMP_##n,
typedef enum rt_ast_cmpop { RT_CMPOPS(RT_X) RT_ASTCMP__COUNT } rt_ast_cmpop;
#undef RT_X

/* Symbols ("+", "not in", ...) for dumps and error messages. */
const char *rt_ast_binop_symbol(rt_ast_binop op);
const char *rt_ast_unaryop_symbol(rt_ast_unaryop op);
const char *rt_ast_boolop_symbol(rt_ast_boolop op);
const char *rt_ast_cmpop_symbol(rt_ast_cmpop op);

/* ---- node kinds --------------------------------------------------------- */

/* X(KIND, "CPython ast class name") */
#define RT_EXPR_KINDS(X)                                                                           \
    X(BOOLOP, "BoolOp")                                                                            \
    X(BINOP, "BinOp")                                                                              \
    X(UNARYOP, "UnaryOp")                                                                          \
    X(LAMBDA, "Lambda")                                                                            \
    X(IFEXP, "IfExp")                                                                              \
    X(DICT, "Dict")                                                                                \
    X(SET, "Set")                                                                                  \
    X(LISTCOMP, "ListComp")                                                                        \
    X(SETCOMP, "SetComp")                                                                          \
    X(DICTCOMP, "DictComp")                                                                        \
    X(GENERATOREXP, "GeneratorExp")                                                                \
    X(COMPARE, "Compare")                                                                          \
    X(CALL, "Call")                                                                                \
    X(FORMATTEDVALUE, "FormattedValue")                                                            \
    X(JOINEDSTR, "JoinedStr")                                                                      \
    X(CONSTANT, "Constant")                                                                        \
    X(ATTRIBUTE, "Attribute")                                                                      \
    X(SUBSCRIPT, "Subscript")                                                                      \
    X(STARRED, "Starred")                                                                          \
    X(NAME, "Name")                                                                                \
    X(LIST, "List")                                                                                \
    X(TUPLE, "Tuple")                                                                              \
    X(SLICE, "Slice")                                                                              \
    X(YIELD, "Yield")                                                                              \
    X(YIELDFROM, "YieldFrom")                                                                      \
    X(NAMEDEXPR, "NamedExpr")

#define RT_STMT_KINDS(X)                                                                           \
    X(FUNCTIONDEF, "FunctionDef")                                                                  \
    X(RETURN, "Return")                                                                            \
    X(DELETE, "Delete")                                                                            \
    X(ASSIGN, "Assign")                                                                            \
    X(AUGASSIGN, "AugAssign")                                                                      \
    X(FOR, "For")                                                                                  \
    X(WHILE, "While")                                                                              \
    X(IF, "If")                                                                                    \
    X(RAISE, "Raise")                                                                              \
    X(TRY, "Try")                                                                                  \
    X(ASSERT, "Assert")                                                                            \
    X(IMPORT, "Import")                                                                            \
    X(IMPORTFROM, "ImportFrom")                                                                    \
    X(GLOBAL, "Global")                                                                            \
    X(NONLOCAL, "Nonlocal")                                                                        \
    X(EXPR, "Expr")                                                                                \
    X(PASS, "Pass")                                                                                \
    X(BREAK, "Break")                                                                              \
    X(CONTINUE, "Continue")                                                                        \
    X(CLASSDEF, "ClassDef")                                                                        \
    X(WITH, "With")                                                                                \
    X(ANNASSIGN, "AnnAssign")                                                                      \
    X(MATCH, "Match")

#define RT_X(k, n) RT_EXPR_##k,
typedef enum rt_ast_expr_kind { RT_EXPR_KINDS(RT_X) RT_EXPR__COUNT } rt_ast_expr_kind;
#undef RT_X
#define RT_X(k, n) RT_STMT_##k,
typedef enum rt_ast_stmt_kind { RT_STMT_KINDS(RT_X) RT_STMT__COUNT } rt_ast_stmt_kind;
#undef RT_X

/* CPython class names ("BinOp", "FunctionDef") for dumps. */
const char *rt_ast_expr_kind_name(rt_ast_expr_kind k);
const char *rt_ast_stmt_kind_name(rt_ast_stmt_kind k);
const char *rt_ast_name_kind_name(rt_ast_name_kind k);

typedef enum rt_ast_const_kind {
    RT_CONST_NONE,
    RT_CONST_TRUE,
    RT_CONST_FALSE,
    RT_CONST_ELLIPSIS,
    RT_CONST_INT,    /* u.constant.i */
    RT_CONST_BIGINT, /* u.constant.s digits in u.constant.base, no sign, no '_' */
    RT_CONST_FLOAT,  /* u.constant.f */
    RT_CONST_IMAG,   /* u.constant.f: the imaginary part of a complex literal (2.5j) */
    RT_CONST_STR,    /* u.constant.s, UTF-8 (escapes decoded) */
    RT_CONST_BYTES   /* u.constant.s, raw bytes */
} rt_ast_const_kind;

typedef struct rt_ast_expr rt_ast_expr;
typedef struct rt_ast_stmt rt_ast_stmt;
typedef struct rt_ast_scope rt_ast_scope;

typedef struct rt_ast_expr_list {
    rt_ast_expr **v;
    int n;
} rt_ast_expr_list;

typedef struct rt_ast_stmt_list {
    rt_ast_stmt **v;
    int n;
} rt_ast_stmt_list;

/* One parameter. */
typedef struct rt_ast_arg {
    rt_ast_str name;
    rt_ast_pos pos;
    rt_ast_name_res res;     /* LOCAL or CELL in the function's own scope */
    rt_ast_expr *annotation; /* `x: int`, or NULL */
} rt_ast_arg;

/* A parameter list: def f(args..., *vararg, kwonly..., **kwarg). */
typedef struct rt_ast_arguments {
    rt_ast_arg *args; /* positional-or-keyword, nargs of them */
    int nargs;
    int nposonly;              /* the first nposonly of args came before `/` (co_posonlyargcount) */
    rt_ast_expr_list defaults; /* for the LAST defaults.n of args */
    rt_ast_arg *vararg;        /* NULL if none */
    rt_ast_arg *kwonly;        /* nkwonly of them */
    int nkwonly;
    rt_ast_expr **kw_defaults; /* nkwonly entries, NULL where no default */
    rt_ast_arg *kwarg;         /* NULL if none */
} rt_ast_arguments;

/* f(arg=value) or f(**value) (arg.s == NULL). */
typedef struct rt_ast_keyword {
    rt_ast_str arg;
    rt_ast_expr *value;
    rt_ast_pos pos;
} rt_ast_keyword;

/* `for target in iter if ifs...` inside a comprehension. */
typedef struct rt_ast_comprehension {
    rt_ast_expr *target;
    rt_ast_expr *iter;
    rt_ast_expr_list ifs;
    int is_async; /* `async for`: iter is an asynchronous iterable */
} rt_ast_comprehension;

/* `except type as name:` (type NULL for bare except, name.s NULL if no `as`). */
typedef struct rt_ast_excepthandler {
    rt_ast_expr *type;
    rt_ast_str name;
    rt_ast_name_res res; /* binding of name */
    rt_ast_stmt_list body;
    rt_ast_pos pos;
} rt_ast_excepthandler;

/* ---- match statements (PEP 634) ----------------------------------------- */

typedef enum rt_ast_pattern_kind {
    RT_PAT_VALUE,     /* a literal or a dotted name: subject == value */
    RT_PAT_SINGLETON, /* None, True, False: subject is value */
    RT_PAT_SEQUENCE,  /* [p, q, *rest] or (p, q): at most one STAR element */
    RT_PAT_MAPPING,   /* {key: p, ..., **rest} */
    RT_PAT_CLASS,     /* Cls(p, q, attr=r) */
    RT_PAT_STAR,      /* *name or *_ inside a sequence pattern */
    RT_PAT_AS,        /* p as name; a capture `name` (pattern NULL); the wildcard `_` (both NULL) */
    RT_PAT_OR,        /* p | q | ... */
} rt_ast_pattern_kind;

typedef struct rt_ast_pattern rt_ast_pattern;
struct rt_ast_pattern {
    rt_ast_pattern_kind kind;
    rt_ast_pos pos;
    union {
        rt_ast_expr *value; /* VALUE (an expression) and SINGLETON (a Constant) */
        struct {
            rt_ast_pattern **v;
            int n;
        } seq; /* SEQUENCE and OR */
        struct {
            rt_ast_expr **keys;
            rt_ast_pattern **values;
            int n;
            rt_ast_expr *rest; /* a Name (ctx Store) or NULL */
        } mapping;
        struct {
            rt_ast_expr *cls;
            rt_ast_pattern **args;
            int nargs;
            rt_ast_str *kwd_attrs;
            rt_ast_pattern **kwd_patterns;
            int nkwd;
        } cls;
        struct {
            rt_ast_pattern *pattern; /* NULL: a capture, or the wildcard when name is NULL too */
            rt_ast_expr *name;       /* a Name (ctx Store); NULL for `_` */
        } as;                        /* AS and STAR (STAR uses only name) */
    } u;
};

typedef struct rt_ast_match_case {
    rt_ast_pattern *pattern;
    rt_ast_expr *guard; /* `if ...`, or NULL */
    rt_ast_stmt_list body;
} rt_ast_match_case;

/* One `expr as target` of a with statement (target NULL when no `as`). */
typedef struct rt_ast_withitem {
    rt_ast_expr *context_expr;
    rt_ast_expr *optional_vars;
} rt_ast_withitem;

/* `import name as asname` / `from m import name as asname`. For `import a.b`
 * without `as`, the bound name is "a" (res describes it). */
typedef struct rt_ast_alias {
    rt_ast_str name;   /* dotted for import */
    rt_ast_str asname; /* s == NULL if none */
    rt_ast_name_res res;
    rt_ast_pos pos;
} rt_ast_alias;

struct rt_ast_expr {
    rt_ast_expr_kind kind;
    rt_ast_pos pos;
    union {
        struct {
            rt_ast_boolop op;
            rt_ast_expr_list values; /* n >= 2 */
        } boolop;
        struct {
            rt_ast_expr *left;
            rt_ast_binop op;
            rt_ast_expr *right;
        } binop;
        struct {
            rt_ast_unaryop op;
            rt_ast_expr *operand;
        } unaryop;
        struct {
            rt_ast_arguments *args;
            rt_ast_expr *body;
            rt_ast_scope *scope;
        } lambda;
        struct {
            rt_ast_expr *test, *body, *orelse;
        } ifexp;
        struct {
            rt_ast_expr_list keys; /* keys.v[i] NULL: **values.v[i] */
            rt_ast_expr_list values;
        } dict;
        struct {
            rt_ast_expr_list elts;
        } set;
        /* LISTCOMP, SETCOMP, GENERATOREXP: elt; DICTCOMP: key is elt, value. */
        struct {
            rt_ast_expr *elt;
            rt_ast_expr *value;
            rt_ast_comprehension *generators;
            int ngenerators; /* >= 1 */
            rt_ast_scope *scope;
        } comp;
        struct {
            rt_ast_expr *left;
            rt_ast_cmpop *ops;
            rt_ast_expr_list comparators; /* same length as ops */
        } compare;
        struct {
            rt_ast_expr *func;
            rt_ast_expr_list args; /* may contain Starred */
            rt_ast_keyword *keywords;
            int nkeywords;
        } call;
        struct {
            rt_ast_expr *value;
            int conversion;           /* -1 none, or 'r', 's', 'a' */
            rt_ast_expr *format_spec; /* JoinedStr or NULL */
        } formattedvalue;
        struct {
            rt_ast_expr_list values; /* Constant str and FormattedValue */
        } joinedstr;
        struct {
            rt_ast_const_kind kind;
            int64_t i;
            double f;
            rt_ast_str s;
            int base; /* BIGINT only: 10, 16, 8 or 2 */
        } constant;
        struct {
            rt_ast_expr *value;
            rt_ast_str attr;
            rt_ast_ctx ctx;
        } attribute;
        struct {
            rt_ast_expr *value;
            rt_ast_expr *slice; /* Slice, Tuple (a[i, j]) or any expression */
            rt_ast_ctx ctx;
        } subscript;
        struct {
            rt_ast_expr *value;
            rt_ast_ctx ctx;
        } starred;
        /* YIELD (value NULL for a bare `yield`) and YIELDFROM; `await x` is a
         * YIELDFROM with is_await set (it delegates to x.__await__()) */
        struct {
            rt_ast_expr *value;
            int is_await;
        } yield;
        struct {
            rt_ast_str id;
            rt_ast_ctx ctx;
            rt_ast_name_res res;
        } name;
        /* LIST and TUPLE */
        struct {
            rt_ast_expr_list elts;
            rt_ast_ctx ctx;
        } seq;
        struct {
            rt_ast_expr *lower, *upper, *step; /* each may be NULL */
        } slice;
        struct {
            rt_ast_expr *target; /* a Name, ctx Store */
            rt_ast_expr *value;
        } namedexpr; /* `target := value` (PEP 572) */
    } u;
};

struct rt_ast_stmt {
    rt_ast_stmt_kind kind;
    rt_ast_pos pos; /* for a decorated def: the `def` line, as in CPython */
    union {
        struct {
            rt_ast_str name;
            rt_ast_arguments *args;
            rt_ast_stmt_list body;
            rt_ast_expr_list decorators; /* outermost first */
            rt_ast_name_res res;         /* binding of name in the enclosing scope */
            rt_ast_scope *scope;
            rt_ast_expr *returns; /* `-> T`, or NULL */
            int is_async;         /* `async def`: its calls make coroutines */
        } functiondef;
        struct {
            rt_ast_str name;
            rt_ast_expr_list bases;
            rt_ast_keyword *keywords; /* metaclass=... and the like */
            int nkeywords;
            rt_ast_stmt_list body;
            rt_ast_expr_list decorators;
            rt_ast_name_res res;
            rt_ast_scope *scope;
        } classdef;
        struct {
            rt_ast_withitem *items;
            int nitems; /* >= 1 */
            rt_ast_stmt_list body;
            int is_async; /* `async with`: __aenter__/__aexit__, awaited */
        } with;
        struct {
            rt_ast_expr *target; /* Name, Attribute or Subscript */
            rt_ast_expr *annotation;
            rt_ast_expr *value; /* NULL: `x: int` alone */
            int simple;         /* a bare name, not in parentheses */
        } annassign;
        struct {
            rt_ast_expr *value; /* NULL: bare return */
        } return_;
        struct {
            rt_ast_expr_list targets; /* ctx DEL */
        } delete_;
        struct {
            rt_ast_expr_list targets; /* a = b = v: targets a, b (store left to right) */
            rt_ast_expr *value;
        } assign;
        struct {
            rt_ast_expr *target; /* Name, Attribute or Subscript, ctx STORE */
            rt_ast_binop op;
            rt_ast_expr *value;
        } augassign;
        struct {
            rt_ast_expr *target, *iter;
            rt_ast_stmt_list body, orelse;
            int is_async; /* `async for`: __aiter__/__anext__, each step awaited */
        } for_;
        struct {
            rt_ast_expr *test;
            rt_ast_stmt_list body, orelse;
        } while_;
        struct {
            rt_ast_expr *test;
            rt_ast_stmt_list body, orelse;
        } if_;
        struct {
            rt_ast_expr *exc, *cause; /* both may be NULL */
        } raise;
        struct {
            rt_ast_stmt_list body;
            rt_ast_excepthandler *handlers;
            int nhandlers;
            rt_ast_stmt_list orelse, finalbody;
            int star; /* the handlers are except* clauses (CPython's TryStar) */
        } try_;
        struct {
            rt_ast_expr *test, *msg; /* msg may be NULL */
        } assert_;
        struct {
            rt_ast_alias *names;
            int nnames;
        } import;
        struct {
            rt_ast_str module;
            int level;
            rt_ast_alias *names;
            int nnames;
        } importfrom;
        /* GLOBAL and NONLOCAL */
        struct {
            rt_ast_str *names;
            int nnames;
        } global;
        struct {
            rt_ast_expr *value;
        } expr;
        struct {
            rt_ast_expr *subject;
            rt_ast_match_case *cases;
            int ncases;
        } match;
    } u;
};

/* ---- scopes (filled by rt_scope_analyze) -------------------------------- */

typedef enum rt_ast_scope_kind {
    RT_SCOPE_MODULE,
    RT_SCOPE_FUNCTION,
    RT_SCOPE_LAMBDA,
    RT_SCOPE_LISTCOMP,
    RT_SCOPE_SETCOMP,
    RT_SCOPE_DICTCOMP,
    RT_SCOPE_GENEXPR,
    RT_SCOPE_CLASS
} rt_ast_scope_kind;

struct rt_ast_scope {
    rt_ast_scope_kind kind;
    rt_ast_str name;     /* "<module>", "f", "<lambda>", "<listcomp>", "<genexpr>"... */
    rt_ast_str qualname; /* CPython's co_qualname: "f.<locals>.g" */
    rt_ast_pos pos;      /* of the def/lambda/comprehension node (module: 1,1) */
    rt_ast_scope *parent;

    rt_ast_str *varnames; /* CPython co_varnames */
    int nvarnames;
    int argcount;        /* positional params (co_argcount) */
    int kwonlyargcount;  /* co_kwonlyargcount */
    int posonlyargcount; /* co_posonlyargcount: the first ones of argcount */
    int has_varargs;     /* varnames[argcount + kwonlyargcount] is *args */
    int has_varkw;       /* the next one is **kwargs */

    rt_ast_str *cellvars; /* CPython co_cellvars */
    int ncellvars;
    int *cell2arg; /* ncellvars entries: varnames index of a cell parameter, else -1 */

    rt_ast_str *freevars; /* CPython co_freevars */
    int nfreevars;
    rt_ast_name_res *closure; /* nfreevars entries: the cell in the PARENT (CELL or FREE) */

    int is_generator; /* genexpr scopes, and functions/lambdas whose body yields */
    int is_coroutine; /* `async def` (also is_generator: a coroutine runs as one) */
    int is_asyncgen;  /* an `async def` that yields, or a generator expression with
                       * `async for` or `await`: an asynchronous generator */

    int frame_names; /* reads locals, vars, dir, eval, exec or super: a function of its
                      * frame, so a generator expression that does is never run in
                      * place of its caller (compile_genexpr.c) */

    rt_ast_scope **children; /* directly nested scopes, in source order */
    int nchildren;
};

/* ---- syntax errors ------------------------------------------------------ */

/* A SyntaxError as CPython 3.11 reports it, in caller-owned storage (no
 * pointers: copying the struct is safe). line/col are 1-based; col counts
 * CHARACTERS (code points) of the line, like SyntaxError.offset, so a caret
 * printed under text[col - 1] lands right for ASCII lines. Long fields are
 * truncated. type is "SyntaxError" or "IndentationError". */
typedef struct rt_syntax_error {
    char type[24];
    char msg[512]; /* room for CPython's Non-UTF-8 message, which names the file */
    char filename[256];
    int line, col;
    int end_line, end_col; /* 0 when unknown */
    char text[256];        /* the source line, without its newline */
} rt_syntax_error;

/* Writes the error the way CPython prints it, e.g.
 *   File "x.py", line 1
 *     x = (1,
 *         ^
 * SyntaxError: '(' was never closed                                      */
void rt_syntax_error_print(FILE *out, const rt_syntax_error *err);

/* ---- module ------------------------------------------------------------- */

typedef struct rt_ast_module {
    rt_ast_stmt_list body;
    rt_ast_scope *scope;  /* NULL until rt_scope_analyze succeeds */
    const char *filename; /* arena copy */
    rt_ast_str source;    /* arena copy of the source (for error lines) */
    rt_ast_arena *arena;  /* the arena holding this tree (owned by the parse result) */
} rt_ast_module;

/* Writes an indented, deterministic dump of the tree (and, after scope
 * analysis, each Name's resolution as `x:LOCAL#0`) to out. For tests. */
void rt_ast_dump(FILE *out, const rt_ast_module *m);
/* Dumps one expression on one line, e.g. (BinOp + (Name a) (Constant 1)). */
void rt_ast_dump_expr(FILE *out, const rt_ast_expr *e);
/* Dumps one statement (and its children) starting at the given indent. */
void rt_ast_dump_stmt(FILE *out, const rt_ast_stmt *s, int indent);
/* Dumps a scope's tables: name, varnames, cellvars, freevars, children. */
void rt_ast_dump_scope(FILE *out, const rt_ast_scope *sc, int indent);

#endif
