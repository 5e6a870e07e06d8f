/* test_lex.c: tokenizer: indentation, joining, numbers, strings, errors. */
#include <string.h>

#include "runtime/lex.h"
#include "tests/harness.h"

/* Space-separated token kind names of src (ENDMARKER omitted). */
static const char *kinds(const char *src)
{
    static char buf[2048];
    rt_token_vec v;
    buf[0] = 0;
    if (rt_lex(src, strlen(src), "t.py", NULL, &v) < 0)
        return "OOM";
    for (size_t i = 0; i < v.n; i++) {
        if (v.v[i].kind == RT_TOK_ENDMARKER)
            break;
        if (buf[0])
            strcat(buf, " ");
        strcat(buf, rt_tok_kind_name(v.v[i].kind));
    }
    rt_token_vec_dispose(&v);
    return buf;
}

static rt_syntax_error lex_err(const char *src)
{
    rt_token_vec v;
    rt_syntax_error e;
    memset(&e, 0, sizeof e);
    if (rt_lex(src, strlen(src), "t.py", NULL, &v) == 0) {
        if (v.failed)
            e = v.err;
        rt_token_vec_dispose(&v);
    }
    return e;
}

TEST(indentation)
{
    CHECK_EQ_STR(kinds("if x:\n    y\nz\n"),
                 "KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE");
    CHECK_EQ_STR(kinds("if x:\n  if y:\n    a\n\n  # c\nb"),
                 "KW_IF NAME COLON NEWLINE INDENT KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE "
                 "DEDENT DEDENT NAME NEWLINE");
    CHECK_EQ_STR(kinds("def f():\n\tpass\n"),
                 "KW_DEF NAME LPAR RPAR COLON NEWLINE INDENT KW_PASS NEWLINE DEDENT");
    rt_syntax_error e = lex_err("if x:\n    a\n  b\n");
    CHECK_EQ_STR(e.type, "IndentationError");
    CHECK_EQ_STR(e.msg, "unindent does not match any outer indentation level");
    CHECK_EQ_INT(e.line, 3);
}

TEST(joining)
{
    CHECK_EQ_STR(kinds("x = (1,\n   2)\n"), "NAME EQUAL LPAR NUMBER COMMA NUMBER RPAR NEWLINE");
    CHECK_EQ_STR(kinds("x = 1 + \\\n  2\n"), "NAME EQUAL NUMBER PLUS NUMBER NEWLINE");
    CHECK_EQ_STR(kinds("x  # comment\n\n\n"), "NAME NEWLINE");
    CHECK_EQ_STR(kinds("a;b"), "NAME SEMI NAME NEWLINE");
    CHECK_EQ_STR(
        kinds("a **= b // c -> ... != d"),
        "NAME DOUBLESTAREQUAL NAME DOUBLESLASH NAME RARROW ELLIPSIS NOTEQUAL NAME NEWLINE");
}

TEST(numbers_and_strings)
{
    CHECK_EQ_STR(kinds("1_000 0x_ff 0o17 0b101 1e3 .5 1.5e-3"),
                 "NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NEWLINE");
    CHECK_EQ_STR(kinds("'a' \"b\" '''c\nd''' r'\\n' f'{x}' rb'x'"),
                 "STRING STRING STRING STRING STRING STRING NEWLINE");
    CHECK_EQ_STR(kinds("x = 'caf\xc3\xa9' + \xc3\xa9t\xc3\xa9"),
                 "NAME EQUAL STRING PLUS NAME NEWLINE");
    rt_syntax_error e = lex_err("x = 'abc\n");
    CHECK_EQ_STR(e.msg, "unterminated string literal (detected at line 1)");
    CHECK_EQ_INT(e.line, 1);
    CHECK_EQ_INT(e.col, 5);
    e = lex_err("x = '''abc\n\n");
    CHECK_EQ_STR(e.msg, "unterminated triple-quoted string literal (detected at line 2)");
    e = lex_err("x = 0777\n");
    CHECK(strstr(e.msg, "leading zeros") != NULL);
    e = lex_err("x = 1_\n");
    CHECK_EQ_STR(e.msg, "invalid decimal literal");
    CHECK_EQ_INT(e.col, 6);
    e = lex_err("x = 0x\n");
    CHECK_EQ_STR(e.msg, "invalid hexadecimal literal");
}

TEST(brackets)
{
    rt_syntax_error e = lex_err("x = (1,\n");
    CHECK_EQ_STR(e.msg, "'(' was never closed");
    CHECK_EQ_INT(e.line, 1);
    CHECK_EQ_INT(e.col, 5);
    e = lex_err("x = )\n");
    CHECK_EQ_STR(e.msg, "unmatched ')'");
    e = lex_err("x = (]\n");
    CHECK_EQ_STR(e.msg, "closing parenthesis ']' does not match opening parenthesis '('");
    e = lex_err("x = (\n]\n");
    CHECK_EQ_STR(e.msg, "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
    e = lex_err("x = 1 \\ 2\n");
    CHECK_EQ_STR(e.msg, "unexpected character after line continuation character");
}

TEST(positions)
{
    rt_token_vec v;
    const char *src = "ab = (1,\n      2)\n";
    CHECK_EQ_INT(rt_lex(src, strlen(src), "t.py", NULL, &v), 0);
    CHECK_EQ_INT(v.v[0].line, 1);
    CHECK_EQ_INT(v.v[0].col, 1);
    CHECK_EQ_INT(v.v[0].end_col, 3);
    CHECK_EQ_INT(v.v[5].line, 2); /* 2 */
    CHECK_EQ_INT(v.v[5].col, 7);
    rt_token_vec_dispose(&v);
}

RUN_TESTS(CASE(indentation), CASE(joining), CASE(numbers_and_strings), CASE(brackets),
          CASE(positions))
