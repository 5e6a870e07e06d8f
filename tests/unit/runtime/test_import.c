/* test_import.c: the import system through the embedding API: modules come
 * only from the embedder's source reader (a table in memory here, the way
 * the daemon serves a workload's files), the frozen library and the native
 * table; the runtime opens no file; what a reader refuses does not exist. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/rt.h"
#include "tests/harness.h"
#include "tests/unit/runtime/run_harness.h"

/* The workload's files: path -> text, under the directory /w. */
static const char *const files[][2] = {
    {"/w/util.py", "def twice(f):\n    return lambda x: f(f(x))\nNAME = __name__\n"},
    {"/w/pkg/__init__.py", "from .inner import VALUE\n"},
    {"/w/pkg/inner.py", "VALUE = 41 + 1\n"},
    {NULL, NULL},
};

static int reads; /* how many paths the runtime asked for */

static char *read_source(void *ctx, const char *path, size_t *len)
{
    (void)ctx;
    reads++;
    for (int i = 0; files[i][0]; i++)
        if (strcmp(files[i][0], path) == 0) {
            *len = strlen(files[i][1]);
            char *p = malloc(*len + 1);
            if (p)
                memcpy(p, files[i][1], *len + 1);
            return p;
        }
    return NULL;
}

static rt_state *new_state(out_buf *o, bool with_reader)
{
    rt_config cfg = out_config(o);
    if (with_reader)
        cfg.read_source = read_source;
    return rt_state_new(&cfg);
}

static rt_status run_src(rt_state *rt, const char *src)
{
    return run_source(rt, "/w/main.py", src);
}

TEST(imports_from_the_reader)
{
    out_buf o;
    rt_state *rt = new_state(&o, true);
    reads = 0;
    CHECK_EQ_INT(run_src(rt,
                         "import sys, util\n"
                         "from pkg import VALUE\n"
                         "print(sys.path[0], util.NAME, util.twice(lambda x: x * 3)(2), VALUE)\n"
                         "print(util)\n"),
                 RT_DONE);
    CHECK_EQ_STR(o.data, "/w util 18 42\n<module 'util' from '/w/util.py'>\n");
    CHECK(reads > 0);
    rt_state_free(rt);
}

TEST(missing_file_is_module_not_found)
{
    out_buf o;
    rt_state *rt = new_state(&o, true);
    CHECK_EQ_INT(run_src(rt, "import secret\n"), RT_ERR_RUNTIME);
    const rt_error *e = rt_error_get(rt);
    CHECK(e != NULL);
    CHECK_EQ_STR(e->type_name, "ModuleNotFoundError");
    CHECK_EQ_STR(e->message, "No module named 'secret'");
    rt_state_free(rt);
}

TEST(no_reader_no_files)
{
    /* without a reader only native (and frozen) modules exist: the files of
     * the table are never asked for */
    out_buf o;
    rt_state *rt = new_state(&o, false);
    reads = 0;
    CHECK_EQ_INT(run_src(rt, "import gc\nimport util\n"), RT_ERR_RUNTIME);
    CHECK_EQ_STR(rt_error_get(rt)->message, "No module named 'util'");
    CHECK_EQ_INT(reads, 0);
    rt_state_free(rt);
}

TEST(traceback_names_module_file)
{
    out_buf o;
    rt_state *rt = new_state(&o, true);
    CHECK_EQ_INT(run_src(rt, "import util\nutil.twice(None)(1)\n"), RT_ERR_RUNTIME);
    const rt_error *e = rt_error_get(rt);
    CHECK(e && strstr(e->traceback, "File \"/w/util.py\", line 2, in <lambda>\n"
                                    "    return lambda x: f(f(x))\n"));
    rt_state_free(rt);
}

RUN_TESTS(CASE(imports_from_the_reader), CASE(missing_file_is_module_not_found),
          CASE(no_reader_no_files), CASE(traceback_names_module_file))
