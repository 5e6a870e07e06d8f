/* test_compile.c: the compiler: code object shapes (names, cells, flags,
 * stack sizes), compile-time SyntaxErrors, and the disassembler. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/code.h"
#include "runtime/compile.h"
#include "runtime/dis.h"
#include "runtime/rt.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "tests/harness.h"

static rt_value compile(rt_state *rt, const char *src)
{
    return rt_compile_source(rt, "t.py", src, strlen(src));
}

/* The first code object among c's constants. */
static rt_code *child(rt_value c)
{
    rt_code *code = rt_code_of(c);
    for (uint32_t i = 0; i < code->nconsts; i++)
        if (rt_type_of(code->consts[i]) == RT_T_CODE)
            return rt_code_of(code->consts[i]);
    return NULL;
}

TEST(closure_tables)
{
    rt_state *rt = rt_state_new(NULL);
    rt_value c = compile(rt, "def outer(a, b=2, *args, k, **kw):\n"
                             "    z = 1\n"
                             "    def inner():\n"
                             "        return a + z\n"
                             "    return inner\n");
    CHECK(c != RT_NULL);
    if (c) {
        rt_code *outer = child(c);
        CHECK(outer != NULL);
        if (outer) {
            CHECK_EQ_STR(rt_str_data(outer->name), "outer");
            CHECK_EQ_INT(outer->argcount, 2);
            CHECK_EQ_INT(outer->kwonlyargcount, 1);
            CHECK(outer->flags & RT_CO_VARARGS);
            CHECK(outer->flags & RT_CO_VARKEYWORDS);
            CHECK_EQ_INT(outer->ncellvars, 2);
            CHECK_EQ_STR(rt_str_data(outer->cellvars[0]), "a");
            CHECK_EQ_INT(outer->cell2arg[0], 0);
            rt_code *inner = NULL;
            for (uint32_t i = 0; i < outer->nconsts; i++)
                if (rt_type_of(outer->consts[i]) == RT_T_CODE)
                    inner = rt_code_of(outer->consts[i]);
            CHECK(inner != NULL);
            if (inner) {
                CHECK_EQ_STR(rt_str_data(inner->qualname), "outer.<locals>.inner");
                CHECK_EQ_INT(inner->nfreevars, 2);
                CHECK_EQ_STR(rt_str_data(inner->freevars[0]), "a");
                CHECK_EQ_STR(rt_str_data(inner->freevars[1]), "z");
            }
        }
        rt_decref(rt, c);
    }
    rt_state_free(rt);
}

TEST(comprehension_is_a_function)
{
    rt_state *rt = rt_state_new(NULL);
    rt_value c = compile(rt, "xs = [y * 2 for y in range(3) if y]\n");
    CHECK(c != RT_NULL);
    if (c) {
        rt_code *lc = child(c);
        CHECK(lc != NULL);
        if (lc) {
            CHECK_EQ_STR(rt_str_data(lc->name), "<listcomp>");
            CHECK_EQ_INT(lc->argcount, 1);
            CHECK_EQ_STR(rt_str_data(lc->varnames[0]), ".0");
        }
        rt_decref(rt, c);
    }
    rt_state_free(rt);
}

TEST(stack_and_blocks)
{
    rt_state *rt = rt_state_new(NULL);
    rt_value c = compile(rt, "try:\n"
                             "    try:\n"
                             "        x = (1, 2, (3, 4))\n"
                             "    finally:\n"
                             "        pass\n"
                             "except Exception as e:\n"
                             "    print(e)\n");
    CHECK(c != RT_NULL);
    if (c) {
        rt_code *code = rt_code_of(c);
        CHECK(code->stacksize >= 4);
        CHECK(code->maxblocks >= 2);
        char *buf = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&buf, &len);
        rt_dis(mem, c, 1);
        fclose(mem);
        CHECK(strstr(buf, "SETUP_BLOCK") != NULL);
        CHECK(strstr(buf, "CHECK_EXC_MATCH") != NULL);
        CHECK(strstr(buf, "LOAD_GLOBAL") != NULL);
        free(buf);
        rt_decref(rt, c);
    }
    rt_state_free(rt);
}

TEST(compile_time_errors)
{
    rt_state *rt = rt_state_new(NULL);
    CHECK(compile(rt, "return 1\n") == RT_NULL);
    CHECK(rt->exc == RT_NULL);
    const rt_error *e = rt_error_get(rt);
    CHECK(e && strcmp(e->message, "'return' outside function") == 0);
    CHECK(compile(rt, "break\n") == RT_NULL);
    e = rt_error_get(rt);
    CHECK(e && strcmp(e->message, "'break' outside loop") == 0);
    rt_state_free(rt);
}

RUN_TESTS(CASE(closure_tables), CASE(comprehension_is_a_function), CASE(stack_and_blocks),
          CASE(compile_time_errors))
