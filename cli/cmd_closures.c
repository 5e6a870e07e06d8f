/* cmd_closures.c: `closured closures NAME`, `closured why NAME ID`, `closured sites NAME`:
 * what the live closures capture, why one is alive, and where they are defined. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"
#include "cli/table.h"

/* The strings of a JSON array joined by sep into buf ("-" when empty). */
static const char *join(const cJSON *arr, const char *key, const char *sep, char *buf, size_t n)
{
    size_t o = 0;
    buf[0] = '\0';
    const cJSON *v;
    cJSON_ArrayForEach(v, arr)
    {
        const char *s = key ? cli_str(v, key) : (cJSON_IsString(v) ? v->valuestring : NULL);
        if (!s)
            continue;
        int w = snprintf(buf + o, n - o, "%s%s", o ? sep : "", s);
        if (w < 0 || (size_t)w >= n - o)
            break;
        o += (size_t)w;
    }
    if (!buf[0])
        snprintf(buf, n, "-");
    return buf;
}

static const cli_column_t closure_cols[] = {
    {"ID", CLI_RIGHT},       {"CLOSURE", CLI_LEFT},  {"SITE", CLI_LEFT},  {"ENV", CLI_RIGHT},
    {"RETAINED", CLI_RIGHT}, {"CAPTURES", CLI_LEFT}, {"HINTS", CLI_LEFT},
};

static const char *const closure_sorts[] = {"env_bytes", "env_shallow_bytes", "retained_bytes",
                                            "age", NULL};

/* Whether v is one of the NULL-terminated names. */
static int one_of(const char *v, const char *const *names)
{
    for (; *names; names++)
        if (strcmp(v, *names) == 0)
            return 1;
    return 0;
}

int cli_cmd_closures(cli_t *c)
{
    const char *sort = cli_opt(c, "--sort") ? cli_opt(c, "--sort") : "env_bytes";
    if (!one_of(sort, closure_sorts))
        return cli_fail(
            c, CLI_USAGE,
            "--sort wants env_bytes, env_shallow_bytes, retained_bytes or age, not \"%s\"", sort);
    long limit = 20;
    int rc = cli_opt_int(c, "--limit", 1, 10000, &limit);
    if (rc != CLI_OK)
        return rc;
    char suffix[96], path[512];
    snprintf(suffix, sizeof suffix, "/closures?sort=%s&limit=%ld", sort, limit);
    if (!cli_workload_path(c->args[0], suffix, path, sizeof path))
        return cli_fail(c, CLI_USAGE, "workload name too long");
    cJSON *j;
    if ((rc = cli_get(c, path, &j)) != CLI_OK)
        return rc;
    if (cli_json_out(c, j)) {
        cJSON_Delete(j);
        return CLI_OK;
    }
    cli_table_t t;
    cli_table_init(&t, closure_cols, sizeof closure_cols / sizeof closure_cols[0], c->color);
    const cJSON *cl;
    cJSON_ArrayForEach(cl, cJSON_GetObjectItemCaseSensitive(j, "closures"))
    {
        char id[24], env[16], ret[16], caps[256], hints[128];
        const char *cells[] = {
            cli_fmt_int(cli_num(cl, "id"), id, sizeof id),
            cli_str(cl, "qualname"),
            cli_str(cl, "site"),
            cli_fmt_bytes(cli_num(cl, "env_bytes"), env, sizeof env),
            cli_fmt_bytes(cli_num(cl, "retained_bytes"), ret, sizeof ret),
            join(cJSON_GetObjectItemCaseSensitive(cl, "free_vars"), "name", ", ", caps,
                 sizeof caps),
            join(cJSON_GetObjectItemCaseSensitive(cl, "hints"), NULL, ",", hints, sizeof hints),
        };
        cli_table_add(&t, cells, strcmp(hints, "-") ? CLI_SGR_YELLOW : NULL);
    }
    cli_table_print(&t, c->out);
    cli_table_dispose(&t);
    fprintf(c->out, "%.0f of %.0f closures, by %s\n", cli_num(j, "count"), cli_num(j, "total"),
            sort);
    cJSON_Delete(j);
    return CLI_OK;
}

/* ---- why ---------------------------------------------------------------------------- */

static const cli_column_t capture_cols[] = {
    {"CAPTURE", CLI_LEFT}, {"TYPE", CLI_LEFT},  {"RETAINED", CLI_RIGHT},
    {"SHARED", CLI_RIGHT}, {"VALUE", CLI_LEFT},
};

int cli_cmd_why(cli_t *c)
{
    const char *id = c->args[1];
    if (!*id || strspn(id, "0123456789") != strlen(id))
        return cli_fail(c, CLI_USAGE,
                        "ID is a closure's number (closured closures %s lists them), not \"%s\"",
                        c->args[0], id);
    char suffix[64], path[512];
    snprintf(suffix, sizeof suffix, "/closures/%s", id);
    if (!cli_workload_path(c->args[0], suffix, path, sizeof path))
        return cli_fail(c, CLI_USAGE, "workload name too long");
    cJSON *j;
    int rc = cli_get(c, path, &j);
    if (rc != CLI_OK)
        return rc;
    if (cli_json_out(c, j)) {
        cJSON_Delete(j);
        return CLI_OK;
    }
    FILE *o = c->out;
    const char *b = c->color ? "\033[1m" : "", *r = c->color ? "\033[0m" : "";
    char ret[16], env[16], deep[16], hints[128];
    fprintf(o, "%s%s%s (%s), id %s\n", b, cli_str(j, "qualname"), r, cli_str(j, "site"), id);
    fprintf(o, "  retained %s, env %s, deep %s; hints: %s\n",
            cli_fmt_bytes(cli_num(j, "retained_bytes"), ret, sizeof ret),
            cli_fmt_bytes(cli_num(j, "env_bytes"), env, sizeof env),
            cli_fmt_bytes(cli_num(j, "deep_bytes"), deep, sizeof deep),
            join(cJSON_GetObjectItemCaseSensitive(j, "hints"), NULL, ", ", hints, sizeof hints));
    if (cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(j, "garbage")))
        fprintf(o, "  garbage: unreachable, alive only until the cycle collector runs\n");
    const cJSON *p = cJSON_GetObjectItemCaseSensitive(j, "path");
    const char *text = cli_str(p, "text");
    fprintf(o, "\n%swhy alive%s (%.0f references from a root):\n", b, r, cli_num(p, "length"));
    if (!text || !*text)
        fprintf(o, "  (no path from a root)\n");
    /* The path's text reads "a → b → c": one step a line. */
    static const char arrow[] = " \xe2\x86\x92 ";
    for (const char *s = text; s && *s;) {
        const char *next = strstr(s, arrow);
        size_t len = next ? (size_t)(next - s) : strlen(s);
        fprintf(o, "  %s%.*s\n", s == text ? "" : "\xe2\x86\x92 ", (int)len, s);
        s = next ? next + sizeof arrow - 1 : NULL;
    }
    fprintf(o, "\n");
    cli_table_t t;
    cli_table_init(&t, capture_cols, sizeof capture_cols / sizeof capture_cols[0], c->color);
    const cJSON *v;
    cJSON_ArrayForEach(v, cJSON_GetObjectItemCaseSensitive(j, "free_vars"))
    {
        char rb[16], sh[24];
        const char *cells[] = {
            cli_str(v, "name"),
            cli_str(v, "type"),
            cli_fmt_bytes(cli_num(v, "retained_bytes"), rb, sizeof rb),
            cli_fmt_int(cli_num(v, "shared_with"), sh, sizeof sh),
            cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(v, "empty")) ? "(empty cell)"
                                                                       : cli_str(v, "repr"),
        };
        cli_table_add(&t, cells, NULL);
    }
    cli_table_print(&t, o);
    cli_table_dispose(&t);
    cJSON_Delete(j);
    return CLI_OK;
}

/* ---- sites -------------------------------------------------------------------------- */

static const cli_column_t site_cols[] = {
    {"SITE", CLI_LEFT},        {"FUNCTION", CLI_LEFT},  {"CLOSURES", CLI_RIGHT},
    {"ENV", CLI_RIGHT},        {"RETAINED", CLI_RIGHT}, {"GROWTH/MIN", CLI_RIGHT},
    {"TOP CAPTURE", CLI_LEFT}, {"SUSPECT", CLI_LEFT},
};

static const char *const site_sorts[] = {"retained_bytes", "env_bytes", "closures", "growth", NULL};

int cli_cmd_sites(cli_t *c)
{
    const char *sort = cli_opt(c, "--sort") ? cli_opt(c, "--sort") : "retained_bytes";
    if (!one_of(sort, site_sorts))
        return cli_fail(c, CLI_USAGE,
                        "--sort wants retained_bytes, env_bytes, closures or growth, not \"%s\"",
                        sort);
    char suffix[64], path[512];
    snprintf(suffix, sizeof suffix, "/sites?sort=%s", sort);
    if (!cli_workload_path(c->args[0], suffix, path, sizeof path))
        return cli_fail(c, CLI_USAGE, "workload name too long");
    cJSON *j;
    int rc = cli_get(c, path, &j);
    if (rc != CLI_OK)
        return rc;
    if (cli_json_out(c, j)) {
        cJSON_Delete(j);
        return CLI_OK;
    }
    cli_table_t t;
    cli_table_init(&t, site_cols, sizeof site_cols / sizeof site_cols[0], c->color);
    const cJSON *s;
    cJSON_ArrayForEach(s, cJSON_GetObjectItemCaseSensitive(j, "sites"))
    {
        char n[24], env[16], ret[16], growth[24], top[96];
        const cJSON *g = cJSON_GetObjectItemCaseSensitive(s, "growth");
        double per_min = cli_num(g, "retained_bytes_per_minute");
        if (isnan(per_min)) {
            snprintf(growth, sizeof growth, "-");
        } else {
            cli_fmt_bytes(fabs(per_min), growth + 1, sizeof growth - 1);
            growth[0] = per_min < 0 ? '-' : '+';
        }
        const cJSON *tv = cJSON_GetObjectItemCaseSensitive(s, "top_var");
        char tb[16];
        if (cli_str(tv, "name"))
            snprintf(top, sizeof top, "%s (%s)", cli_str(tv, "name"),
                     cli_fmt_bytes(cli_num(tv, "retained_bytes"), tb, sizeof tb));
        else
            snprintf(top, sizeof top, "-");
        bool suspect = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(s, "suspect"));
        const char *cells[] = {
            cli_str(s, "site"),
            cli_str(s, "qualname"),
            cli_fmt_int(cli_num(s, "closures"), n, sizeof n),
            cli_fmt_bytes(cli_num(s, "env_bytes"), env, sizeof env),
            cli_fmt_bytes(cli_num(s, "retained_bytes"), ret, sizeof ret),
            growth,
            top,
            suspect ? "leak suspect" : "",
        };
        cli_table_add(&t, cells, suspect ? CLI_SGR_RED : NULL);
    }
    cli_table_print(&t, c->out);
    cli_table_dispose(&t);
    cJSON_Delete(j);
    return CLI_OK;
}
