/* test_builtins.c: the builtin functions and type calls against CPython 3.11
 * results (expected strings generated with python3). */
#include <inttypes.h>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/num.h"
#include "runtime/objid.h"
#include "runtime/state.h"
#include "tests/harness.h"
#include "tests/unit/runtime/lib_helpers.h"

TEST(len_repr_conversions)
{
    rt_state *rt = lib_state();
    EXPECT(CALL("len", S("héllo")), "5");
    EXPECT(CALL("len", K(rt_list_from(rt, (rt_value[]){I(1), I(2)}, 2))), "2");
    EXPECT_ERR(CALL0("len"), "TypeError: len() takes exactly one argument (0 given)");
    EXPECT_ERR(CALL("len", I(1), I(2)), "TypeError: len() takes exactly one argument (2 given)");
    EXPECT_ERR(CALL("len", I(5)), "TypeError: object of type 'int' has no len()");
    EXPECT(CALL("repr", S("a")), "\"'a'\"");
    EXPECT(CALL("int", S(" 12 ")), "12");
    EXPECT_ERR(CALL("int", S("x")), "ValueError: invalid literal for int() with base 10: 'x'");
    EXPECT_ERR(CALL("int", S("")), "ValueError: invalid literal for int() with base 10: ''");
    EXPECT(CALL("int", S("ff"), I(16)), "255");
    EXPECT(CALL("int", S("0x1f"), I(0)), "31");
    EXPECT_ERR(CALL("int", S("12"), I(40)), "ValueError: int() base must be >= 2 and <= 36, or 0");
    EXPECT(CALLK("int", KW("base"), S("12"), I(8)), "10");
    EXPECT(CALL("int", K(rt_float_new(rt, -3.9))), "-3");
    EXPECT_ERR(CALL("int", K(rt_float_new(rt, 1.5)), I(2)),
               "TypeError: int() can't convert non-string with explicit base");
    EXPECT_ERR(CALL("int", K(rt_list_new(rt, 0))),
               "TypeError: int() argument must be a string, a bytes-like object or a real number, "
               "not 'list'");
    EXPECT(CALL("int", RT_TRUE), "1");
    EXPECT(CALL0("int"), "0");
    EXPECT(CALL("float", S(" 1.5 ")), "1.5");
    EXPECT(CALL("float", S("nan")), "nan");
    EXPECT(CALL("float", S("-inf")), "-inf");
    EXPECT_ERR(CALL("float", S("x")), "ValueError: could not convert string to float: 'x'");
    EXPECT(CALL("float", I(3)), "3.0");
    EXPECT_ERR(CALL("float", K(rt_list_new(rt, 0))),
               "TypeError: float() argument must be a string or a real number, not 'list'");
    EXPECT(CALL("str", I(5)), "'5'");
    EXPECT(CALL0("str"), "''");
    EXPECT(CALL("bool", K(rt_list_new(rt, 0))), "False");
    EXPECT_ERR(CALL("bool", I(1), I(2)), "TypeError: bool expected at most 1 argument, got 2");
    EXPECT(CALL("list", S("abc")), "['a', 'b', 'c']");
    EXPECT_ERR(CALL("list", I(1)), "TypeError: 'int' object is not iterable");
    EXPECT(CALL("tuple", K(rt_list_from(rt, (rt_value[]){I(1), I(2)}, 2))), "(1, 2)");
    EXPECT(CALL("set", K(rt_list_from(rt, (rt_value[]){I(2), I(1), I(2)}, 3))), "{1, 2}");
    EXPECT(CALLK("dict", KW("a", "b"), I(1), I(2)), "{'a': 1, 'b': 2}");
    EXPECT(
        CALL("dict", K(rt_list_from(rt, (rt_value[]){K(rt_tuple_pack(rt, 2, S("k"), I(1)))}, 1))),
        "{'k': 1}");
    EXPECT_ERR(CALL("dict", I(1)), "TypeError: 'int' object is not iterable");
    EXPECT(CALL("range", I(5)), "range(0, 5)");
    EXPECT(CALL("range", I(1), I(10), I(3)), "range(1, 10, 3)");
    EXPECT_ERR(CALL("range", I(1), I(2), I(0)), "ValueError: range() arg 3 must not be zero");
    EXPECT_ERR(CALL0("range"), "TypeError: range expected at least 1 argument, got 0");
    EXPECT(CALL("type", I(1)), "<class 'int'>");
    EXPECT(CALL("type", S("a")), "<class 'str'>");
    EXPECT_ERR(CALL("type", I(1), I(2)), "TypeError: type() takes 1 or 3 arguments");
    EXPECT(CALL("ValueError", S("bad")), "ValueError('bad')");
    EXPECT(CALL("chr", I(65)), "'A'");
    EXPECT(CALL("chr", I(233)), "'é'");
    EXPECT_ERR(CALL("chr", I(-1)), "ValueError: chr() arg not in range(0x110000)");
    EXPECT(CALL("ord", S("é")), "233");
    EXPECT_ERR(CALL("ord", S("ab")),
               "TypeError: ord() expected a character, but string of length 2 found");
    EXPECT_ERR(CALL("ord", I(1)), "TypeError: ord() expected string of length 1, but int found");
    EXPECT(CALL("hex", I(255)), "'0xff'");
    EXPECT(CALL("hex", I(-255)), "'-0xff'");
    EXPECT_ERR(CALL("hex", K(rt_float_new(rt, 1.0))),
               "TypeError: 'float' object cannot be interpreted as an integer");
    EXPECT(CALL("bin", I(5)), "'0b101'");
    EXPECT(CALL("oct", I(8)), "'0o10'");
    lib_done(rt);
}

TEST(numeric_builtins)
{
    rt_state *rt = lib_state();
    EXPECT(CALL("abs", I(-3)), "3");
    EXPECT(CALL("abs", K(rt_float_new(rt, -2.5))), "2.5");
    EXPECT_ERR(CALL("abs", S("a")), "TypeError: bad operand type for abs(): 'str'");
    EXPECT(CALL("abs", RT_TRUE), "1");
    EXPECT(CALL("round", K(rt_float_new(rt, 2.5))), "2");
    EXPECT(CALL("round", K(rt_float_new(rt, 3.5))), "4");
    EXPECT(CALL("round", K(rt_float_new(rt, 2.675)), I(2)), "2.67");
    EXPECT(CALL("round", K(rt_float_new(rt, 2.5)), I(0)), "2.0");
    EXPECT(CALL("round", I(15), I(-1)), "20");
    EXPECT(CALL("round", I(25), I(-1)), "20");
    EXPECT_ERR(CALL("round", S("a")), "TypeError: type str doesn't define __round__ method");
    EXPECT_ERR(CALL("round", K(rt_float_new(rt, 1.0 / 0.0))),
               "OverflowError: cannot convert float infinity to integer");
    EXPECT(CALL("divmod", I(-7), I(2)), "(-4, 1)");
    EXPECT(CALL("divmod", K(rt_float_new(rt, 7.5)), I(2)), "(3.0, 1.5)");
    EXPECT_ERR(CALL("divmod", I(1), I(0)), "ZeroDivisionError: integer division or modulo by zero");
    EXPECT(CALL("pow", I(2), I(10)), "1024");
    EXPECT(CALL("pow", I(2), I(-1)), "0.5");
    EXPECT(CALL("pow", I(3), I(4), I(5)), "1");
    EXPECT_ERR(CALL("pow", I(2)), "TypeError: pow() missing required argument 'exp' (pos 2)");
    EXPECT(CALL("sum", K(rt_list_from(rt, (rt_value[]){I(1), I(2), I(3)}, 3))), "6");
    EXPECT(CALL("sum", K(rt_list_from(rt, (rt_value[]){I(1), I(2)}, 2)), I(10)), "13");
    EXPECT(CALL("sum", K(rt_list_from(rt, (rt_value[]){K(rt_float_new(rt, 1.5)), I(2)}, 2))),
           "3.5");
    EXPECT_ERR(CALL("sum", K(rt_list_from(rt, (rt_value[]){S("a")}, 1))),
               "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    EXPECT_ERR(CALL("sum", K(rt_list_from(rt, (rt_value[]){S("a")}, 1)), S("")),
               "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
    EXPECT_ERR(CALL0("sum"), "TypeError: sum() takes at least 1 positional argument (0 given)");
    EXPECT(CALL("min", K(rt_list_from(rt, (rt_value[]){I(3), I(1), I(2)}, 3))), "1");
    EXPECT(CALL("max", I(3), I(1), I(2)), "3");
    EXPECT(CALL("max", S("abc")), "'c'");
    EXPECT_ERR(CALL("min", K(rt_list_new(rt, 0))), "ValueError: min() arg is an empty sequence");
    EXPECT(CALLK("min", KW("default"), K(rt_list_new(rt, 0)), I(7)), "7");
    EXPECT(CALLK("max", KW("key"), K(rt_list_from(rt, (rt_value[]){S("bb"), S("a"), S("ccc")}, 3)),
                 rt_dict_get_cstr(rt, rt->builtins, "len")),
           "'ccc'");
    EXPECT(CALLK("min", KW("key"), K(rt_list_from(rt, (rt_value[]){S("bb"), S("a"), S("c")}, 3)),
                 rt_dict_get_cstr(rt, rt->builtins, "len")),
           "'a'");
    EXPECT_ERR(CALLK("min", KW("default"), I(1), I(2), I(3)),
               "TypeError: Cannot specify a default for min() with multiple positional arguments");
    EXPECT_ERR(CALLK("max", KW("foo"), I(1), I(2)),
               "TypeError: 'foo' is an invalid keyword argument for max()");
    EXPECT_ERR(CALL0("min"), "TypeError: min expected at least 1 argument, got 0");
    EXPECT_ERR(CALL("max", I(1)), "TypeError: 'int' object is not iterable");
    EXPECT_ERR(CALL("max", K(rt_list_from(rt, (rt_value[]){I(1), S("a")}, 2))),
               "TypeError: '>' not supported between instances of 'str' and 'int'");
    lib_done(rt);
}

TEST(iteration_builtins)
{
    rt_state *rt = lib_state();
    EXPECT(CALL("sorted", K(rt_list_from(rt, (rt_value[]){I(3), I(1), I(2)}, 3))), "[1, 2, 3]");
    EXPECT(CALLK("sorted", KW("reverse"), S("bca"), RT_TRUE), "['c', 'b', 'a']");
    EXPECT(CALLK("sorted", KW("key"), K(rt_list_from(rt, (rt_value[]){S("bb"), S("a")}, 2)),
                 rt_dict_get_cstr(rt, rt->builtins, "len")),
           "['a', 'bb']");
    EXPECT_ERR(CALL0("sorted"), "TypeError: sorted expected 1 argument, got 0");
    EXPECT_ERR(CALL("sorted", K(rt_list_from(rt, (rt_value[]){I(1), S("a")}, 2))),
               "TypeError: '<' not supported between instances of 'str' and 'int'");
    EXPECT(CALL("list", K(CALL("reversed", K(rt_list_from(rt, (rt_value[]){I(1), I(2)}, 2))))),
           "[2, 1]");
    EXPECT_ERR(CALL("reversed", I(1)), "TypeError: 'int' object is not reversible");
    EXPECT(CALL("list", K(CALL("enumerate", S("ab")))), "[(0, 'a'), (1, 'b')]");
    EXPECT(CALL("list", K(CALLK("enumerate", KW("start"), S("ab"), I(3)))), "[(3, 'a'), (4, 'b')]");
    EXPECT_ERR(CALL0("enumerate"), "TypeError: enumerate() missing required argument 'iterable'");
    EXPECT(CALL("list",
                K(CALL("zip", S("ab"), K(rt_list_from(rt, (rt_value[]){I(1), I(2), I(3)}, 3))))),
           "[('a', 1), ('b', 2)]");
    EXPECT(CALL("list", K(CALL0("zip"))), "[]");
    EXPECT(CALL("list", K(CALL("map", rt_dict_get_cstr(rt, rt->builtins, "len"),
                               K(rt_list_from(rt, (rt_value[]){S("a"), S("bb")}, 2))))),
           "[1, 2]");
    EXPECT_ERR(CALL("map", rt_dict_get_cstr(rt, rt->builtins, "len")),
               "TypeError: map() must have at least two arguments.");
    EXPECT(CALL("list", K(CALL("filter", RT_NONE,
                               K(rt_list_from(rt, (rt_value[]){I(0), I(1), S(""), S("a")}, 4))))),
           "[1, 'a']");
    EXPECT_ERR(CALL("filter", rt_dict_get_cstr(rt, rt->builtins, "len")),
               "TypeError: filter expected 2 arguments, got 1");
    EXPECT(CALL("any", K(rt_list_from(rt, (rt_value[]){I(0), I(2)}, 2))), "True");
    EXPECT(CALL("all", K(rt_list_from(rt, (rt_value[]){I(0), I(2)}, 2))), "False");
    EXPECT(CALL("all", K(rt_list_new(rt, 0))), "True");
    EXPECT_ERR(CALL("any", I(1)), "TypeError: 'int' object is not iterable");
    EXPECT(CALL("next", K(CALL("iter", K(rt_list_from(rt, (rt_value[]){I(7)}, 1))))), "7");
    EXPECT(CALL("next", K(CALL("iter", K(rt_list_new(rt, 0)))), I(5)), "5");
    EXPECT_ERR(CALL("next", K(CALL("iter", K(rt_list_new(rt, 0))))), "StopIteration");
    EXPECT_ERR(CALL("next", K(rt_list_new(rt, 0))), "TypeError: 'list' object is not an iterator");
    EXPECT_ERR(CALL("iter", I(1)), "TypeError: 'int' object is not iterable");
    lib_done(rt);
}

TEST(introspection_builtins)
{
    rt_state *rt = lib_state();
    EXPECT(CALL("isinstance", I(1), rt_dict_get_cstr(rt, rt->builtins, "int")), "True");
    EXPECT(CALL("isinstance", RT_TRUE, rt_dict_get_cstr(rt, rt->builtins, "int")), "True");
    EXPECT(CALL("isinstance", I(1),
                K(rt_tuple_pack(rt, 2, rt_dict_get_cstr(rt, rt->builtins, "str"),
                                rt_dict_get_cstr(rt, rt->builtins, "int")))),
           "True");
    EXPECT(CALL("isinstance", S("a"), rt_dict_get_cstr(rt, rt->builtins, "int")), "False");
    EXPECT_ERR(CALL("isinstance", I(1), I(2)),
               "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
    EXPECT_ERR(CALL("isinstance", I(1)), "TypeError: isinstance expected 2 arguments, got 1");
    EXPECT(CALL("hasattr", K(rt_list_new(rt, 0)), S("append")), "True");
    EXPECT(CALL("hasattr", K(rt_list_new(rt, 0)), S("nope")), "False");
    EXPECT_ERR(CALL("hasattr", I(1), I(2)), "TypeError: attribute name must be string, not 'int'");
    EXPECT(CALL("getattr", I(1), S("foo"), I(5)), "5");
    EXPECT_ERR(CALL("getattr", I(1), S("foo")),
               "AttributeError: 'int' object has no attribute 'foo'");
    EXPECT_ERR(CALL("getattr", I(1)), "TypeError: getattr expected at least 2 arguments, got 1");
    EXPECT(CALL("callable", rt_dict_get_cstr(rt, rt->builtins, "len")), "True");
    EXPECT(CALL("callable", I(1)), "False");
    EXPECT(CALL("callable", rt_dict_get_cstr(rt, rt->builtins, "int")), "True");
    EXPECT((rt_incref(rt_dict_get_cstr(rt, rt->builtins, "len")),
            rt_dict_get_cstr(rt, rt->builtins, "len")),
           "<built-in function len>");
    EXPECT(CALL("getattr", rt_dict_get_cstr(rt, rt->builtins, "len"), S("__name__")), "'len'");
    EXPECT(CALL("type", rt_dict_get_cstr(rt, rt->builtins, "len")),
           "<class 'builtin_function_or_method'>");
    lib_done(rt);
}

TEST(print_writes_sep_and_end)
{
    rt_state *rt = lib_state();
    EXPECT(CALL("print", I(1), S("a"), RT_NONE), "None");
    EXPECT(CALLK("print", KW("sep", "end"), I(1), I(2), S("-"), S("!\n")), "None");
    EXPECT(CALLK("print", KW("end"), RT_NONE), "None");
    EXPECT(CALL0("print"), "None");
    CHECK_EQ_STR(lib_out, "1 a None\n1-2!\n\n\n");
    EXPECT_ERR(CALLK("print", KW("sep"), I(1), I(1)),
               "TypeError: sep must be None or a string, not int");
    EXPECT_ERR(CALLK("print", KW("foo"), I(1), I(1)),
               "TypeError: 'foo' is an invalid keyword argument for print()");
    lib_done(rt);
}

TEST(builtin_repr_and_bound_methods)
{
    rt_state *rt = lib_state();
    rt_value l = K(rt_list_new(rt, 0));
    rt_value m = K(rt_getattr(rt, l, K(rt_str_intern(rt, "append", 6))));
    char want[128];
    snprintf(want, sizeof want, "<built-in method append of list object at 0x%" PRIx64 ">",
             rt__objid(rt, rt_as_obj(l)));
    CHECK_EQ_STR(REPR_B(m), want);
    EXPECT(rt_call(rt, m, (rt_value[]){I(4)}, 1, RT_NULL), "None");
    CHECK_EQ_STR(REPR_B(l), "[4]");
    lib_done(rt);
}

TEST(unbound_methods_from_types)
{
    rt_state *rt = lib_state();
    rt_value name = K(rt_str_intern(rt, "lower", 5));
    const rt_builtin_def *def = rt_method_find(rt, RT_T_STR, name);
    CHECK(def != NULL);
    rt_value m = K(rt_builtin_unbound_new(rt, def, rt->type_objs[RT_T_STR]));
    CHECK_EQ_STR(REPR_B(m), "<method 'lower' of 'str' objects>");
    EXPECT(rt_call(rt, m, (rt_value[]){S("AbC")}, 1, RT_NULL), "'abc'");
    EXPECT_ERR(rt_call(rt, m, (rt_value[]){I(1)}, 1, RT_NULL),
               "TypeError: descriptor 'lower' for 'str' objects doesn't apply to a 'int' object");
    EXPECT_ERR(rt_call(rt, m, NULL, 0, RT_NULL),
               "TypeError: unbound method str.lower() needs an argument");
    EXPECT(
        CALLK("sorted", KW("key"), K(rt_list_from(rt, (rt_value[]){S("b"), S("A"), S("c")}, 3)), m),
        "['A', 'b', 'c']");
    lib_done(rt);
}

RUN_TESTS(CASE(unbound_methods_from_types), CASE(len_repr_conversions), CASE(numeric_builtins),
          CASE(iteration_builtins), CASE(introspection_builtins), CASE(print_writes_sep_and_end),
          CASE(builtin_repr_and_bound_methods))
