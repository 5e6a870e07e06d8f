/* test_limit_programs.c: programs that ask for more than the heap limit (huge widths,
 * counts and repeats) end in MemoryError at once and leave the runtime usable; each case
 * here hung or ran for minutes before it was fixed. */
#include <string.h>

#include "runtime/rt.h"
#include "runtime/state.h"
#include "tests/harness.h"
#include "tests/unit/runtime/run_harness.h"

static out_buf out;

static rt_state *start(size_t heap_limit)
{
    rt_config cfg = out_config(&out);
    cfg.heap_limit_bytes = heap_limit;
    return rt_state_new(&cfg);
}

/* A width of ten billion on a complex number: the padding was written one character at a
 * time into a buffer that had already failed, ten billion appends before MemoryError. */
TEST(test_complex_width_past_the_limit)
{
    out.len = 0;
    rt_state *rt = start(16u << 20);
    const char *src = "n = 0\n"
                      "for v in (1+2j, 2j, 12345, 1.5, 'x'):\n"
                      "    for spec in ('10000000000', '^10000000000', 'x<10000000000',\n"
                      "                 '\\u00f1>10000000000'):\n"
                      "        try:\n"
                      "            format(v, spec)\n"
                      "        except MemoryError:\n"
                      "            n += 1\n"
                      "print(n, format(1+2j, '\\u00f1^10'), format(2j, '<5') + '|')\n";
    CHECK_EQ_INT(run_source(rt, "t.py", src), RT_DONE);
    CHECK_EQ_STR(out.data, "20 ññ(1+2j)ññ 2j   |\n");
    rt_state_free(rt);
}

/* d[k] = v and l[i] = v through STORE_SUBSCR's exact dict and list paths until the heap
 * limit refuses the dict's next table: MemoryError there, the dict holding every key stored
 * before it (the refused one absent), and the runtime usable after. */
TEST(test_subscript_stores_past_the_limit)
{
    out.len = 0;
    rt_state *rt = start(4u << 20);
    const char *src = "d = {}\n"
                      "l = [0] * 10\n"
                      "n = 0\n"
                      "try:\n"
                      "    while True:\n"
                      "        d[n] = n\n"
                      "        l[n % 10] = n\n"
                      "        l[-1] = n\n"
                      "        n += 1\n"
                      "except MemoryError:\n"
                      "    pass\n"
                      "bad = 0\n"
                      "for i in range(n):\n"
                      "    if d[i] != i:\n"
                      "        bad += 1\n"
                      "absent = n not in d\n"
                      "size = len(d)\n"
                      "d.clear()\n"
                      "d['again'] = 1\n"
                      "print(n > 10000, bad, absent, size == n, l[-1] == n - 1, d)\n";
    CHECK_EQ_INT(run_source(rt, "t.py", src), RT_DONE);
    CHECK_EQ_STR(out.data, "True 0 True True True {'again': 1}\n");
    rt_state_free(rt);
}

/* A cache wrapper's entries past the heap limit: misses run as frames (keys of two small
 * ints kept as lanes, of three in a tuple) store until the wrapper's slots or index cannot
 * grow; the MemoryError reaches the program at the call, every entry stored before it is
 * still a hit (the function not called again), and the runtime stays usable. */
TEST(test_cache_entries_past_the_limit)
{
    out.len = 0;
    rt_state *rt = start(4u << 20);
    const char *src = "import functools\n"
                      "calls = 0\n"
                      "@functools.lru_cache(maxsize=None)\n"
                      "def two(a, b):\n"
                      "    global calls\n"
                      "    calls += 1\n"
                      "    return a - b\n"
                      "@functools.lru_cache(maxsize=None)\n"
                      "def three(a, b, c):\n"
                      "    global calls\n"
                      "    calls += 1\n"
                      "    return a - b - c\n"
                      "res = []\n"
                      "n = 0\n"
                      "try:\n"
                      "    while True:\n"
                      "        two(n, 7)\n"
                      "        n += 1\n"
                      "except MemoryError:\n"
                      "    pass\n"
                      "size = two.cache_info().currsize\n"
                      "calls = bad = 0\n"
                      "for i in range(size):\n"
                      "    if two(i, 7) != i - 7:\n"
                      "        bad += 1\n"
                      "res.append((n > 1000, size == n, bad, calls))\n"
                      "two.cache_clear()\n"
                      "n = 0\n"
                      "try:\n"
                      "    while True:\n"
                      "        three(n, 7, 1)\n"
                      "        n += 1\n"
                      "except MemoryError:\n"
                      "    pass\n"
                      "size = three.cache_info().currsize\n"
                      "calls = bad = 0\n"
                      "for i in range(size):\n"
                      "    if three(i, 7, 1) != i - 8:\n"
                      "        bad += 1\n"
                      "res.append((n > 1000, size == n, bad, calls))\n"
                      "three.cache_clear()\n"
                      "print(res, two(1, 2), three(1, 2, 3))\n";
    CHECK_EQ_INT(run_source(rt, "t.py", src), RT_DONE);
    CHECK_EQ_STR(out.data, "[(True, True, 0, 0), (True, True, 0, 0)] -1 -4\n");
    rt_state_free(rt);
}

/* sum, list, tuple and sorted of a generator expression run in place (compile_genexpr.c)
 * until the limit refuses the list's growth or an item: MemoryError out of the loop, what it
 * had built released with the exception, and the same loops working after it. */
TEST(test_genexprs_in_place_past_the_limit)
{
    out.len = 0;
    rt_state *rt = start(8u << 20);
    const char *src = "def grow():\n"
                      "    return list('x' * 1000 + str(i) for i in range(10 ** 9))\n"
                      "def big(k):\n"
                      "    return sum(len('y' * (k * i)) for i in range(3))\n"
                      "cases = (grow, lambda: big(10 ** 10),\n"
                      "         lambda: tuple(bytearray(10 ** 10) for _ in 'a'),\n"
                      "         lambda: sorted(list(range(10 ** 9)) for _ in 'a'))\n"
                      "n = 0\n"
                      "for f in cases:\n"
                      "    try:\n"
                      "        f()\n"
                      "    except MemoryError:\n"
                      "        n += 1\n"
                      "kept = list('z' * 1000 for i in range(2000))\n"
                      "print(n, sum(x for x in range(100)), len(kept), sorted(c for c in 'ko'))\n";
    CHECK_EQ_INT(run_source(rt, "t.py", src), RT_DONE);
    CHECK_EQ_STR(out.data, "4 4950 2000 ['k', 'o']\n");
    rt_state_free(rt);
}

RUN_TESTS(CASE(test_complex_width_past_the_limit), CASE(test_subscript_stores_past_the_limit),
          CASE(test_cache_entries_past_the_limit), CASE(test_genexprs_in_place_past_the_limit))
