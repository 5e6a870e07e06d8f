/* test_store.c: atomic save, load in name order, delete, skip of invalid files, persistence off. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "host/store.h"
#include "tests/harness.h"

typedef struct seen {
    int n;
    char names[8][32];
    char sources[8][64];
    int ticks[8];
} seen_t;

static void collect(void *ctx, const d_store_record_t *rec)
{
    seen_t *s = ctx;
    if (s->n < 8) {
        snprintf(s->names[s->n], 32, "%s", rec->name);
        snprintf(s->sources[s->n], 64, "%.*s", (int)rec->source_len, rec->source);
        s->ticks[s->n] = rec->tick_ms;
        s->n++;
    }
}

TEST(round_trip)
{
    char dir[] = "/tmp/closured-store-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char sub[128];
    snprintf(sub, sizeof sub, "%s/state", dir);
    d_log_t log;
    d_log_init(&log, stderr, D_LOG_ERROR);
    d_store_t st;
    CHECK_EQ_INT(d_store_init(&st, sub, &log), 0);
    d_store_record_t b = {"beta", "print('b')\n", 11, 50, 0, NULL, NULL};
    d_store_record_t a = {"alpha", "x = \"q\"\n", 8, 0, 1 << 20, NULL, NULL};
    CHECK_EQ_INT(d_store_save(&st, &b), 0);
    CHECK_EQ_INT(d_store_save(&st, &a), 0);
    b.source = "print('b2')\n";
    b.source_len = 12;
    CHECK_EQ_INT(d_store_save(&st, &b), 0); /* overwrite */
    char junk[160];
    snprintf(junk, sizeof junk, "%s/junk.workload.json", sub);
    FILE *f = fopen(junk, "w");
    fputs("{oops", f);
    fclose(f);

    seen_t s;
    memset(&s, 0, sizeof s);
    CHECK_EQ_INT(d_store_load(&st, collect, &s), 2);
    CHECK_EQ_INT(s.n, 2);
    CHECK_EQ_STR(s.names[0], "alpha");
    CHECK_EQ_STR(s.sources[0], "x = \"q\"\n");
    CHECK_EQ_STR(s.names[1], "beta");
    CHECK_EQ_STR(s.sources[1], "print('b2')\n");
    CHECK_EQ_INT(s.ticks[1], 50);

    CHECK_EQ_INT(d_store_delete(&st, "beta"), 0);
    CHECK_EQ_INT(d_store_delete(&st, "beta"), 0); /* absent is fine */
    memset(&s, 0, sizeof s);
    CHECK_EQ_INT(d_store_load(&st, collect, &s), 1);
    d_store_dispose(&st);

    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    CHECK_EQ_INT(system(cmd), 0);
}

TEST(off)
{
    d_store_t st;
    CHECK_EQ_INT(d_store_init(&st, NULL, NULL), 0);
    d_store_record_t r = {"a", "x", 1, 0, 0, NULL, NULL};
    CHECK_EQ_INT(d_store_save(&st, &r), 0);
    CHECK_EQ_INT(d_store_delete(&st, "a"), 0);
    CHECK_EQ_INT(d_store_load(&st, collect, NULL), 0);
    d_store_dispose(&st);
}

static void collect_files(void *ctx, const d_store_record_t *rec)
{
    d_files_t *out = ctx;
    if (rec->files && rec->main && strcmp(rec->main, "run.py") == 0)
        d_files_copy(out, rec->files);
}

/* An upload of several files keeps every file and its main; a hand-edited
 * record whose file name escapes the workload is skipped. */
TEST(files)
{
    char dir[] = "/tmp/closured-store-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    d_log_t log;
    d_log_init(&log, stderr, D_LOG_ERROR);
    d_store_t st;
    CHECK_EQ_INT(d_store_init(&st, dir, &log), 0);
    d_files_t fs = {0};
    CHECK_EQ_INT(d_files_add(&fs, "run.py", "import pkg.m\n", 13), 0);
    CHECK_EQ_INT(d_files_add(&fs, "pkg/__init__.py", "", 0), 0);
    CHECK_EQ_INT(d_files_add(&fs, "pkg/m.py", "v = 'é'\n", 9), 0);
    d_store_record_t r = {"multi", "import pkg.m\n", 13, 0, 0, &fs, "run.py"};
    CHECK_EQ_INT(d_store_save(&st, &r), 0);
    char path[400];
    snprintf(path, sizeof path, "%s/evil.workload.json", dir);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (f) {
        fputs("{\"name\": \"evil\", \"source\": \"\", \"main\": \"main.py\", "
              "\"files\": {\"main.py\": \"\", \"../../etc/x.py\": \"\"}}",
              f);
        fclose(f);
    }
    d_files_t back = {0};
    CHECK_EQ_INT(d_store_load(&st, collect_files, &back), 1);
    CHECK_EQ_INT((long long)back.count, 3);
    const d_file_t *m = d_files_find(&back, "pkg/m.py");
    CHECK(m && m->len == 9 && memcmp(m->text, "v = 'é'\n", 9) == 0);
    d_files_dispose(&back);
    d_files_dispose(&fs);
    d_store_dispose(&st);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    CHECK_EQ_INT(system(cmd), 0);
}

RUN_TESTS(CASE(round_trip), CASE(off), CASE(files))
