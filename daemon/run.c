/* run.c: `closured run FILE.py`: one-shot execution with python3's output
 * and exit status (0 ok, 1 uncaught exception or syntax error, 2 cannot run). */
#include "daemon/run.h"

#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "host/util.h"
#include "runtime/rt.h"
#include "runtime/rt_inspect.h"
#include "runtime/source_coding.h"

extern char **environ; /* POSIX: the process environment, for os.environ */

static void report(const rt_error *e)
{
    fflush(stdout);
    if (e && e->traceback)
        fputs(e->traceback, stderr);
    else if (e)
        fprintf(stderr, "%s: %s\n", e->type_name, e->message ? e->message : "");
    fflush(stderr);
}

/* The source files `import` may read (rt_source_fn): any regular file. The
 * runtime asks only for NAME.py and NAME/__init__.py under sys.path, which
 * starts as the script's directory, and whether NAME/ is a directory (a
 * namespace package), answered by an empty buffer. */
static char *read_source(void *ctx, const char *path, size_t *len)
{
    (void)ctx;
    struct stat st;
    size_t n = strlen(path);
    if (n > 1 && path[n - 1] == '/') {
        if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
            return NULL;
        *len = 0;
        return calloc(1, 1);
    }
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return NULL;
    char *src = d_file_read(path, len);
    /* a module declaring latin-1, iso-8859-15 or cp1252 is read as UTF-8 text
     * (one whose declaration cannot hold is left to the parser's check) */
    char *text, problem[80];
    size_t textlen;
    if (src && rt_source_recode(src, *len, &text, &textlen, problem, sizeof problem) == 1) {
        free(src);
        src = text;
        *len = textlen;
    }
    return src;
}

/* Standard input's lines (rt_config.read_line): the next line of stdin with
 * its newline, or NULL at its end. Whatever the program printed (a prompt) is
 * flushed first, as python3 does before it reads. */
static char *read_line(void *ctx, size_t *len)
{
    (void)ctx;
    fflush(stdout);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) {
        free(line);
        return NULL;
    }
    *len = (size_t)n;
    return line;
}

/* The script's absolute path, as python3 names it in tracebacks and
 * __file__ (and whose directory is sys.path[0]): path itself when absolute,
 * else the working directory joined with it. NULL when out of memory. */
static char *absolute(const char *path)
{
    if (path[0] == '/')
        return d_strdup(path);
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd))
        return d_strdup(path);
    while (path[0] == '.' && path[1] == '/')
        path += 2;
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s%s%s", cwd, strcmp(cwd, "/") == 0 ? "" : "/", path);
    return p;
}

/* `--stats`: the memory and collector summary, to stderr, after the program. */
static void print_stats(rt_state *rt)
{
    rt_inspect_totals t;
    rt_inspect_gc g;
    rt_inspect_totals_get(rt, &t);
    rt_inspect_gc_get(rt, &g);
    uint64_t pause = 0, cpu = 0, longest = 0, collected = 0;
    for (int i = 0; i < RT_GC_GENERATIONS; i++) {
        pause += g.gen[i].pause_ns_total;
        cpu += g.gen[i].pause_cpu_ns_total;
        collected += g.gen[i].collected;
        if (g.gen[i].pause_ns_max > longest)
            longest = g.gen[i].pause_ns_max;
    }
    fflush(stdout);
    fprintf(stderr,
            "--- closured stats ---\n"
            "peak heap:      %llu bytes\n"
            "freed:          %llu objects (%llu bytes) by refcounting, "
            "%llu objects (%llu bytes) by the collector\n"
            "collections:    gen0 %llu, gen1 %llu, gen2 %llu (%llu unreachable found)\n"
            "gc pause:       total %.3f ms (%.3f ms CPU), longest %.3f ms (wall clock)\n"
            "live closures:  %llu at exit (%llu functions)\n",
            (unsigned long long)t.heap_peak_bytes,
            (unsigned long long)t.refcount_freed_objects_total,
            (unsigned long long)t.refcount_freed_bytes_total,
            (unsigned long long)t.gc_freed_objects_total,
            (unsigned long long)t.gc_freed_bytes_total, (unsigned long long)g.gen[0].collections,
            (unsigned long long)g.gen[1].collections, (unsigned long long)g.gen[2].collections,
            (unsigned long long)collected, (double)pause / 1e6, (double)cpu / 1e6,
            (double)longest / 1e6, (unsigned long long)t.closures, (unsigned long long)t.functions);
}

#define RUN_USAGE                                                                                  \
    "usage: closured run [--stats] [--heap-limit SIZE] [--slice N] FILE.py [ARGS...]\n"

static void run_usage(FILE *out)
{
    fputs(RUN_USAGE "\n"
                    "Runs FILE.py once, like python3 FILE.py ARGS: the same output, tracebacks on\n"
                    "stderr, exit status 0, 1 on an uncaught exception, or sys.exit's status.\n"
                    "sys.argv is [FILE.py, ARGS...].\n"
                    "\n"
                    "options (before FILE.py):\n"
                    "  --stats             print the heap and collector summary to stderr at exit\n"
                    "  --heap-limit SIZE   the script's heap limit; over it, MemoryError. SIZE is\n"
                    "                      bytes or a binary multiple: 65536, 64K, 4M, 64MiB, 1G\n"
                    "                      (K = KiB = 1024). 0 or none given: no limit. A limit\n"
                    "                      below what the runtime itself needs to start is\n"
                    "                      refused with that figure.\n"
                    "  --slice N           run in slices of N instructions, as the daemon runs\n"
                    "                      a workload (the output is the same; a test switch)\n"
                    "  -h, --help          this text\n",
          out);
}

/* Parses a size: decimal bytes with an optional binary suffix K, M, G, in
 * any case, optionally followed by "iB" or "B" (65536, 64K, 64MiB, 1g).
 * Returns 0, or -1 when the text is not such a size. */
int d_run_parse_size(const char *text, size_t *out)
{
    char *end = NULL;
    errno = 0;
    unsigned long long n = strtoull(text, &end, 10);
    if (errno || end == text || text[0] == '-' || text[0] == '+' || text[0] == ' ')
        return -1;
    unsigned shift = 0;
    switch (*end) {
    case '\0': break;
    case 'K':
    case 'k': shift = 10; break;
    case 'M':
    case 'm': shift = 20; break;
    case 'G':
    case 'g': shift = 30; break;
    default: return -1;
    }
    if (shift) {
        end++;
        if (strcmp(end, "iB") == 0 || strcmp(end, "B") == 0)
            end += strlen(end);
    }
    if (*end != '\0' || n > (SIZE_MAX >> shift))
        return -1;
    *out = (size_t)(n << shift);
    return 0;
}

/* The bytes a runtime holds before it runs anything (its types, builtins
 * and modules): a heap limit below it cannot start. 0 when unknown. */
static size_t boot_bytes(void)
{
    rt_state *rt = rt_state_new(NULL);
    if (!rt)
        return 0;
    rt_inspect_totals t;
    rt_inspect_totals_get(rt, &t);
    rt_state_free(rt);
    return (size_t)t.heap_bytes;
}

/* Between two slices of --slice: waits until the time time.sleep asked for
 * (CLOCK_MONOTONIC ns, 0 for none). Returns true. */
static bool sleep_until(uint64_t deadline)
{
    for (uint64_t now = d_now_ns(); deadline > now; now = d_now_ns()) {
        struct timespec ts = {.tv_sec = (time_t)((deadline - now) / 1000000000u),
                              .tv_nsec = (long)((deadline - now) % 1000000000u)};
        nanosleep(&ts, NULL);
    }
    return true;
}

/* Reports how a script ended and returns the exit status python3 gives;
 * *sigint is set when it ended in KeyboardInterrupt, after which python3
 * ends by its own SIGINT (its parent sees the signal; a shell prints 130). */
static int finish(rt_state *rt, rt_status st, bool *sigint)
{
    const rt_error *e;
    switch (st) {
    case RT_OK:
    case RT_DONE: return 0;
    case RT_ERR_SYNTAX:
    case RT_ERR_RUNTIME:
        e = rt_error_get(rt);
        if (e && e->is_exit) {
            /* SystemExit: no traceback; a non-int code is printed */
            fflush(stdout);
            if (e->exit_print)
                fprintf(stderr, "%s\n", e->message);
            return e->exit_status;
        }
        report(e);
        *sigint = e && e->type_name && strcmp(e->type_name, "KeyboardInterrupt") == 0;
        return 1;
    default:
        fflush(stdout);
        fprintf(stderr, "closured: out of memory\n");
        return 2;
    }
}

int d_run_file(int argc, char **argv)
{
    /* closured run [--stats] [--heap-limit SIZE] [--slice N] FILE.py [ARGS]: argv[0] is
     * the first word after `run`; the options end at the script's path. */
    bool stats = false;
    rt_budget slice = {0}; /* --slice: the budget of each rt_run */
    rt_config cfg = {0};
    int i = 0;
    while (i < argc && argv[i][0] == '-') {
        const char *arg = argv[i];
        const char *limit = NULL;
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            run_usage(stdout);
            return 0;
        } else if (strcmp(arg, "--stats") == 0) {
            stats = true;
        } else if (strcmp(arg, "--slice") == 0) {
            char *end = NULL;
            unsigned long long n = i + 1 < argc ? strtoull(argv[i + 1], &end, 10) : 0;
            if (!n || !end || *end || argv[i + 1][0] == '-') {
                fprintf(stderr,
                        "closured run: --slice needs a number of instructions (1 or more)\n");
                return 2;
            }
            slice.instructions = n;
            i++;
        } else if (strncmp(arg, "--heap-limit=", 13) == 0) {
            limit = arg + 13;
        } else if (strcmp(arg, "--heap-limit") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "closured run: --heap-limit needs a size (65536, 64K, 4M, 0)\n");
                return 2;
            }
            limit = argv[++i];
        } else {
            fprintf(stderr, "closured run: unknown option '%s' (see closured run --help)\n", arg);
            return 2;
        }
        if (limit && d_run_parse_size(limit, &cfg.heap_limit_bytes) != 0) {
            fprintf(stderr,
                    "closured run: --heap-limit wants a size such as 65536, 64K, 4M or 64MiB "
                    "(0 = no limit), not '%s'\n",
                    limit);
            return 2;
        }
        i++;
    }
    if (i >= argc) {
        fputs(RUN_USAGE, stderr);
        return 2;
    }
    const char *path = argv[i];
    size_t len = 0;
    char *src = d_file_read(path, &len);
    if (!src) {
        fprintf(stderr, "closured: can't open file '%s': [Errno %d] %s\n", path, errno,
                strerror(errno));
        return 2;
    }
    char *text, problem[80];
    size_t textlen;
    switch (rt_source_recode(src, len, &text, &textlen, problem, sizeof problem)) {
    case 1: /* declared latin-1, iso-8859-15 or cp1252: the program as UTF-8 text */
        free(src);
        src = text;
        len = textlen;
        break;
    case -1: /* as python3 reports a declaration that cannot hold */
        fprintf(stderr, "SyntaxError: encoding problem: %s\n", problem);
        free(src);
        return 1;
    case -2:
        fprintf(stderr, "closured: out of memory\n");
        free(src);
        return 2;
    default: break;
    }
    cfg.read_source = read_source;
    cfg.read_line = read_line;
    cfg.argc = argc - i;
    cfg.argv = (const char *const *)(argv + i);
    /* `closured run` is the user's own program, like python3 FILE.py: os.environ and
     * os.getcwd() are the process's (a daemon workload gets neither) */
    char *cwd = getcwd(NULL, 0);
    cfg.env = (const char *const *)environ;
    cfg.cwd = cwd;
    d_id_key(cfg.id_key);
    rt_state *rt = rt_state_new(&cfg);
    free(cwd);
    if (!rt) {
        free(src);
        size_t need = cfg.heap_limit_bytes ? boot_bytes() : 0;
        if (need > cfg.heap_limit_bytes)
            fprintf(stderr,
                    "closured run: --heap-limit %zu is below the %zu bytes the runtime needs "
                    "before the script starts; give at least %zuK (or 0 for no limit)\n",
                    cfg.heap_limit_bytes, need, (need >> 10) + 64);
        else
            fprintf(stderr, "closured: out of memory\n");
        return 2;
    }
    char *abs = absolute(path);
    rt_status st = abs ? rt_load(rt, abs, src, len) : RT_ERR_MEMORY;
    free(abs);
    free(src);
    if (st == RT_OK) {
        do
            st = rt_run(rt, &slice);
        while (st == RT_YIELD && sleep_until(rt_sleep_deadline(rt)));
    }
    bool sigint = false;
    int status = finish(rt, st, &sigint);
    rt_run_exit_finalizers(rt);
    fflush(stdout);
    if (stats)
        print_stats(rt);
    rt_state_free(rt);
    if (sigint) {
        fflush(stderr);
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
        return 128 + SIGINT; /* the signal was blocked: the number a shell would show */
    }
    return status;
}
