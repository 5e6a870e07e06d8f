/* run.c: `closured run FILE.py`: one-shot execution with python3's output
 * and exit status (0 ok, 1 uncaught exception or syntax error, 2 cannot run). */
#include "daemon/run.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host/util.h"
#include "runtime/rt.h"
#include "runtime/rt_inspect.h"

static void report(const rt_error *e)
{
    fflush(stdout);
    if (e && e->traceback)
        fputs(e->traceback, stderr);
    else if (e)
        fprintf(stderr, "%s: %s\n", e->type_name, e->message ? e->message : "");
    fflush(stderr);
}

/* `--stats`: the memory and collector summary, to stderr, after the program. */
static void print_stats(rt_state *rt)
{
    rt_inspect_totals t;
    rt_inspect_gc g;
    rt_inspect_totals_get(rt, &t);
    rt_inspect_gc_get(rt, &g);
    uint64_t pause = 0, longest = 0, collected = 0;
    for (int i = 0; i < RT_GC_GENERATIONS; i++) {
        pause += g.gen[i].pause_ns_total;
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
            "gc pause:       total %.3f ms, longest %.3f ms\n"
            "live closures:  %llu at exit (%llu functions)\n",
            (unsigned long long)t.heap_peak_bytes,
            (unsigned long long)t.refcount_freed_objects_total,
            (unsigned long long)t.refcount_freed_bytes_total,
            (unsigned long long)t.gc_freed_objects_total,
            (unsigned long long)t.gc_freed_bytes_total, (unsigned long long)g.gen[0].collections,
            (unsigned long long)g.gen[1].collections, (unsigned long long)g.gen[2].collections,
            (unsigned long long)collected, (double)pause / 1e6, (double)longest / 1e6,
            (unsigned long long)t.closures, (unsigned long long)t.functions);
}

/* Parses a byte count with an optional binary suffix: 65536, 64K, 64M, 1G.
 * Returns 0, or -1 when the text is not such a count. */
static int parse_bytes(const char *text, size_t *out)
{
    char *end = NULL;
    errno = 0;
    unsigned long long n = strtoull(text, &end, 10);
    if (errno || end == text || text[0] == '-')
        return -1;
    unsigned shift = 0;
    switch (*end) {
    case '\0': break;
    case 'K':
    case 'k':
        shift = 10;
        end++;
        break;
    case 'M':
    case 'm':
        shift = 20;
        end++;
        break;
    case 'G':
    case 'g':
        shift = 30;
        end++;
        break;
    default: return -1;
    }
    if (*end != '\0' || n > (SIZE_MAX >> shift))
        return -1;
    *out = (size_t)(n << shift);
    return 0;
}

int d_run_file(const char *path, int argc, char **argv)
{
    /* closured run [--stats] [--heap-limit BYTES] FILE.py [ARGS]: argv[0] is
     * `path`, the first word after `run`. */
    bool stats = false;
    rt_config cfg = {0};
    int i = 0;
    while (i < argc && argv[i][0] == '-' && argv[i][1] == '-') {
        if (strcmp(argv[i], "--stats") == 0) {
            stats = true;
            i++;
        } else if (strcmp(argv[i], "--heap-limit") == 0 && i + 1 < argc) {
            if (parse_bytes(argv[i + 1], &cfg.heap_limit_bytes) != 0) {
                fprintf(stderr,
                        "closured run: --heap-limit wants a byte count such as 65536, "
                        "64K or 64M, not '%s'\n",
                        argv[i + 1]);
                return 2;
            }
            i += 2;
        } else {
            fprintf(stderr,
                    "closured run: unknown option '%s' (options: --stats, "
                    "--heap-limit BYTES)\n",
                    argv[i]);
            return 2;
        }
    }
    if (i >= argc) {
        fprintf(stderr, "usage: closured run [--stats] [--heap-limit BYTES] FILE.py [ARGS]\n");
        return 2;
    }
    path = argv[i];
    size_t len = 0;
    char *src = d_file_read(path, &len);
    if (!src) {
        fprintf(stderr, "closured: can't open file '%s': [Errno %d] %s\n", path, errno,
                strerror(errno));
        return 2;
    }
    rt_state *rt = rt_state_new(&cfg);
    if (!rt) {
        free(src);
        fprintf(stderr, "closured: out of memory\n");
        return 2;
    }
    int status = 0;
    rt_status st = rt_load(rt, path, src, len);
    free(src);
    if (st == RT_OK) {
        do
            st = rt_run(rt, NULL);
        while (st == RT_YIELD);
    }
    switch (st) {
    case RT_OK:
    case RT_DONE: status = 0; break;
    case RT_ERR_SYNTAX:
    case RT_ERR_RUNTIME:
        report(rt_error_get(rt));
        status = 1;
        break;
    default:
        fflush(stdout);
        fprintf(stderr, "closured: out of memory\n");
        status = 2;
        break;
    }
    fflush(stdout);
    if (stats)
        print_stats(rt);
    rt_state_free(rt);
    return status;
}
