/* test_heapsnapshot_steps.c: a .heapsnapshot written in steps
 * (api_heapsnapshot_writer_step with deadlines already past: every step ends
 * at its first look at the clock) is byte for byte the text written in one
 * go, takes many steps for a heap of tens of thousands of objects, and is
 * well-formed JSON whose counts match the graph. */
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "api/heapsnapshot.h"
#include "host/util.h"
#include "runtime/rt.h"
#include "runtime/rt_inspect.h"
#include "tests/harness.h"

static void quiet(void *ctx, const char *s, size_t n)
{
    (void)ctx;
    (void)s;
    (void)n;
}

/* Closures, cells, lists, dicts, strings needing escapes, and a cycle. */
static const char program[] = "def make(i):\n"
                              "    data = [i, 'x\"\\\\\\n' + str(i)]\n"
                              "    def get():\n"
                              "        return data\n"
                              "    return get\n"
                              "keep = [make(i) for i in range(8000)]\n"
                              "table = {str(i): keep[i] for i in range(0, 8000, 7)}\n"
                              "a = []\n"
                              "a.append(a)\n";

/* The whole text, in steps whose deadline has passed already (1 ns after
 * the epoch of the monotonic clock) or in one go (0); *steps counts them. */
static char *write_all(const rt_graph *g, uint64_t deadline, int *steps, size_t *len)
{
    api_heapsnapshot_writer_t *w = api_heapsnapshot_writer_new(g);
    CHECK(w != NULL);
    if (!w)
        return NULL;
    int rc;
    *steps = 0;
    do {
        rc = api_heapsnapshot_writer_step(w, deadline);
        ++*steps;
        if (rc == 0)
            CHECK(api_heapsnapshot_writer_take(w, len) == NULL); /* not before the end */
    } while (rc == 0 && *steps < 1000000);
    CHECK_EQ_INT(rc, 1);
    char *text = api_heapsnapshot_writer_take(w, len);
    api_heapsnapshot_writer_free(w);
    return text;
}

TEST(steps_write_the_same_text)
{
    rt_config cfg = {0};
    cfg.write_out = quiet;
    cfg.id_key[0] = 3;
    cfg.id_key[1] = 5;
    rt_state *rt = rt_state_new(&cfg);
    CHECK(rt != NULL);
    if (!rt)
        return;
    CHECK_EQ_INT(rt_load(rt, "t.py", program, sizeof program - 1), RT_OK);
    CHECK_EQ_INT(rt_run(rt, NULL), RT_DONE);
    const rt_graph *g = rt_inspect_graph(rt);
    CHECK(g != NULL);
    if (!g) {
        rt_state_free(rt);
        return;
    }
    int whole_steps = 0, steps = 0;
    size_t whole_len = 0, len = 0;
    char *whole = write_all(g, 0, &whole_steps, &whole_len);
    char *stepped = write_all(g, 1, &steps, &len);
    CHECK_EQ_INT(whole_steps, 1);
    /* nodes, edges, locations and strings: a step per 4096 items at most */
    CHECK(steps >= (int)(rt_graph_node_count(g) / 4096));
    CHECK(steps > 10);
    CHECK(whole && stepped && whole_len == len && memcmp(whole, stepped, len) == 0);
    cJSON *doc = whole ? cJSON_ParseWithLength(whole, whole_len) : NULL;
    CHECK(doc != NULL);
    if (doc) {
        cJSON *snap = cJSON_GetObjectItem(doc, "snapshot");
        cJSON *nodes = cJSON_GetObjectItem(doc, "nodes");
        cJSON *strings = cJSON_GetObjectItem(doc, "strings");
        CHECK_EQ_INT((int)cJSON_GetNumberValue(cJSON_GetObjectItem(snap, "node_count")),
                     (int)rt_graph_node_count(g));
        CHECK_EQ_INT(cJSON_GetArraySize(nodes),
                     (int)rt_graph_node_count(g) * API_HEAPSNAPSHOT_NODE_FIELDS);
        CHECK_EQ_INT(cJSON_GetArraySize(strings), (int)rt_graph_string_count(g));
        cJSON_Delete(doc);
    }
    free(whole);
    free(stepped);
    rt_state_free(rt);
}

RUN_TESTS(CASE(steps_write_the_same_text))
