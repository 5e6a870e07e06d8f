/* test_format.c: runtime/format (format specs, repr of str, str.format
 * templates) against CPython 3.11 outputs in format_cases.inc
 * (regenerate with gen_fmt_tables.py format). An expected string starting
 * with '!' is "!ExceptionType: message". */
#include <stdint.h>
#include <string.h>

#include "runtime/format.h"
#include "tests/harness.h"

struct ifmt_case {
    int64_t v;
    const char *spec, *want;
};
struct ffmt_case {
    uint64_t bits;
    const char *spec, *want;
};
struct sfmt_case {
    const char *s, *spec, *want;
};
struct repr_str_case {
    const char *s;
    size_t len;
    const char *want;
};
struct tmpl_case {
    const char *t, *want;
};

#include "tests/unit/runtime/format_cases.inc"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Renders a formatter's outcome as the tables do. */
static const char *outcome(int rc, rt_strbuf *out, const rt_format_err *err, char *buf, size_t cap)
{
    if (rc == RT_FMT_OK)
        snprintf(buf, cap, "%s", rt_strbuf_cstr(out));
    else
        snprintf(buf, cap, "!%s: %s", rc == RT_FMT_OVERFLOW_ERROR ? "OverflowError" : "ValueError",
                 err->msg);
    return buf;
}

static void check_one(const char *what, const char *spec, const char *got, const char *want)
{
    if (strcmp(got, want) != 0)
        fprintf(stderr, "  %s spec '%s': got '%s' want '%s'\n", what, spec, got, want);
    CHECK_EQ_STR(got, want);
}

TEST(format_int_table)
{
    char buf[512];
    for (size_t i = 0; i < COUNT(ifmt_cases); i++) {
        rt_strbuf out;
        rt_format_err err;
        rt_strbuf_init(&out);
        const char *spec = ifmt_cases[i].spec;
        int rc = rt_format_int(ifmt_cases[i].v, spec, strlen(spec), &out, &err);
        check_one("int", spec, outcome(rc, &out, &err, buf, sizeof buf), ifmt_cases[i].want);
        rt_strbuf_dispose(&out);
    }
}

TEST(format_float_table)
{
    char buf[512];
    for (size_t i = 0; i < COUNT(ffmt_cases); i++) {
        rt_strbuf out;
        rt_format_err err;
        double x;
        memcpy(&x, &ffmt_cases[i].bits, sizeof x);
        rt_strbuf_init(&out);
        const char *spec = ffmt_cases[i].spec;
        int rc = rt_format_float(x, spec, strlen(spec), &out, &err);
        check_one("float", spec, outcome(rc, &out, &err, buf, sizeof buf), ffmt_cases[i].want);
        rt_strbuf_dispose(&out);
    }
}

TEST(format_str_table)
{
    char buf[512];
    for (size_t i = 0; i < COUNT(sfmt_cases); i++) {
        rt_strbuf out;
        rt_format_err err;
        rt_strbuf_init(&out);
        const char *spec = sfmt_cases[i].spec;
        int rc =
            rt_format_str(sfmt_cases[i].s, strlen(sfmt_cases[i].s), spec, strlen(spec), &out, &err);
        check_one("str", spec, outcome(rc, &out, &err, buf, sizeof buf), sfmt_cases[i].want);
        rt_strbuf_dispose(&out);
    }
}

TEST(repr_str_table)
{
    for (size_t i = 0; i < COUNT(repr_str_cases); i++) {
        rt_strbuf out;
        rt_strbuf_init(&out);
        CHECK_EQ_INT(rt_repr_str(repr_str_cases[i].s, repr_str_cases[i].len, &out), 0);
        CHECK_EQ_STR(rt_strbuf_cstr(&out), repr_str_cases[i].want);
        rt_strbuf_dispose(&out);
    }
    rt_strbuf out;
    rt_strbuf_init(&out);
    CHECK_EQ_INT(rt_repr_str("a\0b\xff", 4, &out), 0); /* NUL inside; an invalid byte */
    CHECK_EQ_STR(rt_strbuf_cstr(&out), "'a\\x00b\\xff'");
    rt_strbuf_dispose(&out);
}

/* Serialises a template scan like the generator does with
 * _string.formatter_parser: parts "L<literal>[|F<name>!<conv>:<spec>]" joined by \x01. */
static const char *scan(const char *t, char *buf, size_t cap)
{
    rt_format_template it;
    rt_format_field f;
    rt_format_err err;
    size_t n = 0;
    int rc, first = 1;
    buf[0] = '\0';
    rt_format_template_init(&it, t, strlen(t));
    while ((rc = rt_format_template_next(&it, &f, &err)) == 1) {
        n += (size_t)snprintf(buf + n, cap - n, "%sL%.*s", first ? "" : "\x01", (int)f.literal_len,
                              f.literal);
        if (f.has_field) {
            char conv[8] = "";
            if (f.conversion)
                snprintf(conv, sizeof conv, "%c", (char)f.conversion);
            n += (size_t)snprintf(buf + n, cap - n, "|F%.*s!%s:%.*s", (int)f.name_len, f.name, conv,
                                  (int)f.spec_len, f.spec);
        }
        first = 0;
    }
    if (rc < 0)
        snprintf(buf, cap, "!ValueError: %s", err.msg);
    return buf;
}

TEST(template_table)
{
    char buf[512];
    for (size_t i = 0; i < COUNT(tmpl_cases); i++)
        check_one("template", tmpl_cases[i].t, scan(tmpl_cases[i].t, buf, sizeof buf),
                  tmpl_cases[i].want);
}

/* Runs every field of the template `it` (and, recursively, of specs that
 * need expanding) through the numbering rules, collecting indexes. */
static int number_template(rt_format_template *it, int64_t *idx, size_t *k, size_t cap,
                           rt_format_err *err)
{
    rt_format_field f;
    int rc;
    while ((rc = rt_format_template_next(it, &f, err)) == 1) {
        if (f.has_field && *k < cap)
            idx[(*k)++] = f.index;
        if (f.has_field && f.spec_needs_expanding) {
            rt_format_template sub;
            int r2 = rt_format_template_init_nested(&sub, it, f.spec, f.spec_len, err);
            if (r2 == 0)
                r2 = number_template(&sub, idx, k, cap, err);
            if (r2 < 0)
                return r2;
        }
    }
    return rc;
}

static int number_fields(const char *t, int64_t *idx, size_t cap, rt_format_err *err)
{
    rt_format_template it;
    size_t k = 0;
    rt_format_template_init(&it, t, strlen(t));
    return number_template(&it, idx, &k, cap, err);
}

TEST(template_numbering)
{
    int64_t idx[8];
    rt_format_err err;
    CHECK_EQ_INT(number_fields("{}{}{}", idx, 8, &err), 0);
    CHECK(idx[0] == 0 && idx[1] == 1 && idx[2] == 2);
    CHECK_EQ_INT(number_fields("{1}{0}{name}{1}", idx, 8, &err), 0);
    CHECK(idx[0] == 1 && idx[1] == 0 && idx[2] == -1 && idx[3] == 1);
    CHECK_EQ_INT(number_fields("{}{0}", idx, 8, &err), RT_FMT_VALUE_ERROR);
    CHECK_EQ_STR(err.msg,
                 "cannot switch from automatic field numbering to manual field specification");
    CHECK_EQ_INT(number_fields("{0}{}", idx, 8, &err), RT_FMT_VALUE_ERROR);
    CHECK_EQ_STR(err.msg,
                 "cannot switch from manual field specification to automatic field numbering");
    CHECK_EQ_INT(number_fields("{x}{}{y}{}", idx, 8, &err), 0);
    CHECK(idx[1] == 0 && idx[3] == 1);
    CHECK_EQ_INT(number_fields("{:{}}{}", idx, 8, &err), 0); /* nested specs share numbering */
    CHECK(idx[0] == 0 && idx[1] == 1 && idx[2] == 2);
    CHECK_EQ_INT(number_fields("{:{:{}}}", idx, 8, &err), RT_FMT_VALUE_ERROR);
    CHECK_EQ_STR(err.msg, "Max string recursion exceeded");
    CHECK_EQ_INT(number_fields("{99999999999999999999}", idx, 8, &err), RT_FMT_VALUE_ERROR);
    CHECK_EQ_STR(err.msg, "Too many decimal digits in format string");
}

TEST(template_field_rest)
{
    rt_format_template it;
    rt_format_field f;
    rt_format_err err;
    const char *t = "{a.b[c][12].d}";
    rt_format_template_init(&it, t, strlen(t));
    CHECK_EQ_INT(rt_format_template_next(&it, &f, &err), 1);
    CHECK(f.index == -1 && f.first_len == 1 && f.first[0] == 'a');
    const char *rest = f.rest, *name;
    size_t rest_len = f.rest_len, name_len;
    int is_attr;
    int64_t key;
    CHECK_EQ_INT(
        rt_format_field_rest_next(&rest, &rest_len, &is_attr, &name, &name_len, &key, &err), 1);
    CHECK(is_attr && name_len == 1 && name[0] == 'b');
    CHECK_EQ_INT(
        rt_format_field_rest_next(&rest, &rest_len, &is_attr, &name, &name_len, &key, &err), 1);
    CHECK(!is_attr && key == -1 && name_len == 1 && name[0] == 'c');
    CHECK_EQ_INT(
        rt_format_field_rest_next(&rest, &rest_len, &is_attr, &name, &name_len, &key, &err), 1);
    CHECK(!is_attr && key == 12);
    CHECK_EQ_INT(
        rt_format_field_rest_next(&rest, &rest_len, &is_attr, &name, &name_len, &key, &err), 1);
    CHECK(is_attr && name[0] == 'd');
    CHECK_EQ_INT(
        rt_format_field_rest_next(&rest, &rest_len, &is_attr, &name, &name_len, &key, &err), 0);

    rest = "[1]x", rest_len = 4;
    CHECK_EQ_INT(
        rt_format_field_rest_next(&rest, &rest_len, &is_attr, &name, &name_len, &key, &err), 1);
    CHECK_EQ_INT(
        rt_format_field_rest_next(&rest, &rest_len, &is_attr, &name, &name_len, &key, &err),
        RT_FMT_VALUE_ERROR);
    CHECK_EQ_STR(err.msg, "Only '.' or '[' may follow ']' in format field specifier");
    rest = ".", rest_len = 1;
    CHECK_EQ_INT(
        rt_format_field_rest_next(&rest, &rest_len, &is_attr, &name, &name_len, &key, &err),
        RT_FMT_VALUE_ERROR);
    CHECK_EQ_STR(err.msg, "Empty attribute in format string");
    rest = "[1", rest_len = 2;
    CHECK_EQ_INT(
        rt_format_field_rest_next(&rest, &rest_len, &is_attr, &name, &name_len, &key, &err),
        RT_FMT_VALUE_ERROR);
    CHECK_EQ_STR(err.msg, "Missing ']' in format string");
    CHECK_EQ_INT(rt_format_check_conversion('r', &err), 0);
    CHECK_EQ_INT(rt_format_check_conversion('x', &err), RT_FMT_VALUE_ERROR);
    CHECK_EQ_STR(err.msg, "Unknown conversion specifier x");
    CHECK_EQ_INT(rt_format_check_conversion(0xe9, &err), RT_FMT_VALUE_ERROR);
    CHECK_EQ_STR(err.msg, "Unknown conversion specifier \\xe9");
}

TEST(spec_parse_fields)
{
    rt_format_spec f;
    rt_format_err err;
    const char *s = "\xc3\xa9^+z#012_.3f"; /* é^+z#012_.3f */
    CHECK_EQ_INT(rt_format_spec_parse(s, strlen(s), 0, '>', "float", &f, &err), 0);
    CHECK(f.fill == 0xe9 && f.align == '^' && f.sign == '+' && f.no_neg_0 && f.alternate);
    CHECK(f.width == 12 && f.grouping == '_' && f.precision == 3 && f.type == 'f');
    CHECK_EQ_INT(rt_format_spec_parse("010", 3, 's', '<', "str", &f, &err), 0);
    CHECK(f.fill == '0' && f.align == '<' && f.width == 10);
}

TEST(case_counts)
{
    printf("  %zu int, %zu float, %zu str format cases, %zu str reprs, %zu templates\n",
           COUNT(ifmt_cases), COUNT(ffmt_cases), COUNT(sfmt_cases), COUNT(repr_str_cases),
           COUNT(tmpl_cases));
}

RUN_TESTS(CASE(format_int_table), CASE(format_float_table), CASE(format_str_table),
          CASE(repr_str_table), CASE(template_table), CASE(template_numbering),
          CASE(template_field_rest), CASE(spec_parse_fields), CASE(case_counts))
