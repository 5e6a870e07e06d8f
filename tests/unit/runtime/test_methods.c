/* test_methods.c: the str, list, dict and set methods against CPython 3.11 results
 * (expected strings generated with python3). */
#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/set.h"
#include "tests/harness.h"
#include "tests/unit/runtime/lib_helpers.h"

TEST(str_split_join)
{
    rt_state *rt = lib_state();
    EXPECT(CALLM0(S("a b  c "), "split"), "['a', 'b', 'c']");
    EXPECT(CALLM(S(" a b c"), "split", RT_NONE, I(1)), "['a', 'b c']");
    EXPECT(CALLM(S("a,b,,c"), "split", S(",")), "['a', 'b', '', 'c']");
    EXPECT(CALLM(S("a,b,,c"), "split", S(","), I(2)), "['a', 'b', ',c']");
    EXPECT(CALLMK(S("a b c"), "split", KW("maxsplit"), I(1)), "['a', 'b c']");
    EXPECT(CALLM(S("a::b::c"), "rsplit", S("::"), I(1)), "['a::b', 'c']");
    EXPECT(CALLM(S(" a b c "), "rsplit", RT_NONE, I(1)), "[' a b', 'c']");
    EXPECT(CALLM0(S(""), "split"), "[]");
    EXPECT(CALLM(S(" a b c  "), "split", RT_NONE, I(1)), "['a', 'b c  ']");
    EXPECT(CALLM(S(" a  "), "split", RT_NONE, I(0)), "['a  ']");
    EXPECT(CALLM(S(" a "), "rsplit", RT_NONE, I(0)), "[' a']");
    EXPECT(CALLM(K(rt_tuple_pack(rt, 3, I(1), I(2), I(1))), "count", I(1)), "2");
    EXPECT(CALLM(K(rt_tuple_pack(rt, 3, I(1), I(2), I(1))), "index", I(2)), "1");
    EXPECT_ERR(CALLM(K(rt_tuple_pack(rt, 3, I(1), I(2), I(1))), "index", I(5)),
               "ValueError: tuple.index(x): x not in tuple");
    EXPECT(CALLM(S(""), "split", S(",")), "['']");
    EXPECT_ERR(CALLM(S("abc"), "split", S("")), "ValueError: empty separator");
    EXPECT_ERR(CALLM(S("abc"), "split", I(1)), "TypeError: must be str or None, not int");
    EXPECT_ERR(CALLMK(S("abc"), "split", KW("x"), I(1)),
               "TypeError: 'x' is an invalid keyword argument for split()");
    EXPECT(CALLM(S("-"), "join", K(rt_list_from(rt, (rt_value[]){S("a"), S("b"), S("c")}, 3))),
           "'a-b-c'");
    EXPECT(CALLM(S("-"), "join", S("xyz")), "'x-y-z'");
    EXPECT_ERR(CALLM(S("-"), "join", K(rt_list_from(rt, (rt_value[]){S("a"), I(1)}, 2))),
               "TypeError: sequence item 1: expected str instance, int found");
    EXPECT_ERR(CALLM(S("-"), "join", I(5)), "TypeError: can only join an iterable");
    EXPECT_ERR(CALLM0(S("-"), "join"),
               "TypeError: str.join() takes exactly one argument (0 given)");
    EXPECT(CALLM0(S("a\nb\r\nc\n"), "splitlines"), "['a', 'b', 'c']");
    EXPECT(CALLM(S("a\nb\r\nc"), "splitlines", RT_TRUE), "['a\\n', 'b\\r\\n', 'c']");
    EXPECT(CALLM(S("k=v=w"), "partition", S("=")), "('k', '=', 'v=w')");
    EXPECT(CALLM(S("k=v=w"), "rpartition", S("=")), "('k=v', '=', 'w')");
    EXPECT(CALLM(S("kvw"), "partition", S("=")), "('kvw', '', '')");
    lib_done(rt);
}

TEST(str_strip_case_pad)
{
    rt_state *rt = lib_state();
    EXPECT(CALLM0(S("  hi \n"), "strip"), "'hi'");
    EXPECT(CALLM0(S("  hi  "), "lstrip"), "'hi  '");
    EXPECT(CALLM0(S("  hi  "), "rstrip"), "'  hi'");
    EXPECT(CALLM(S("xxhixy"), "strip", S("xy")), "'hi'");
    EXPECT(CALLM(S("éaé"), "strip", S("é")), "'a'");
    EXPECT_ERR(CALLM(S("a"), "strip", I(1)), "TypeError: strip arg must be None or str");
    EXPECT_ERR(CALLM(S("a"), "strip", S("a"), S("b")),
               "TypeError: strip expected at most 1 argument, got 2");
    EXPECT(CALLM0(S("Hello World é"), "upper"), "'HELLO WORLD É'");
    EXPECT(CALLM0(S("Hello World É"), "lower"), "'hello world é'");
    EXPECT_ERR(CALLM(S("a"), "upper", I(1)), "TypeError: str.upper() takes no arguments (1 given)");
    EXPECT(CALLM0(S("hello wORLD 3x"), "title"), "'Hello World 3X'");
    EXPECT(CALLM0(S("hello World"), "capitalize"), "'Hello world'");
    EXPECT(CALLM0(S("Hello"), "swapcase"), "'hELLO'");
    EXPECT(CALLM0(S("123"), "isdigit"), "True");
    EXPECT(CALLM0(S("12a"), "isdigit"), "False");
    EXPECT(CALLM0(S(""), "isdigit"), "False");
    EXPECT(CALLM0(S("abcé"), "isalpha"), "True");
    EXPECT(CALLM0(S(" \t"), "isspace"), "True");
    EXPECT(CALLM0(S("ABC1"), "isupper"), "True");
    EXPECT(CALLM0(S("abC"), "islower"), "False");
    EXPECT(CALLM0(S("a1"), "isalnum"), "True");
    EXPECT(CALLM(S("ab"), "center", I(6)), "'  ab  '");
    EXPECT(CALLM(S("abc"), "center", I(6), S("*")), "'*abc**'");
    EXPECT(CALLM(S("ab"), "center", I(5), S("*")), "'**ab*'");
    EXPECT(CALLM(S("ab"), "ljust", I(4), S("-")), "'ab--'");
    EXPECT(CALLM(S("ab"), "rjust", I(4)), "'  ab'");
    EXPECT_ERR(CALLM(S("ab"), "rjust", I(4), S("--")),
               "TypeError: The fill character must be exactly one character long");
    EXPECT(CALLM(S("-42"), "zfill", I(6)), "'-00042'");
    EXPECT_ERR(CALLM(S("42"), "zfill", S("a")),
               "TypeError: 'str' object cannot be interpreted as an integer");
    EXPECT_ERR(CALLM0(S("x"), "center"), "TypeError: center expected at least 1 argument, got 0");
    lib_done(rt);
}

TEST(str_search_replace)
{
    rt_state *rt = lib_state();
    EXPECT(CALLM(S("hello"), "find", S("l")), "2");
    EXPECT(CALLM(S("hello"), "rfind", S("l")), "3");
    EXPECT(CALLM(S("héllo"), "find", S("l")), "2");
    EXPECT(CALLM(S("hello"), "find", S("l"), I(3)), "3");
    EXPECT(CALLM(S("hello"), "find", S("l"), I(-2), I(-1)), "3");
    EXPECT(CALLM(S("hello"), "find", S("z")), "-1");
    EXPECT(CALLM(S("hello"), "find", S(""), I(9)), "-1");
    EXPECT(CALLM(S("hello"), "find", S(""), I(5)), "5");
    EXPECT_ERR(CALLM(S("hello"), "find", I(1)), "TypeError: must be str, not int");
    EXPECT_ERR(CALLM0(S("hello"), "find"), "TypeError: find() takes at least 1 argument (0 given)");
    EXPECT_ERR(CALLM(S("hello"), "find", S("l"), S("x")),
               "TypeError: slice indices must be integers or None or have an __index__ method");
    EXPECT_ERR(CALLM(S("hello"), "index", S("z")), "ValueError: substring not found");
    EXPECT(CALLM(S("hello"), "index", S("o")), "4");
    EXPECT(CALLM(S("banana"), "count", S("an")), "2");
    EXPECT(CALLM(S("banana"), "count", S("")), "7");
    EXPECT(CALLM(S("banana"), "count", S("a"), I(2)), "2");
    EXPECT(CALLM(S("aaaa"), "count", S("aa")), "2");
    EXPECT(CALLM(S("hello"), "startswith", S("he")), "True");
    EXPECT(CALLM(S("hello"), "startswith", S("l"), I(2)), "True");
    EXPECT(CALLM(S("hello"), "endswith", K(rt_tuple_pack(rt, 2, S("x"), S("lo")))), "True");
    EXPECT(CALLM(S("hello"), "endswith", S("hello!")), "False");
    EXPECT_ERR(CALLM(S("hello"), "startswith", I(1)),
               "TypeError: startswith first arg must be str or a tuple of str, not int");
    EXPECT_ERR(CALLM0(S("hello"), "startswith"),
               "TypeError: startswith() takes at least 1 argument (0 given)");
    EXPECT(CALLM(S("a-b-c"), "replace", S("-"), S("+")), "'a+b+c'");
    EXPECT(CALLM(S("a-b-c"), "replace", S("-"), S(""), I(1)), "'ab-c'");
    EXPECT(CALLM(S("abc"), "replace", S(""), S(".")), "'.a.b.c.'");
    EXPECT(CALLM(S("abc"), "replace", S(""), S("."), I(2)), "'.a.bc'");
    EXPECT_ERR(CALLM(S("abc"), "replace", I(1), S(".")),
               "TypeError: replace() argument 1 must be str, not int");
    EXPECT_ERR(CALLM(S("abc"), "replace", S("a")),
               "TypeError: replace expected at least 2 arguments, got 1");
    EXPECT(CALLM(S("prefix_x"), "removeprefix", S("prefix_")), "'x'");
    lib_done(rt);
}

TEST(str_format_method)
{
    rt_state *rt = lib_state();
    EXPECT(CALLM(S("{} and {}"), "format", I(1), S("x")), "'1 and x'");
    EXPECT(CALLM(S("{1}{0}{1}"), "format", I(1), I(2)), "'212'");
    EXPECT(CALLMK(S("{a}-{b!r}"), "format", KW("a", "b"), I(1), S("x")), "\"1-'x'\"");
    EXPECT(CALLM(S("{:>5}|{:<4}|{:^6.2f}"), "format", S("ab"), I(7), K(rt_float_new(rt, 3.14159))),
           "'   ab|7   | 3.14 '");
    EXPECT(CALLM(S("{:{}}"), "format", I(1), I(5)), "'    1'");
    EXPECT(CALLM(S("{0[1]}"), "format", K(rt_list_from(rt, (rt_value[]){I(5), I(6)}, 2))), "'6'");
    EXPECT(CALLM(S("{{}} {}"), "format", I(3)), "'{} 3'");
    EXPECT_ERR(CALLM0(S("{}"), "format"),
               "IndexError: Replacement index 0 out of range for positional args tuple");
    EXPECT_ERR(
        CALLM(S("{0}{}"), "format", I(1), I(2)),
        "ValueError: cannot switch from manual field specification to automatic field numbering");
    EXPECT_ERR(CALLM0(S("{a}"), "format"), "KeyError: 'a'");
    EXPECT_ERR(CALLM0(S("{"), "format"), "ValueError: Single '{' encountered in format string");
    EXPECT_ERR(CALLM(S("{:d}"), "format", S("a")),
               "ValueError: Unknown format code 'd' for object of type 'str'");
    EXPECT_ERR(CALLM(S("{0!x}"), "format", I(1)), "ValueError: Unknown conversion specifier x");
    EXPECT(CALLM(S("{:,}"), "format", I(1234567)), "'1,234,567'");
    lib_done(rt);
}

TEST(list_methods)
{
    rt_state *rt = lib_state();
    rt_value l = K(rt_list_new(rt, 0));
    EXPECT(CALLM(l, "append", I(3)), "None");
    EXPECT(CALLM(l, "append", I(1)), "None");
    EXPECT_ERR(CALLM0(l, "append"),
               "TypeError: list.append() takes exactly one argument (0 given)");
    EXPECT_ERR(CALLM(l, "append", I(1), I(2)),
               "TypeError: list.append() takes exactly one argument (2 given)");
    EXPECT_ERR(CALLMK(l, "append", KW("x"), I(1)),
               "TypeError: list.append() takes no keyword arguments");
    EXPECT(CALLM(l, "extend", S("ab")), "None");
    EXPECT(CALLM(l, "insert", I(0), I(9)), "None");
    EXPECT(CALLM(l, "insert", I(-1), I(8)), "None");
    EXPECT_ERR(CALLM(l, "insert", I(1)), "TypeError: insert expected 2 arguments, got 1");
    EXPECT((rt_incref(l), l), "[9, 3, 1, 'a', 8, 'b']");
    EXPECT(CALLM(l, "index", S("a")), "3");
    EXPECT_ERR(CALLM(l, "index", I(42)), "ValueError: 42 is not in list");
    EXPECT_ERR(CALLM(l, "index", S("a"), I(5)), "ValueError: 'a' is not in list");
    EXPECT(CALLM(l, "count", I(1)), "1");
    EXPECT(CALLM(l, "remove", I(1)), "None");
    EXPECT_ERR(CALLM(l, "remove", I(1)), "ValueError: list.remove(x): x not in list");
    EXPECT(CALLM0(l, "pop"), "'b'");
    EXPECT(CALLM(l, "pop", I(0)), "9");
    EXPECT_ERR(CALLM(l, "pop", I(10)), "IndexError: pop index out of range");
    EXPECT_ERR(CALLM(l, "pop", S("a")),
               "TypeError: 'str' object cannot be interpreted as an integer");
    EXPECT_ERR(CALLM(l, "pop", I(1), I(2)), "TypeError: pop expected at most 1 argument, got 2");
    EXPECT(CALLM0(l, "copy"), "[3, 'a', 8]");
    EXPECT(CALLM0(l, "reverse"), "None");
    EXPECT((rt_incref(l), l), "[8, 'a', 3]");
    EXPECT_ERR(CALLM0(l, "sort"),
               "TypeError: '<' not supported between instances of 'str' and 'int'");
    EXPECT_ERR(CALLM(l, "sort", I(1)), "TypeError: sort() takes no positional arguments");
    EXPECT_ERR(CALLMK(l, "sort", KW("foo"), I(1)),
               "TypeError: 'foo' is an invalid keyword argument for sort()");
    EXPECT(CALLM0(l, "clear"), "None");
    EXPECT_ERR(CALLM0(l, "pop"), "IndexError: pop from empty list");
    EXPECT(CALLM(l, "extend", K(rt_list_from(rt, (rt_value[]){I(3), I(1), I(2)}, 3))), "None");
    EXPECT(CALLMK(l, "sort", KW("reverse"), RT_TRUE), "None");
    EXPECT((rt_incref(l), l), "[3, 2, 1]");
    EXPECT_ERR(CALLM(l, "copy", I(1)), "TypeError: list.copy() takes no arguments (1 given)");
    lib_done(rt);
}

TEST(dict_methods)
{
    rt_state *rt = lib_state();
    rt_value d = K(rt_dict_new(rt));
    rt_dict_set(rt, d, S("a"), I(1));
    rt_dict_set(rt, d, S("b"), I(2));
    EXPECT(CALLM(d, "get", S("a")), "1");
    EXPECT(CALLM(d, "get", S("z")), "None");
    EXPECT(CALLM(d, "get", S("z"), I(0)), "0");
    EXPECT_ERR(CALLM0(d, "get"), "TypeError: get expected at least 1 argument, got 0");
    EXPECT_ERR(CALLM(d, "get", I(1), I(2), I(3)),
               "TypeError: get expected at most 2 arguments, got 3");
    EXPECT_ERR(CALLM(d, "get", K(rt_list_new(rt, 0))), "TypeError: unhashable type: 'list'");
    EXPECT(CALLM0(d, "keys"), "dict_keys(['a', 'b'])");
    EXPECT(CALLM0(d, "values"), "dict_values([1, 2])");
    EXPECT(CALLM0(d, "items"), "dict_items([('a', 1), ('b', 2)])");
    EXPECT(CALLM(d, "setdefault", S("c"), I(3)), "3");
    EXPECT(CALLM(d, "setdefault", S("a"), I(9)), "1");
    EXPECT(CALLM(d, "setdefault", S("n")), "None");
    EXPECT(CALLM(d, "pop", S("n")), "None");
    EXPECT_ERR(CALLM(d, "pop", S("n")), "KeyError: 'n'");
    EXPECT(CALLM(d, "pop", S("n"), I(0)), "0");
    EXPECT(CALLMK(d, "update", KW("z"), I(26)), "None");
    EXPECT(CALLM(d, "update",
                 K(rt_list_from(rt, (rt_value[]){K(rt_tuple_pack(rt, 2, S("q"), I(0)))}, 1))),
           "None");
    EXPECT_ERR(CALLM(d, "update", K(rt_list_from(rt, (rt_value[]){I(1)}, 1))),
               "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
    EXPECT_ERR(
        CALLM(d, "update",
              K(rt_list_from(rt, (rt_value[]){K(rt_tuple_pack(rt, 3, I(1), I(2), I(3)))}, 1))),
        "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
    EXPECT_ERR(CALLM(d, "update", I(1), I(2)),
               "TypeError: update expected at most 1 argument, got 2");
    EXPECT((rt_incref(d), d), "{'a': 1, 'b': 2, 'c': 3, 'z': 26, 'q': 0}");
    EXPECT(CALLM0(d, "popitem"), "('q', 0)");
    EXPECT(CALLM0(d, "copy"), "{'a': 1, 'b': 2, 'c': 3, 'z': 26}");
    EXPECT(CALLM0(d, "clear"), "None");
    EXPECT_ERR(CALLM0(d, "popitem"), "KeyError: 'popitem(): dictionary is empty'");
    EXPECT(CALLM0(d, "items"), "dict_items([])");
    lib_done(rt);
}

TEST(set_methods)
{
    rt_state *rt = lib_state();
    rt_value s = K(rt_set_new(rt));
    rt_value other = K(rt_list_from(rt, (rt_value[]){I(2), I(3), I(4)}, 3));
    EXPECT(CALLM(s, "add", I(1)), "None");
    EXPECT(CALLM(s, "add", I(2)), "None");
    EXPECT_ERR(CALLM(s, "add", K(rt_list_new(rt, 0))), "TypeError: unhashable type: 'list'");
    EXPECT_ERR(CALLM0(s, "add"), "TypeError: set.add() takes exactly one argument (0 given)");
    EXPECT(CALLM(s, "union", other), "{1, 2, 3, 4}");
    EXPECT(CALLM(s, "union", other, K(rt_list_from(rt, (rt_value[]){I(9)}, 1))), "{1, 2, 3, 4, 9}");
    EXPECT(CALLM(s, "intersection", other), "{2}");
    EXPECT(CALLM(s, "difference", other), "{1}");
    EXPECT(CALLM(s, "symmetric_difference", other), "{1, 3, 4}");
    EXPECT(CALLM(s, "issubset", other), "False");
    EXPECT(CALLM(s, "issuperset", K(rt_list_from(rt, (rt_value[]){I(1)}, 1))), "True");
    EXPECT(CALLM(s, "isdisjoint", other), "False");
    EXPECT(CALLM(s, "discard", I(7)), "None");
    EXPECT_ERR(CALLM(s, "remove", I(7)), "KeyError: 7");
    EXPECT(CALLM(s, "remove", I(1)), "None");
    EXPECT((rt_incref(s), s), "{2}");
    EXPECT(CALLM0(s, "copy"), "{2}");
    EXPECT(CALLM0(s, "pop"), "2");
    EXPECT_ERR(CALLM0(s, "pop"), "KeyError: 'pop from an empty set'");
    EXPECT(CALLM(s, "update", other, K(rt_list_from(rt, (rt_value[]){I(5)}, 1))), "None");
    EXPECT((rt_incref(s), s), "{2, 3, 4, 5}");
    EXPECT(CALLM0(s, "clear"), "None");
    EXPECT((rt_incref(s), s), "set()");
    lib_done(rt);
}

TEST(str_percent_formatting)
{
    rt_state *rt = lib_state();
    rt_value d = K(rt_dict_new(rt));
    rt_dict_set(rt, d, S("a"), S("x"));
    rt_dict_set(rt, d, S("b"), I(2));
    EXPECT(rt_str_percent(rt, S("%s-%r"), K(rt_tuple_pack(rt, 2, S("a"), S("b")))), "\"a-'b'\"");
    EXPECT(rt_str_percent(rt, S("%d items"), I(3)), "'3 items'");
    EXPECT(rt_str_percent(rt, S("%5.2f|%-6d|%06.1f"),
                          K(rt_tuple_pack(rt, 3, K(rt_float_new(rt, 3.14159)), I(42),
                                          K(rt_float_new(rt, -2.5))))),
           "' 3.14|42    |-002.5'");
    EXPECT(rt_str_percent(rt, S("%x %X %o %#x %+d % d"),
                          K(rt_tuple_pack(rt, 6, I(255), I(255), I(8), I(255), I(5), I(5)))),
           "'ff FF 10 0xff +5  5'");
    EXPECT(rt_str_percent(rt, S("%.3s|%5s|%-5s|"),
                          K(rt_tuple_pack(rt, 3, S("abcdef"), S("ab"), S("ab")))),
           "'abc|   ab|ab   |'");
    EXPECT(rt_str_percent(rt, S("%(a)s and %(b)d"), d), "'x and 2'");
    EXPECT(rt_str_percent(rt, S("%d%%"), I(50)), "'50%'");
    EXPECT(rt_str_percent(rt, S("%.3d|%5.3d"), K(rt_tuple_pack(rt, 2, I(7), I(-7)))),
           "'007| -007'");
    EXPECT(rt_str_percent(rt, S("%c%c"), K(rt_tuple_pack(rt, 2, I(65), S("b")))), "'Ab'");
    EXPECT(rt_str_percent(rt, S("%e %g"),
                          K(rt_tuple_pack(rt, 2, K(rt_float_new(rt, 12345.678)),
                                          K(rt_float_new(rt, 0.0001))))),
           "'1.234568e+04 0.0001'");
    EXPECT(rt_str_percent(rt, S("%*d|%-*d|"), K(rt_tuple_pack(rt, 4, I(4), I(1), I(3), I(2)))),
           "'   1|2  |'");
    EXPECT(rt_str_percent(rt, S("%d"), K(rt_float_new(rt, 3.9))), "'3'");
    EXPECT_ERR(rt_str_percent(rt, S("%s %s"), I(1)),
               "TypeError: not enough arguments for format string");
    EXPECT_ERR(rt_str_percent(rt, S("%s"), K(rt_tuple_pack(rt, 2, I(1), I(2)))),
               "TypeError: not all arguments converted during string formatting");
    EXPECT_ERR(rt_str_percent(rt, S("%d"), S("x")),
               "TypeError: %d format: a real number is required, not str");
    EXPECT_ERR(rt_str_percent(rt, S("%x"), K(rt_float_new(rt, 1.5))),
               "TypeError: %x format: an integer is required, not float");
    EXPECT_ERR(rt_str_percent(rt, S("%f"), S("x")), "TypeError: must be real number, not str");
    EXPECT_ERR(rt_str_percent(rt, S("%z"), I(1)),
               "ValueError: unsupported format character 'z' (0x7a) at index 1");
    EXPECT_ERR(rt_str_percent(rt, S("abc%"), I(1)), "ValueError: incomplete format");
    EXPECT_ERR(rt_str_percent(rt, S("%s"), K(rt_tuple_new(rt, 0))),
               "TypeError: not enough arguments for format string");
    EXPECT(rt_str_percent(rt, S("no args"), K(rt_tuple_new(rt, 0))), "'no args'");
    lib_done(rt);
}

RUN_TESTS(CASE(str_percent_formatting), CASE(str_split_join), CASE(str_strip_case_pad),
          CASE(str_search_replace), CASE(str_format_method), CASE(list_methods), CASE(dict_methods),
          CASE(set_methods))
