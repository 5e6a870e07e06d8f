/* test_parse.c: parser: every statement form, precedence, f-strings, errors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/parse.h"
#include "tests/harness.h"

/* Dump of the first statement's expression or the whole module. */
static char *dump(const char *src)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    rt_parse_result *r = rt_parse(src, strlen(src), "t.py");
    if (r && r->ok)
        rt_ast_dump(f, r->module);
    else if (r)
        fprintf(f, "%s: %s (%d:%d)", r->err.type, r->err.msg, r->err.line, r->err.col);
    rt_parse_free(r);
    fclose(f);
    return buf;
}

#define CHECK_DUMP(src, want)                                                                      \
    do {                                                                                           \
        char *d_ = dump(src);                                                                      \
        CHECK_EQ_STR(d_, want);                                                                    \
        free(d_);                                                                                  \
    } while (0)

#define CHECK_ERR(src, want_msg, want_line, want_col)                                              \
    do {                                                                                           \
        rt_parse_result *r_ = rt_parse(src, strlen(src), "t.py");                                  \
        CHECK(r_ && !r_->ok);                                                                      \
        if (r_ && !r_->ok) {                                                                       \
            CHECK_EQ_STR(r_->err.msg, want_msg);                                                   \
            CHECK_EQ_INT(r_->err.line, want_line);                                                 \
            CHECK_EQ_INT(r_->err.col, want_col);                                                   \
            CHECK_EQ_STR(r_->err.filename, "t.py");                                                \
        }                                                                                          \
        rt_parse_free(r_);                                                                         \
    } while (0)

TEST(precedence)
{
    CHECK_DUMP("-2**2\n", "Module\n  Expr (UnaryOp - (BinOp ** (Constant 2) (Constant 2)))\n");
    CHECK_DUMP("2**-1**2\n", "Module\n  Expr (BinOp ** (Constant 2) (UnaryOp - (BinOp ** "
                             "(Constant 1) (Constant 2))))\n");
    CHECK_DUMP("a + b * c - d\n", "Module\n  Expr (BinOp - (BinOp + (Name a) (BinOp * (Name b) "
                                  "(Name c))) (Name d))\n");
    CHECK_DUMP("not a == b and c or d\n",
               "Module\n  Expr (BoolOp or (BoolOp and (UnaryOp not (Compare (Name a) == (Name "
               "b))) (Name c)) (Name d))\n");
    CHECK_DUMP("a < b <= c is not d not in e\n",
               "Module\n  Expr (Compare (Name a) < (Name b) <= (Name c) is not (Name d) not in "
               "(Name e))\n");
    CHECK_DUMP("x = a if b else c if d else e\n",
               "Module\n  Assign (Name x store) = (IfExp (Name b) (Name a) (IfExp (Name d) "
               "(Name c) (Name e)))\n");
    CHECK_DUMP("a | b ^ c & d << 1 // ~e\n",
               "Module\n  Expr (BinOp | (Name a) (BinOp ^ (Name b) (BinOp & (Name c) (BinOp << "
               "(Name d) (BinOp // (Constant 1) (UnaryOp ~ (Name e)))))))\n");
}

TEST(atoms_and_trailers)
{
    CHECK_DUMP("f(a, *b, k=1, **d)[1:2, ::3].y\n",
               "Module\n  Expr (Attribute (Subscript (Call (Name f) (Name a) (Starred (Name b)) "
               "k=(Constant 1) **(Name d)) (Tuple (Slice (Constant 1) (Constant 2) None) (Slice "
               "None None (Constant 3)))) y)\n");
    CHECK_DUMP("[(), (1,), (1), [*a, b], {}, {1}, {**a, 'b': 2}]\n",
               "Module\n  Expr (List (Tuple) (Tuple (Constant 1)) (Constant 1) (List (Starred "
               "(Name a)) (Name b)) (Dict) (Set (Constant 1)) (Dict **(Name a) (Constant "
               "'b'):(Constant 2)))\n");
    CHECK_DUMP("n = 1_000 + 0xff + 0o17 + 0b101 + 1e3 + .5 + 99999999999999999999\n",
               "Module\n  Assign (Name n store) = (BinOp + (BinOp + (BinOp + (BinOp + (BinOp + "
               "(BinOp + (Constant 1000) (Constant 255)) (Constant 15)) (Constant 5)) (Constant "
               "1000)) (Constant 0.5)) (Constant big10:99999999999999999999))\n");
    CHECK_DUMP("s = 'a' \"b\" '''c\nd''' r'\\n' '\\x41\\u00e9\\t\\0'\n",
               "Module\n  Assign (Name s store) = (Constant 'abc\\nd\\\\nA\xc3\xa9\\t\\x00')\n");
    CHECK_DUMP("[x*y for x in a if x for y in x]\n",
               "Module\n  Expr (ListComp (BinOp * (Name x) (Name y)) for (Name x store) in (Name "
               "a) if (Name x) for (Name y store) in (Name x))\n");
    CHECK_DUMP("f(x for x in y)\n",
               "Module\n  Expr (Call (Name f) (GeneratorExp (Name x) for (Name x store) in (Name "
               "y)))\n");
    CHECK_DUMP("d = {k: v for k, v in e}\n",
               "Module\n  Assign (Name d store) = (DictComp (Name k):(Name v) for (Tuple (Name k "
               "store) (Name v store) store) in (Name e))\n");
    CHECK_DUMP("lambda a, b=1, *c, d, e=2, **f: a\n",
               "Module\n  Expr (Lambda (args a b=(Constant 1) *c d e=(Constant 2) **f) (Name "
               "a))\n");
}

TEST(fstrings)
{
    CHECK_DUMP("f'a{x!r:>{w}}b{{}}{y}'\n",
               "Module\n  Expr (JoinedStr (Constant 'a') (FormattedValue (Name x) !r :(JoinedStr "
               "(Constant '>') (FormattedValue (Name w)))) (Constant 'b{}') (FormattedValue (Name "
               "y)))\n");
    CHECK_DUMP("'a' f'{x + 1}' 'c'\n",
               "Module\n  Expr (JoinedStr (Constant 'a') (FormattedValue (BinOp + (Name x) "
               "(Constant 1))) (Constant 'c'))\n");
    CHECK_DUMP("f\"{d['k']!s}\"\n",
               "Module\n  Expr (JoinedStr (FormattedValue (Subscript (Name d) (Constant 'k')) "
               "!s))\n");
    CHECK_ERR("f'{}'\n", "f-string: empty expression not allowed", 1, 4);
    CHECK_ERR("f'}'\n", "f-string: single '}' is not allowed", 1, 4);
    CHECK_ERR("f'{x!z}'\n", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1,
              6);
}

TEST(statements)
{
    CHECK_DUMP("a = b = 1\na, *b = c\nx[0] += 1\ny.z **= 2\ndel a[0], b\n",
               "Module\n  Assign (Name a store) (Name b store) = (Constant 1)\n  Assign (Tuple "
               "(Name a store) (Starred (Name b store) store) store) = (Name c)\n  AugAssign "
               "(Subscript (Name x) (Constant 0) store) += (Constant 1)\n  AugAssign (Attribute "
               "(Name y) z store) **= (Constant 2)\n  Delete (Subscript (Name a) (Constant 0) "
               "del) (Name b del)\n");
    CHECK_DUMP("if a: b\nelif c:\n  d\nelse:\n  e\n",
               "Module\n  If (Name a)\n    Expr (Name b)\n  else:\n    If (Name c)\n      Expr "
               "(Name d)\n    else:\n      Expr (Name e)\n");
    CHECK_DUMP("while x:\n  break\nelse:\n  pass\nfor i, (j, k) in z:\n  continue\n",
               "Module\n  While (Name x)\n    Break\n  else:\n    Pass\n  For (Tuple (Name i "
               "store) (Tuple (Name j store) (Name k store) store) store) in (Name z)\n    "
               "Continue\n");
    CHECK_DUMP("@d\n@a.b(1)\ndef f(a, b=1, *args, c, d=2, **kw):\n  global g\n  return\n",
               "Module\n  FunctionDef f (args a b=(Constant 1) *args c d=(Constant 2) **kw) "
               "@(Name d) @(Call (Attribute (Name a) b) (Constant 1))\n    Global g\n    "
               "Return\n");
    CHECK_DUMP("def f(*, k):\n  def g():\n    nonlocal k\n",
               "Module\n  FunctionDef f (args * k)\n    FunctionDef g (args)\n      Nonlocal "
               "k\n");
    CHECK_DUMP("try:\n  raise E(1) from None\nexcept (A, B) as e:\n  pass\nexcept:\n  "
               "raise\nelse:\n  assert x, 'm'\nfinally:\n  import sys, a.b as c\n",
               "Module\n  Try\n    Raise (Call (Name E) (Constant 1)) from (Constant None)\n  "
               "except (Tuple (Name A) (Name B)) as e:\n    Pass\n  except:\n    Raise\n  "
               "else:\n    Assert (Name x) (Constant 'm')\n  finally:\n    Import sys a.b as "
               "c\n");
    CHECK_DUMP("from m import a as b, c; x = 1; y\n",
               "Module\n  ImportFrom m: a as b c\n  Assign (Name x store) = (Constant 1)\n  "
               "Expr (Name y)\n");
}

TEST(positions)
{
    const char *src = "x = 1\nif y:\n    z = f(a,\n          b)\n";
    rt_parse_result *r = rt_parse(src, strlen(src), "t.py");
    CHECK(r && r->ok);
    if (r && r->ok) {
        rt_ast_stmt *s = r->module->body.v[1]->u.if_.body.v[0];
        CHECK_EQ_INT(s->pos.line, 3);
        CHECK_EQ_INT(s->pos.col, 5);
        CHECK_EQ_INT(s->pos.end_line, 4);
        CHECK_EQ_INT(s->pos.end_col, 13);
        rt_ast_expr *call = s->u.assign.value;
        CHECK_EQ_INT(call->pos.col, 9);
        CHECK_EQ_INT(call->u.call.args.v[1]->pos.line, 4);
        CHECK_EQ_INT(call->u.call.args.v[1]->pos.col, 11);
    }
    rt_parse_free(r);
}

/* What CPython's parser accepts and its compiler or symbol table refuses parses
 * here too (ast.parse gives its tree); compile() reports the error (the
 * conformance case stdlib_ast/parse_compiler_errors.py). */
TEST(compiler_errors_parse)
{
    static const char *const srcs[] = {
        "*a = 1\n",
        "x = *a\n",
        "*a\n",
        "a, *b, *c = d\n",
        "def f(a, a): pass\n",
        "lambda a, a: 0\n",
        "return\n",
        "return 1\n",
        "break\n",
        "continue\n",
        "while 1:\n  def f():\n    break\n",
        "class C:\n  return 1\n",
        "x: int = yield\n",
        "for *x in y: pass\n",
    };
    for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
        rt_parse_result *r = rt_parse(srcs[i], strlen(srcs[i]), "t.py");
        CHECK(r && r->ok);
        rt_parse_free(r);
    }
}

TEST(errors)
{
    CHECK_ERR("x = (1,\n", "'(' was never closed", 1, 5);
    CHECK_ERR("if x\n  pass\n", "expected ':'", 1, 5);
    CHECK_ERR("if x:\npass\n", "expected an indented block after 'if' statement on line 1", 2, 1);
    CHECK_ERR("def f(x):\nreturn\n",
              "expected an indented block after function definition on "
              "line 1",
              2, 1);
    CHECK_ERR("x=1\n  y=2\n", "unexpected indent", 2, 2);
    CHECK_ERR("if x:\n    a\n  b\n", "unindent does not match any outer indentation level", 3, 4);
    CHECK_ERR("x = 'abc\n", "unterminated string literal (detected at line 1)", 1, 5);
    CHECK_ERR("x = 1 +\n", "invalid syntax", 1, 8);
    CHECK_ERR("a b c\n", "invalid syntax", 1, 3);
    CHECK_ERR("else: pass\n", "invalid syntax", 1, 1);
    CHECK_ERR("x = 3 $ 4\n", "invalid syntax", 1, 7);
    CHECK_ERR("f(a b)\n", "invalid syntax. Perhaps you forgot a comma?", 1, 3);
    CHECK_ERR("1 = 2\n", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1,
              1);
    CHECK_ERR("True = 1\n", "cannot assign to True", 1, 1);
    CHECK_ERR("for 1 in x: pass\n", "cannot assign to literal", 1, 5);
    CHECK_ERR("[a, b()] = 1\n", "cannot assign to function call", 1, 5);
    CHECK_ERR("del f()\n", "cannot delete function call", 1, 5);
    CHECK_ERR("(a, b) += 1\n", "'tuple' is an illegal expression for augmented assignment", 1, 1);
    CHECK_ERR("x = 1 if y\n", "expected 'else' after 'if' expression", 1, 5);
    CHECK_ERR("def f(a=1, b): pass\n", "non-default argument follows default argument", 1, 12);
    /* CPython reports it at the token that ends the arguments */
    CHECK_ERR("f(a=1, b)\n", "positional argument follows keyword argument", 1, 9);
    CHECK_ERR("def f(*): pass\n", "named arguments must follow bare *", 1, 7);
    CHECK_ERR("try:\n  pass\nx=1\n", "expected 'except' or 'finally' block", 3, 1);
    CHECK_ERR("x = (\n]\n",
              "closing parenthesis ']' does not match opening parenthesis '(' on "
              "line 1",
              2, 1);
    CHECK_ERR("class A pass\n", "invalid syntax", 1, 9);
    CHECK_ERR("x = '\xc3\xa9' $\n", "invalid syntax", 1, 9); /* character column, not byte */
}

TEST(deep_nesting_is_an_error_not_a_crash)
{
    size_t n = 5000;
    char *src = malloc(2 * n + 2);
    memset(src, '(', n);
    memset(src + n, ')', n);
    src[2 * n] = '\n';
    src[2 * n + 1] = 0;
    rt_parse_result *r = rt_parse(src, 2 * n + 1, "t.py");
    CHECK(r && !r->ok);
    rt_parse_free(r);
    memset(src, '-', 2 * n);
    src[2 * n - 1] = '1';
    r = rt_parse(src, 2 * n + 1, "t.py");
    CHECK(r && !r->ok);
    rt_parse_free(r);
    free(src);
}

RUN_TESTS(CASE(precedence), CASE(atoms_and_trailers), CASE(fstrings), CASE(statements),
          CASE(positions), CASE(compiler_errors_parse), CASE(errors),
          CASE(deep_nesting_is_an_error_not_a_crash))
