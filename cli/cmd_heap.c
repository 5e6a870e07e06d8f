/* cmd_heap.c: `closured gc NAME`, `closured mark NAME`, `closured diff NAME A B`,
 * `closured heap NAME -o FILE`: the collector on demand, heap marks and their diffs, and the
 * DevTools heap snapshot. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"
#include "cli/table.h"

int cli_cmd_gc(cli_t *c)
{
    long gen = 2;
    int rc = cli_opt_int(c, "--generation", 0, 2, &gen);
    if (rc != CLI_OK)
        return rc;
    char path[512], body[32];
    if (!cli_workload_path(c->args[0], "/gc", path, sizeof path))
        return cli_fail(c, CLI_USAGE, "workload name too long");
    snprintf(body, sizeof body, "{\"generation\":%ld}", gen);
    cJSON *j;
    if ((rc = cli_call(c, "POST", path, body, &j)) != CLI_OK)
        return rc;
    if (!cli_json_out(c, j)) {
        char before[16], after[16];
        fprintf(
            c->out,
            "collected generation %ld of %s: examined %.0f, collected %.0f, uncollectable %.0f, "
            "pause %.3f ms, heap %s -> %s\n",
            gen, c->args[0], cli_num(j, "examined"), cli_num(j, "collected"),
            cli_num(j, "uncollectable"), cli_num(j, "pause_seconds") * 1e3,
            cli_fmt_bytes(cli_num(j, "heap_bytes_before"), before, sizeof before),
            cli_fmt_bytes(cli_num(j, "heap_bytes_after"), after, sizeof after));
    }
    cJSON_Delete(j);
    return CLI_OK;
}

int cli_cmd_mark(cli_t *c)
{
    char path[512];
    if (!cli_workload_path(c->args[0], "/snapshots", path, sizeof path))
        return cli_fail(c, CLI_USAGE, "workload name too long");
    cJSON *j;
    int rc = cli_call(c, "POST", path, NULL, &j);
    if (rc != CLI_OK)
        return rc;
    if (!cli_json_out(c, j)) {
        char heap[16];
        fprintf(c->out, "mark %.0f of %s: heap %s in %.0f objects, %.0f sites, %.0f types\n",
                cli_num(j, "id"), c->args[0],
                cli_fmt_bytes(cli_num(j, "heap_bytes"), heap, sizeof heap),
                cli_num(j, "heap_objects"), cli_num(j, "sites"), cli_num(j, "types"));
        if (!isnan(cli_num(j, "evicted")))
            fprintf(c->out, "(mark %.0f was dropped to make room)\n", cli_num(j, "evicted"));
    }
    cJSON_Delete(j);
    return CLI_OK;
}

/* "+1.5 KiB" / "-512 B" / "0 B". */
static const char *signed_bytes(double v, char *buf, size_t n)
{
    if (isnan(v))
        return "-";
    cli_fmt_bytes(fabs(v), buf + 1, n - 1);
    buf[0] = v > 0 ? '+' : v < 0 ? '-' : ' ';
    return v == 0 ? buf + 1 : buf;
}

static const char *signed_int(double v, char *buf, size_t n)
{
    snprintf(buf, n, v > 0 ? "+%.0f" : "%.0f", v);
    return buf;
}

static const cli_column_t diff_cols[] = {
    {"STATUS", CLI_LEFT},   {"KEY", CLI_LEFT},      {"COUNT A", CLI_RIGHT},
    {"COUNT B", CLI_RIGHT}, {"COUNT Δ", CLI_RIGHT}, {"BYTES Δ", CLI_RIGHT},
};

static void diff_table(cli_t *c, const cJSON *rows, const char *key, const char *title)
{
    fprintf(c->out, "\n%s\n", title);
    cli_table_t t;
    cli_table_init(&t, diff_cols, sizeof diff_cols / sizeof diff_cols[0], c->color);
    const cJSON *r;
    cJSON_ArrayForEach(r, rows)
    {
        char ca[24], cb[24], cd[24], bd[24];
        const char *status = cli_str(r, "status");
        const char *cells[] = {
            status,
            cli_str(r, key),
            cli_fmt_int(cli_num(r, "count_a"), ca, sizeof ca),
            cli_fmt_int(cli_num(r, "count_b"), cb, sizeof cb),
            signed_int(cli_num(r, "count_delta"), cd, sizeof cd),
            signed_bytes(cli_num(r, "bytes_delta"), bd, sizeof bd),
        };
        const char *sgr = NULL;
        if (status && (strcmp(status, "new") == 0 || cli_num(r, "bytes_delta") > 0))
            sgr = CLI_SGR_RED;
        else if (status && (strcmp(status, "freed") == 0 || cli_num(r, "bytes_delta") < 0))
            sgr = CLI_SGR_GREEN;
        cli_table_add(&t, cells, sgr);
    }
    cli_table_print(&t, c->out);
    cli_table_dispose(&t);
}

/* A mark id: digits, or "now" for B. */
static int valid_mark(const char *s, int allow_now)
{
    if (allow_now && strcmp(s, "now") == 0)
        return 1;
    return *s && strspn(s, "0123456789") == strlen(s);
}

int cli_cmd_diff(cli_t *c)
{
    const char *a = c->args[1], *b = c->args[2];
    if (!valid_mark(a, 0) || !valid_mark(b, 1))
        return cli_fail(c, CLI_USAGE,
                        "A and B are mark numbers (closured mark %s makes one), B may be \"now\"",
                        c->args[0]);
    char suffix[96], path[512];
    snprintf(suffix, sizeof suffix, "/snapshots/%s/diff/%s?limit=20", a, b);
    if (!cli_workload_path(c->args[0], suffix, path, sizeof path))
        return cli_fail(c, CLI_USAGE, "workload name too long");
    cJSON *j;
    int rc = cli_get(c, path, &j);
    if (rc != CLI_OK)
        return rc;
    if (!cli_json_out(c, j)) {
        char hb[24], ho[24];
        fprintf(c->out, "%s: mark %s -> %s over %.1f s: heap %s, %s objects%s\n", c->args[0], a, b,
                cli_num(j, "seconds"), signed_bytes(cli_num(j, "heap_bytes_delta"), hb, sizeof hb),
                signed_int(cli_num(j, "heap_objects_delta"), ho, sizeof ho),
                cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(j, "same_runtime"))
                    ? " (the workload restarted in between)"
                    : "");
        diff_table(c, cJSON_GetObjectItemCaseSensitive(j, "by_site"), "site",
                   "by allocation site:");
        diff_table(c, cJSON_GetObjectItemCaseSensitive(j, "by_type"), "type", "by type:");
    }
    cJSON_Delete(j);
    return CLI_OK;
}

int cli_cmd_heap(cli_t *c)
{
    const char *file = cli_opt(c, "-o");
    if (!file || !*file)
        return cli_fail(c, CLI_USAGE, "-o FILE.heapsnapshot is required (- for standard output)");
    char path[512];
    if (!cli_workload_path(c->args[0], "/heap.heapsnapshot", path, sizeof path))
        return cli_fail(c, CLI_USAGE, "workload name too long");
    cli_reply_t r;
    c->http.timeout = 300; /* big heaps take a while to export */
    if (cli_http_request(&c->http, "GET", path, NULL, 0, &r) != 0)
        return cli_fail(c, CLI_UNREACHABLE, "cannot reach %s: %s", c->http.base, c->http.err);
    int rc = CLI_OK;
    if (r.status != 200) {
        rc = cli_report(c, &r);
    } else if (strcmp(file, "-") == 0) {
        if (fwrite(r.body, 1, r.len, c->out) != r.len)
            rc = cli_fail(c, CLI_REFUSED, "cannot write to standard output");
    } else {
        FILE *f = fopen(file, "wb");
        int bad = !f;
        if (f) {
            bad = fwrite(r.body, 1, r.len, f) != r.len;
            bad |= fclose(f) != 0;
        }
        if (bad) {
            rc = cli_fail(c, CLI_USAGE, "cannot write %s: %s", file, strerror(errno));
            if (f)
                remove(file);
        } else if (!c->json) {
            char sz[16];
            fprintf(c->out, "wrote %s (%s): Chrome DevTools -> Memory -> Load profile\n", file,
                    cli_fmt_bytes((double)r.len, sz, sizeof sz));
        }
    }
    cli_reply_dispose(&r);
    return rc;
}
