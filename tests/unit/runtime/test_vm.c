/* test_vm.c: the VM through the embedding API (rt.h): output, exceptions,
 * tracebacks, slices that yield and resume, recursion limits, tick(). */
#include <stdlib.h>
#include <string.h>

#include "runtime/compile.h"
#include "runtime/dis.h"
#include "runtime/rt.h"
#include "runtime/rt_inspect.h"
#include "runtime/state.h"
#include "tests/harness.h"
#include "tests/unit/runtime/run_harness.h"

static rt_state *new_state(out_buf *o)
{
    rt_config cfg = out_config(o);
    return rt_state_new(&cfg);
}

static rt_status run_src(rt_state *rt, const char *src)
{
    return run_source(rt, "t.py", src);
}

TEST(prints_and_closures)
{
    out_buf o;
    rt_state *rt = new_state(&o);
    CHECK_EQ_INT(run_src(rt, "def mk(n):\n"
                             "    def f(x):\n"
                             "        return x * n\n"
                             "    return f\n"
                             "fs = [mk(i) for i in range(3)]\n"
                             "print([f(10) for f in fs], fs[1].__qualname__)\n"),
                 RT_DONE);
    CHECK_EQ_STR(o.data, "[0, 10, 20] mk.<locals>.f\n");
    rt_state_free(rt);
}

TEST(late_binding_and_nonlocal)
{
    out_buf o;
    rt_state *rt = new_state(&o);
    CHECK_EQ_INT(run_src(rt, "fs = [lambda: i for i in range(3)]\n"
                             "print([f() for f in fs])\n"
                             "def counter():\n"
                             "    c = 0\n"
                             "    def inc():\n"
                             "        nonlocal c\n"
                             "        c += 1\n"
                             "        return c\n"
                             "    return inc\n"
                             "k = counter()\n"
                             "k(); k()\n"
                             "print(k())\n"),
                 RT_DONE);
    CHECK_EQ_STR(o.data, "[2, 2, 2]\n3\n");
    rt_state_free(rt);
}

TEST(try_finally_flow)
{
    out_buf o;
    rt_state *rt = new_state(&o);
    CHECK_EQ_INT(run_src(rt, "def f():\n"
                             "    for i in range(5):\n"
                             "        try:\n"
                             "            if i == 1:\n"
                             "                continue\n"
                             "            if i == 3:\n"
                             "                return i\n"
                             "        finally:\n"
                             "            print('fin', i)\n"
                             "print(f())\n"
                             "try:\n"
                             "    1 / 0\n"
                             "except ZeroDivisionError as e:\n"
                             "    print('caught', e)\n"),
                 RT_DONE);
    CHECK_EQ_STR(o.data, "fin 0\nfin 1\nfin 2\nfin 3\n3\ncaught division by zero\n");
    rt_state_free(rt);
}

TEST(uncaught_traceback)
{
    out_buf o;
    rt_state *rt = new_state(&o);
    CHECK_EQ_INT(run_src(rt, "def f(x):\n"
                             "    return 1 // x\n"
                             "f(0)\n"),
                 RT_ERR_RUNTIME);
    const rt_error *e = rt_error_get(rt);
    CHECK(e != NULL);
    if (e) {
        CHECK_EQ_STR(e->type_name, "ZeroDivisionError");
        CHECK_EQ_INT(e->line, 2);
        CHECK(strstr(e->traceback, "File \"t.py\", line 3, in <module>") != NULL);
        CHECK(strstr(e->traceback, "File \"t.py\", line 2, in f") != NULL);
        CHECK(strstr(e->traceback, "ZeroDivisionError: integer division or modulo by zero") !=
              NULL);
    }
    rt_state_free(rt);
}

/* Copies tb without the source lines (four-space indented): CPython 3.11
 * also prints `^^^` carets under some of them, which closured does not. */
static void frame_lines(const char *tb, char *out, size_t cap)
{
    size_t n = 0;
    while (*tb) {
        const char *eol = strchr(tb, '\n');
        size_t len = eol ? (size_t)(eol - tb) + 1 : strlen(tb);
        if (strncmp(tb, "    ", 4) != 0 && n + len < cap) {
            memcpy(out + n, tb, len);
            n += len;
        }
        tb += len;
    }
    out[n] = 0;
}

TEST(chained_traceback)
{
    out_buf o;
    rt_state *rt = new_state(&o);
    CHECK_EQ_INT(run_src(rt, "def inner(d):\n"
                             "    try:\n"
                             "        return d[\"k\"]\n"
                             "    except KeyError as e:\n"
                             "        raise ValueError(\"bad\") from e\n"
                             "\n"
                             "\n"
                             "def outer():\n"
                             "    try:\n"
                             "        inner({})\n"
                             "    finally:\n"
                             "        1 / 0\n"
                             "\n"
                             "\n"
                             "try:\n"
                             "    outer()\n"
                             "except ZeroDivisionError:\n"
                             "    raise RuntimeError(\"last\")\n"),
                 RT_ERR_RUNTIME);
    /* python3.11 t.py, source lines and carets dropped */
    static const char expected[] =
        "Traceback (most recent call last):\n"
        "  File \"t.py\", line 3, in inner\n"
        "KeyError: 'k'\n"
        "\n"
        "The above exception was the direct cause of the following exception:\n"
        "\n"
        "Traceback (most recent call last):\n"
        "  File \"t.py\", line 10, in outer\n"
        "  File \"t.py\", line 5, in inner\n"
        "ValueError: bad\n"
        "\n"
        "During handling of the above exception, another exception occurred:\n"
        "\n"
        "Traceback (most recent call last):\n"
        "  File \"t.py\", line 16, in <module>\n"
        "  File \"t.py\", line 12, in outer\n"
        "ZeroDivisionError: division by zero\n"
        "\n"
        "During handling of the above exception, another exception occurred:\n"
        "\n"
        "Traceback (most recent call last):\n"
        "  File \"t.py\", line 18, in <module>\n"
        "RuntimeError: last\n";
    const rt_error *e = rt_error_get(rt);
    CHECK(e != NULL);
    if (e) {
        CHECK_EQ_STR(e->type_name, "RuntimeError");
        CHECK(strstr(e->traceback, "    raise RuntimeError(\"last\")\n") != NULL);
        char got[4096];
        frame_lines(e->traceback, got, sizeof got);
        CHECK_EQ_STR(got, expected);
    }
    rt_state_free(rt);
}

TEST(syntax_error)
{
    out_buf o;
    rt_state *rt = new_state(&o);
    const char *src = "x = (1,\n";
    CHECK_EQ_INT(rt_load(rt, "t.py", src, strlen(src)), RT_ERR_SYNTAX);
    const rt_error *e = rt_error_get(rt);
    CHECK(e && strcmp(e->type_name, "SyntaxError") == 0);
    rt_state_free(rt);
}

TEST(infinite_loop_yields_and_resumes)
{
    out_buf o;
    rt_state *rt = new_state(&o);
    const char *src = "i = 0\nwhile True:\n    i += 1\n";
    CHECK_EQ_INT(rt_load(rt, "t.py", src, strlen(src)), RT_OK);
    rt_budget b = {1000, 0};
    for (int k = 0; k < 5; k++)
        CHECK_EQ_INT(rt_run(rt, &b), RT_YIELD);
    rt_budget t = {0, 2000000}; /* 2 ms */
    CHECK_EQ_INT(rt_run(rt, &t), RT_YIELD);
    rt_state_free(rt); /* frees a state with a suspended frame */
}

TEST(yield_inside_calls_resumes_correctly)
{
    out_buf o;
    rt_state *rt = new_state(&o);
    const char *src = "def fib(n):\n"
                      "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
                      "print(fib(18))\n";
    CHECK_EQ_INT(rt_load(rt, "t.py", src, strlen(src)), RT_OK);
    rt_budget b = {100, 0};
    int yields = 0;
    rt_status st;
    while ((st = rt_run(rt, &b)) == RT_YIELD)
        yields++;
    CHECK_EQ_INT(st, RT_DONE);
    CHECK(yields > 10);
    CHECK_EQ_STR(o.data, "2584\n");
    rt_state_free(rt);
}

TEST(deep_recursion_raises)
{
    out_buf o;
    rt_state *rt = new_state(&o);
    CHECK_EQ_INT(run_src(rt, "import sys\n"
                             "def f(n):\n"
                             "    return f(n + 1)\n"
                             "try:\n"
                             "    f(0)\n"
                             "except RecursionError as e:\n"
                             "    print(e)\n"
                             "sys.setrecursionlimit(50)\n"
                             "def g(n):\n"
                             "    try:\n"
                             "        return g(n + 1)\n"
                             "    except RecursionError:\n"
                             "        return n\n"
                             "print(g(1))\n"
                             "sys.setrecursionlimit(100000)\n"
                             "def h(n):\n"
                             "    return list(map(lambda x: h(x + 1), [n]))\n"
                             "try:\n"
                             "    h(0)\n"
                             "except RecursionError:\n"
                             "    print('nested ok')\n"),
                 RT_DONE);
    CHECK_EQ_STR(o.data, "maximum recursion depth exceeded\n49\nnested ok\n");
    rt_state_free(rt);
}

TEST(tick_calls)
{
    out_buf o;
    rt_state *rt = new_state(&o);
    CHECK_EQ_INT(run_src(rt, "n = 0\n"
                             "def tick():\n"
                             "    global n\n"
                             "    n += 1\n"
                             "    print('tick', n)\n"),
                 RT_DONE);
    CHECK_EQ_INT(rt_has_global_function(rt, "tick"), 1);
    CHECK_EQ_INT(rt_has_global_function(rt, "nope"), 0);
    for (int i = 0; i < 2; i++) {
        CHECK_EQ_INT(rt_call_global(rt, "tick"), RT_OK);
        CHECK_EQ_INT(rt_run(rt, NULL), RT_DONE);
    }
    CHECK_EQ_STR(o.data, "tick 1\ntick 2\n");
    CHECK_EQ_INT(rt_call_global(rt, "nope"), RT_ERR_RUNTIME);
    rt_state_free(rt);
}

/* What the top level promises before it runs: a def, an assignment or an
 * import of the name at module level (not inside a function). */
TEST(top_level_assigns)
{
    out_buf o;
    rt_state *rt = new_state(&o);
    const char *src = "import gc\n"
                      "if True:\n"
                      "    def tick():\n"
                      "        global late\n"
                      "        late = 1\n"
                      "x = 1\n";
    CHECK_EQ_INT(rt_load(rt, "t.py", src, strlen(src)), RT_OK);
    CHECK_EQ_INT(rt_top_level_assigns(rt, "tick"), 1);
    CHECK_EQ_INT(rt_top_level_assigns(rt, "x"), 1);
    CHECK_EQ_INT(rt_top_level_assigns(rt, "gc"), 1);
    CHECK_EQ_INT(rt_top_level_assigns(rt, "late"), 0);
    CHECK_EQ_INT(rt_top_level_assigns(rt, "tic"), 0);
    CHECK_EQ_INT(rt_has_global_function(rt, "tick"), 0); /* not run yet */
    CHECK_EQ_INT(rt_run(rt, NULL), RT_DONE);
    CHECK_EQ_INT(rt_has_global_function(rt, "tick"), 1);
    CHECK_EQ_INT(rt_top_level_assigns(rt, "tick"), 0); /* nothing pending */
    rt_state_free(rt);
}

/* The number of instructions of src's module code (its disassembly's lines
 * after the heading). */
static uint64_t insn_count(const char *src)
{
    rt_state *rt = rt_state_new(NULL);
    rt_value code = rt_compile_source(rt, "n.py", src, strlen(src));
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    rt_dis(mem, code, 0);
    fclose(mem);
    uint64_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += text[i] == '\n';
    n -= strncmp(text, "Disassembly of", 14) == 0; /* the heading line */
    free(text);
    rt_decref(rt, code);
    rt_state_free(rt);
    return n;
}

static uint64_t instructions(rt_state *rt)
{
    rt_inspect_totals t;
    rt_inspect_totals_get(rt, &t);
    return t.instructions_total;
}

/* instructions_total counts every executed instruction: straight-line code
 * (no loop, no call) as much as loops, in slices and in tick(). */
TEST(instructions_counted_exactly)
{
    out_buf o;
    const char *straight = "a = 1\nb = a + 2\nc = [a, b]\nd = {'k': c}\n";
    rt_state *rt = new_state(&o);
    CHECK_EQ_INT(run_src(rt, straight), RT_DONE);
    uint64_t want = insn_count(straight);
    CHECK(want >= 10);
    CHECK_EQ_INT((long long)instructions(rt), (long long)want);
    rt_state_free(rt);

    /* a loop: the same count whether the slices are unlimited or 7 long */
    const char *loop = "t = 0\nfor i in range(50):\n    t += i\n";
    rt = new_state(&o);
    CHECK_EQ_INT(run_src(rt, loop), RT_DONE);
    uint64_t whole = instructions(rt);
    rt_state_free(rt);
    rt = new_state(&o);
    CHECK_EQ_INT(rt_load(rt, "t.py", loop, strlen(loop)), RT_OK);
    rt_budget b = {7, 0};
    rt_status st;
    int slices = 0;
    while ((st = rt_run(rt, &b)) == RT_YIELD)
        slices++;
    CHECK_EQ_INT(st, RT_DONE);
    CHECK(slices > 10);
    CHECK_EQ_INT((long long)instructions(rt), (long long)whole);
    rt_state_free(rt);

    /* a tick without a loop: five assignments, LOAD_CONST + STORE_FAST each,
     * then LOAD_CONST None + RETURN_VALUE: 12 per call, every call */
    rt = new_state(&o);
    CHECK_EQ_INT(run_src(rt, "def tick():\n    a = 1\n    b = 2\n    c = 3\n    d = 4\n"
                             "    e = 5\n"),
                 RT_DONE);
    uint64_t before = instructions(rt);
    for (int i = 1; i <= 3; i++) {
        CHECK_EQ_INT(rt_call_global(rt, "tick"), RT_OK);
        CHECK_EQ_INT(rt_run(rt, NULL), RT_DONE);
        CHECK_EQ_INT((long long)(instructions(rt) - before), 12LL * i);
    }
    rt_state_free(rt);
}

/* A class's namespace written behind setattr's back (CPython crashes on
 * this; closured stops caching that class's lookups): the next lookup, from
 * the class and from a subclass whose lookup was cached, sees the write. */
TEST(class_dict_written_through_referents)
{
    out_buf o;
    rt_state *rt = new_state(&o);
    CHECK_EQ_INT(run_src(rt, "import gc\n"
                             "class A:\n"
                             "    def f(self):\n"
                             "        return 'A.f'\n"
                             "class B(A):\n"
                             "    pass\n"
                             "b = B()\n"
                             "print(b.f(), b.f())\n"
                             "for ref in gc.get_referents(A):\n"
                             "    if type(ref) is dict and 'f' in ref:\n"
                             "        ref['f'] = lambda self: 'patched'\n"
                             "print(b.f(), A().f(), type(A.__dict__).__name__)\n"
                             "try:\n"
                             "    A.__dict__['f'] = None\n"
                             "except TypeError as e:\n"
                             "    print(e)\n"),
                 RT_DONE);
    CHECK_EQ_STR(o.data, "A.f A.f\npatched patched mappingproxy\n"
                         "'mappingproxy' object does not support item assignment\n");
    rt_state_free(rt);
}

RUN_TESTS(CASE(prints_and_closures), CASE(class_dict_written_through_referents),
          CASE(late_binding_and_nonlocal), CASE(try_finally_flow), CASE(uncaught_traceback),
          CASE(chained_traceback), CASE(syntax_error), CASE(infinite_loop_yields_and_resumes),
          CASE(yield_inside_calls_resumes_correctly), CASE(deep_recursion_raises), CASE(tick_calls),
          CASE(instructions_counted_exactly), CASE(top_level_assigns))
