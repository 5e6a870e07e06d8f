/* test_files.c: a workload's files: which names are refused and why, the limits, reading a
 * directory (its .py files and packages, nothing else), and the runtime's reader over them. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "host/files.h"
#include "tests/harness.h"

TEST(names)
{
    const char *good[] = {"main.py", "pkg/__init__.py", "a/b/c.py", "ünï.py", "x-y_z.py"};
    for (size_t i = 0; i < sizeof good / sizeof *good; i++)
        CHECK(d_files_name_check(good[i]) == NULL);
    const char *bad[] = {"",        "/etc/x.py", "../x.py", "a/../x.py", "./x.py",
                         "a//b.py", "a/",        ".x/y.py", "x.txt",     "a\\b.py",
                         "c:x.py",  "x\ny.py",   "\xff.py", ".py"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        CHECK(d_files_name_check(bad[i]) != NULL);
    char longname[300];
    memset(longname, 'a', sizeof longname);
    strcpy(longname + 250, ".py");
    CHECK(d_files_name_check(longname) != NULL);
    CHECK(d_files_text_check("x = 1\n", 6) == NULL);
    CHECK(d_files_text_check("x\0y", 3) != NULL);
    CHECK(d_files_text_check("\xc3", 1) != NULL);
}

TEST(limits_and_reader)
{
    d_files_t fs = {0};
    CHECK_EQ_INT(d_files_add(&fs, "m.py", "v = 1\n", 6), 0);
    CHECK_EQ_INT(d_files_add(&fs, "m.py", "", 0), -EEXIST);
    size_t len = 0;
    char *text = d_files_read_source(&fs, "m.py", &len);
    CHECK(text && len == 6 && strcmp(text, "v = 1\n") == 0);
    free(text);
    CHECK(d_files_read_source(&fs, "../m.py", &len) == NULL);
    CHECK(d_files_read_source(&fs, "/etc/passwd", &len) == NULL);
    /* a directory exists when a file lies below it (a namespace package) */
    CHECK_EQ_INT(d_files_add(&fs, "ns/sub/x.py", "", 0), 0);
    len = 7;
    text = d_files_read_source(&fs, "ns/", &len);
    CHECK(text && len == 0);
    free(text);
    text = d_files_read_source(&fs, "ns/sub/", &len);
    CHECK(text && len == 0);
    free(text);
    CHECK(d_files_read_source(&fs, "n/", &len) == NULL);
    CHECK(d_files_read_source(&fs, "m/", &len) == NULL);
    CHECK(d_files_read_source(&fs, "ns/sub/x.py/", &len) == NULL);
    for (int i = 0; i < D_FILES_MAX - 2; i++) {
        char name[32];
        snprintf(name, sizeof name, "f%d.py", i);
        CHECK_EQ_INT(d_files_add(&fs, name, "", 0), 0);
    }
    CHECK_EQ_INT(d_files_add(&fs, "one_more.py", "", 0), -E2BIG);
    d_files_t copy;
    CHECK_EQ_INT(d_files_copy(&copy, &fs), 0);
    CHECK_EQ_INT((long long)copy.count, D_FILES_MAX);
    d_files_dispose(&copy);
    d_files_dispose(&fs);
    CHECK_EQ_INT((long long)fs.count, 0);
}

static void write_file(const char *dir, const char *rel, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

TEST(read_dir)
{
    char dir[] = "/tmp/closured-files-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char sub[600];
    const char *dirs[] = {"pkg", "pkg/inner", "notpkg", ".hidden"};
    for (size_t i = 0; i < 4; i++) {
        snprintf(sub, sizeof sub, "%s/%s", dir, dirs[i]);
        CHECK(mkdir(sub, 0700) == 0);
    }
    write_file(dir, "main.py", "import pkg\n");
    write_file(dir, "notes.txt", "not python\n");
    write_file(dir, "pkg/__init__.py", "");
    write_file(dir, "pkg/inner/__init__.py", "");
    write_file(dir, "pkg/inner/deep.py", "x = 1\n");
    write_file(dir, "notpkg/skipped.py", "y = 2\n");
    write_file(dir, ".hidden/__init__.py", "");
    write_file(dir, "bad.py", "\xff\xfe");
    d_files_t fs = {0};
    CHECK_EQ_INT(d_files_read_dir(&fs, dir), 0);
    CHECK_EQ_INT((long long)fs.count, 4);
    CHECK(d_files_find(&fs, "main.py") != NULL);
    CHECK(d_files_find(&fs, "pkg/__init__.py") != NULL);
    CHECK(d_files_find(&fs, "pkg/inner/__init__.py") != NULL);
    CHECK(d_files_find(&fs, "pkg/inner/deep.py") != NULL);
    CHECK(d_files_find(&fs, "notpkg/skipped.py") == NULL); /* not a package */
    CHECK(d_files_find(&fs, "bad.py") == NULL);            /* not UTF-8 */
    d_files_dispose(&fs);
    CHECK(d_files_read_dir(&fs, "/nonexistent/closured") < 0);
    char cmd[700];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CHECK_EQ_INT(system(cmd), 0);
}

RUN_TESTS(CASE(names), CASE(limits_and_reader), CASE(read_dir))
