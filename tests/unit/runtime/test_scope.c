/* test_scope.c: name analysis: kinds, slots, and varnames/cellvars/freevars
 * orders checked against CPython 3.11's code objects. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/parse.h"
#include "runtime/scope.h"
#include "tests/harness.h"

/* Expected tables: generated with CPython 3.11 (co_qualname, co_varnames,
 * co_cellvars, co_freevars of every nested code object). */
static const struct {
    const char *name, *src, *want;
} cpython_cases[] = {
    {"closures",
     "def f(a, b, *args, c, d=1, **kw):\n    z = y = a\n    def g():\n        nonlocal b\n        "
     "return b + z + q\n    q = 1\n    for i in range(3): w = i\n    return g\n",
     "<module> varnames=() cellvars=() freevars=()\n  f varnames=(a,b,c,d,args,kw,y,g,i,w) "
     "cellvars=(b,q,z) freevars=()\n    f.<locals>.g varnames=() cellvars=() freevars=(b,q,z)\n"},
    {"params_cells",
     "def h(zz, aa):\n    def k():\n        return zz, aa, mm\n    mm = 1\n    x = [i+zz for i in "
     "range(3)]\n    return k\n",
     "<module> varnames=() cellvars=() freevars=()\n  h varnames=(zz,aa,k,x) cellvars=(zz,aa,mm) "
     "freevars=()\n    h.<locals>.k varnames=() cellvars=() freevars=(aa,mm,zz)\n    "
     "h.<locals>.<listcomp> varnames=(.0,i) cellvars=() freevars=(zz)\n"},
    {"passthrough",
     "def m():\n    x = 1\n    def a():\n        def b():\n            return x\n        return "
     "b\n    return a\n",
     "<module> varnames=() cellvars=() freevars=()\n  m varnames=(a) cellvars=(x) freevars=()\n    "
     "m.<locals>.a varnames=(b) cellvars=() freevars=(x)\n      m.<locals>.a.<locals>.b "
     "varnames=() cellvars=() freevars=(x)\n"},
    {"late_binding",
     "def mk():\n    fs = [lambda: i for i in range(3)]\n    gs = [lambda i=i: i for i in "
     "range(3)]\n    return fs, gs\n",
     "<module> varnames=() cellvars=() freevars=()\n  mk varnames=(fs,gs) cellvars=() "
     "freevars=()\n    mk.<locals>.<listcomp> varnames=(.0) cellvars=(i) freevars=()\n      "
     "mk.<locals>.<listcomp>.<lambda> varnames=() cellvars=() freevars=(i)\n    "
     "mk.<locals>.<listcomp> varnames=(.0,i) cellvars=() freevars=()\n      "
     "mk.<locals>.<listcomp>.<lambda> varnames=(i) cellvars=() freevars=()\n"},
    {"globals",
     "g = 0\ndef f():\n    global g\n    g += 1\n    def h():\n        return g\n    return h\n",
     "<module> varnames=() cellvars=() freevars=()\n  f varnames=(h) cellvars=() freevars=()\n    "
     "f.<locals>.h varnames=() cellvars=() freevars=()\n"},
    {"genexpr", "def f(n, m):\n    return sum(x * n for x in range(m) if x for y in [n])\n",
     "<module> varnames=() cellvars=() freevars=()\n  f varnames=(n,m) cellvars=(n) freevars=()\n  "
     "  f.<locals>.<genexpr> varnames=(.0,x,y) cellvars=() freevars=(n)\n"},
    {"counter",
     "def counter():\n    count = 0\n    def inc(step=1):\n        nonlocal count\n        count "
     "+= step\n        return count\n    return inc\n",
     "<module> varnames=() cellvars=() freevars=()\n  counter varnames=(inc) cellvars=(count) "
     "freevars=()\n    counter.<locals>.inc varnames=(step) cellvars=() freevars=(count)\n"},
};

static rt_parse_result *analyze(const char *src, int *rc)
{
    rt_parse_result *r = rt_parse(src, strlen(src), "t.py");
    *rc = -3;
    if (r && r->ok)
        *rc = rt_scope_analyze(r->module, &r->err);
    return r;
}

TEST(tables_match_cpython)
{
    for (size_t i = 0; i < sizeof cpython_cases / sizeof cpython_cases[0]; i++) {
        int rc;
        rt_parse_result *r = analyze(cpython_cases[i].src, &rc);
        CHECK_EQ_INT(rc, 0);
        if (rc == 0) {
            char *buf = NULL;
            size_t len = 0;
            FILE *f = open_memstream(&buf, &len);
            rt_ast_dump_scope(f, r->module->scope, 0);
            fclose(f);
            if (strcmp(buf, cpython_cases[i].want) != 0)
                fprintf(stderr, "case %s\n", cpython_cases[i].name);
            CHECK_EQ_STR(buf, cpython_cases[i].want);
            free(buf);
        }
        rt_parse_free(r);
    }
}

/* Dump with resolutions, for checking kinds and slots. */
static char *resolved(const char *src)
{
    int rc;
    rt_parse_result *r = analyze(src, &rc);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (rc == 0)
        rt_ast_dump(f, r->module);
    else
        fprintf(f, "%s: %s (%d:%d)", r->err.type, r->err.msg, r->err.line, r->err.col);
    fclose(f);
    rt_parse_free(r);
    return buf;
}

#define CHECK_RESOLVED(src, want)                                                                  \
    do {                                                                                           \
        char *d_ = resolved(src);                                                                  \
        CHECK_EQ_STR(d_, want);                                                                    \
        free(d_);                                                                                  \
    } while (0)

TEST(kinds_and_slots)
{
    CHECK_RESOLVED("def f(a):\n  b = a\n  def g():\n    nonlocal b\n    b = len(a)\n  return g\n",
                   "Module\n  FunctionDef f GLOBAL_IMPLICIT (args a CELL#0)\n    Assign (Name b "
                   "store CELL#1) = (Name a CELL#0)\n    FunctionDef g LOCAL#1 (args)\n      "
                   "Nonlocal b\n      Assign (Name b store FREE#1) = (Call (Name len "
                   "GLOBAL_IMPLICIT) (Name a FREE#0))\n    Return (Name g LOCAL#1)\n");
    /* the lambda default runs in the listcomp (x is free there, so a cell in f);
     * the first iterable runs in f itself */
    CHECK_RESOLVED("def f(x):\n  return [lambda y=x: y for z in x]\n",
                   "Module\n  FunctionDef f GLOBAL_IMPLICIT (args x CELL#0)\n    Return (ListComp "
                   "(Lambda (args y LOCAL#0=(Name x FREE#0)) (Name y LOCAL#0)) for (Name z store "
                   "LOCAL#1) in (Name x CELL#0))\n");
    CHECK_RESOLVED("x = 1\ndef f():\n  global x\n  x = 2\n  return y\n",
                   "Module\n  Assign (Name x store GLOBAL_IMPLICIT) = (Constant 1)\n  FunctionDef "
                   "f GLOBAL_IMPLICIT (args)\n    Global x\n    Assign (Name x store "
                   "GLOBAL_EXPLICIT) = (Constant 2)\n    Return (Name y GLOBAL_IMPLICIT)\n");
    CHECK_RESOLVED("def f():\n  try:\n    import a.b\n  except E as e:\n    del e\n",
                   "Module\n  FunctionDef f GLOBAL_IMPLICIT (args)\n    Try\n      Import a.b "
                   "LOCAL#0\n    except (Name E GLOBAL_IMPLICIT) as e LOCAL#1:\n      Delete "
                   "(Name e del LOCAL#1)\n");
}

TEST(closure_sources)
{
    int rc;
    rt_parse_result *r = analyze("def f(a):\n  b = 1\n  def g():\n    def h():\n      return a, "
                                 "b\n    return h\n  return g\n",
                                 &rc);
    CHECK_EQ_INT(rc, 0);
    if (rc == 0) {
        rt_ast_scope *f = r->module->scope->children[0];
        rt_ast_scope *g = f->children[0], *h = g->children[0];
        CHECK_EQ_INT(f->ncellvars, 2);
        CHECK_EQ_INT(f->cell2arg[0], 0); /* a is parameter 0 */
        CHECK_EQ_INT(f->cell2arg[1], -1);
        CHECK_EQ_INT(g->nfreevars, 2);
        CHECK_EQ_INT(g->closure[0].kind, RT_NAME_CELL);
        CHECK_EQ_INT(g->closure[0].slot, 0);
        CHECK_EQ_INT(h->closure[1].kind, RT_NAME_FREE);
        CHECK_EQ_INT(h->closure[1].slot, 1);
        CHECK_EQ_STR(h->qualname.s, "f.<locals>.g.<locals>.h");
    }
    rt_parse_free(r);
}

#define CHECK_SCOPE_ERR(src, want, wline, wcol)                                                    \
    do {                                                                                           \
        int rc_;                                                                                   \
        rt_parse_result *r_ = analyze(src, &rc_);                                                  \
        CHECK_EQ_INT(rc_, -1);                                                                     \
        CHECK_EQ_STR(r_->err.msg, want);                                                           \
        CHECK_EQ_INT(r_->err.line, wline);                                                         \
        CHECK_EQ_INT(r_->err.col, wcol);                                                           \
        rt_parse_free(r_);                                                                         \
    } while (0)

TEST(errors)
{
    CHECK_SCOPE_ERR("def f():\n  nonlocal y\n", "no binding for nonlocal 'y' found", 2, 3);
    CHECK_SCOPE_ERR("nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1);
    CHECK_SCOPE_ERR("def f():\n    print(x)\n    global x\n",
                    "name 'x' is used prior to global declaration", 3, 5);
    CHECK_SCOPE_ERR("def f():\n    x = 1\n    global x\n",
                    "name 'x' is assigned to before global declaration", 3, 5);
    CHECK_SCOPE_ERR("def f(x):\n  global x\n", "name 'x' is parameter and global", 2, 3);
    CHECK_SCOPE_ERR("def f(x):\n  nonlocal x\n", "name 'x' is parameter and nonlocal", 2, 3);
    CHECK_SCOPE_ERR("def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n",
                    "name 'x' is nonlocal and global", 4, 9);
    /* a module-level binding is not an enclosing function binding */
    CHECK_SCOPE_ERR("x = 1\ndef f():\n  nonlocal x\n", "no binding for nonlocal 'x' found", 3, 3);
}

RUN_TESTS(CASE(tables_match_cpython), CASE(kinds_and_slots), CASE(closure_sources), CASE(errors))
