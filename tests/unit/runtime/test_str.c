/* test_str.c: str objects: lengths in code points, indexing and slicing,
 * interning, hashing, comparison, concatenation, repr. */
#include "runtime/slice.h"
#include "tests/unit/runtime/objtest.h"

TEST(basics)
{
    STATE_BEGIN;
    rt_value a = S(rt, "hello"), u = S(rt, "h\xc3\xa9llo\xe2\x82\xac");
    CHECK(rt_str_is_ascii(a));
    CHECK(!rt_str_is_ascii(u));
    CHECK_EQ_INT(rt_str_nchars(a), 5);
    CHECK_EQ_INT(rt_str_nchars(u), 6);
    int64_t n;
    CHECK(rt_len(rt, u, &n) == 0 && n == 6);
    rt_value c = rt_str_getitem(rt, u, 1);
    CHECK(rt_str_eq_cstr(c, "\xc3\xa9"));
    rt_decref(rt, c);
    c = rt_str_getitem(rt, u, -1);
    CHECK(rt_str_eq_cstr(c, "\xe2\x82\xac"));
    rt_decref(rt, c);
    CHECK(!rt_str_getitem(rt, a, 5));
    CHECK(raised(rt, RT_EXC_IndexError, "string index out of range"));
    rt_value sl = rt_slice_new(rt, I(1), RT_NONE, RT_NONE);
    rt_value r = rt_getitem(rt, u, sl);
    CHECK(rt_str_eq_cstr(r, "\xc3\xa9llo\xe2\x82\xac"));
    CHECK_EQ_INT(rt_str_nchars(r), 5);
    rt_decref(rt, r);
    rt_decref(rt, sl);
    sl = rt_slice_new(rt, RT_NONE, RT_NONE, I(-2));
    r = rt_getitem(rt, u, sl);
    CHECK(rt_str_eq_cstr(r, "\xe2\x82\xacl\xc3\xa9"));
    rt_decref(rt, r);
    r = rt_getitem(rt, a, sl);
    CHECK(rt_str_eq_cstr(r, "olh"));
    rt_decref(rt, r);
    rt_decref(rt, sl);
    rt_decref(rt, a);
    rt_decref(rt, u);
    STATE_END;
}

TEST(interning)
{
    STATE_BEGIN;
    rt_value a = rt_str_intern(rt, "name", 4), b = rt_str_intern(rt, "name", 4);
    CHECK(a == b);
    rt_value c = S(rt, "name");
    CHECK(c != a);
    CHECK(rt_str_eq(a, c));
    int64_t h1, h2;
    rt_hash(rt, a, &h1);
    rt_hash(rt, c, &h2);
    CHECK(h1 == h2);
    rt_value d = rt_str_intern_value(rt, c);
    CHECK(d == a);
    rt_decref(rt, d);
    rt_decref(rt, a);
    rt_decref(rt, b);
    rt_decref(rt, c);
    /* many interned strings, freed and re-made: the table stays consistent */
    rt_value keep[600];
    char buf[32];
    for (int i = 0; i < 600; i++) {
        snprintf(buf, sizeof buf, "k%d", i);
        keep[i] = rt_str_intern(rt, buf, strlen(buf));
    }
    for (int i = 0; i < 600; i += 2)
        rt_decref(rt, keep[i]);
    for (int i = 1; i < 600; i += 2) {
        snprintf(buf, sizeof buf, "k%d", i);
        rt_value again = rt_str_intern(rt, buf, strlen(buf));
        CHECK(again == keep[i]);
        rt_decref(rt, again);
        rt_decref(rt, keep[i]);
    }
    STATE_END;
}

TEST(ops)
{
    STATE_BEGIN;
    rt_value a = S(rt, "ab"), b = S(rt, "c\xc3\xa9");
    rt_value r = rt_binop(rt, RT_OP_ADD, a, b);
    CHECK(rt_str_eq_cstr(r, "abc\xc3\xa9"));
    CHECK_EQ_INT(rt_str_nchars(r), 4);
    rt_decref(rt, r);
    r = rt_binop(rt, RT_OP_MUL, a, I(3));
    CHECK(rt_str_eq_cstr(r, "ababab"));
    rt_decref(rt, r);
    r = rt_binop(rt, RT_OP_MUL, I(-1), a);
    CHECK(rt_str_eq_cstr(r, ""));
    rt_decref(rt, r);
    CHECK(!rt_binop(rt, RT_OP_ADD, a, I(1)));
    CHECK(raised(rt, RT_EXC_TypeError, "can only concatenate str (not \"int\") to str"));
    CHECK(!rt_binop(rt, RT_OP_MUL, a, a));
    CHECK(raised(rt, RT_EXC_TypeError, "can't multiply sequence by non-int of type 'str'"));
    rt_value sub = S(rt, "b");
    CHECK_EQ_INT(rt_contains(rt, a, sub), 1);
    CHECK_EQ_INT(rt_contains(rt, b, sub), 0);
    CHECK_EQ_INT(rt_contains(rt, a, I(1)), -1);
    CHECK(raised(rt, RT_EXC_TypeError, "'in <string>' requires string as left operand, not int"));
    CHECK_EQ_INT(rt_compare_bool(rt, RT_CMP_LT, a, b), 1);
    CHECK_EQ_INT(rt_compare_bool(rt, RT_CMP_LT, a, sub), 1);
    CHECK_EQ_INT(rt_compare_bool(rt, RT_CMP_GE, a, a), 1);
    CHECK_EQ_INT(rt_compare_bool(rt, RT_CMP_LT, a, I(1)), -1);
    CHECK(raised(rt, RT_EXC_TypeError, "'<' not supported between instances of 'str' and 'int'"));
    CHECK_EQ_INT(rt_setitem(rt, a, I(0), sub), -1);
    CHECK(raised(rt, RT_EXC_TypeError, "'str' object does not support item assignment"));
    CHECK(!rt_getitem(rt, a, a));
    CHECK(raised(rt, RT_EXC_TypeError, "string indices must be integers, not 'str'"));
    rt_decref(rt, sub);
    rt_decref(rt, a);
    rt_decref(rt, b);
    STATE_END;
}

TEST(repr_and_iter)
{
    STATE_BEGIN;
    rt_value a = S(rt, "it's"), b = S(rt, "a\"b"), c = S(rt, "\n\t\\x\xc3\xa9");
    CHECK(repr_is(rt, a, "\"it's\""));
    CHECK(repr_is(rt, b, "'a\"b'"));
    CHECK(repr_is(rt, c, "'\\n\\t\\\\x\xc3\xa9'"));
    rt_value it = rt_getiter(rt, c), v;
    int n = 0;
    while (rt_iternext(rt, it, &v) == 1) {
        n++;
        if (n == 5)
            CHECK(rt_str_eq_cstr(v, "\xc3\xa9"));
        rt_decref(rt, v);
    }
    CHECK_EQ_INT(n, 5);
    rt_decref(rt, it);
    rt_value p = rt_str_printf(rt, "%d-%s", 42, "x");
    CHECK(rt_str_eq_cstr(p, "42-x"));
    rt_decref(rt, p);
    rt_decref(rt, a);
    rt_decref(rt, b);
    rt_decref(rt, c);
    STATE_END;
}

RUN_TESTS(CASE(basics), CASE(interning), CASE(ops), CASE(repr_and_iter))
