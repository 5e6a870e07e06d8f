/* cmd_workloads.c: `closured ls`, `closured upload FILE`, `closured rm NAME`. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"
#include "cli/table.h"

/* The colour of a workload's row by its state. */
static const char *state_sgr(const char *state)
{
    if (!state)
        return NULL;
    if (strcmp(state, "failed") == 0)
        return CLI_SGR_RED;
    if (strcmp(state, "paused") == 0)
        return CLI_SGR_YELLOW;
    if (strcmp(state, "finished") == 0)
        return CLI_SGR_DIM;
    return NULL;
}

static const cli_column_t ls_cols[] = {
    {"NAME", CLI_LEFT},     {"STATE", CLI_LEFT},     {"HEAP", CLI_RIGHT},  {"LIMIT", CLI_RIGHT},
    {"OBJECTS", CLI_RIGHT}, {"CLOSURES", CLI_RIGHT}, {"ENV", CLI_RIGHT},   {"UPTIME", CLI_RIGHT},
    {"TICKS", CLI_RIGHT},   {"ERRORS", CLI_RIGHT},   {"ORIGIN", CLI_LEFT},
};

int cli_cmd_ls(cli_t *c)
{
    cJSON *j;
    int rc = cli_get(c, "/api/v1/workloads", &j);
    if (rc != CLI_OK)
        return rc;
    if (cli_json_out(c, j)) {
        cJSON_Delete(j);
        return CLI_OK;
    }
    cli_table_t t;
    cli_table_init(&t, ls_cols, sizeof ls_cols / sizeof ls_cols[0], c->color);
    const cJSON *w;
    cJSON_ArrayForEach(w, cJSON_GetObjectItemCaseSensitive(j, "workloads"))
    {
        char heap[16], lim[16], obj[24], clo[24], env[16], up[16], ticks[24], errs[24];
        double used = cli_num(w, "heap_bytes"), limit = cli_num(w, "heap_limit_bytes");
        snprintf(lim, sizeof lim, "%.0f%%", limit > 0 ? 100 * used / limit : 0);
        const char *state = cli_str(w, "state");
        const char *cells[] = {
            cli_str(w, "name"),
            state,
            cli_fmt_bytes(used, heap, sizeof heap),
            lim,
            cli_fmt_int(cli_num(w, "heap_objects"), obj, sizeof obj),
            cli_fmt_int(cli_num(w, "closures"), clo, sizeof clo),
            cli_fmt_bytes(cli_num(w, "env_bytes"), env, sizeof env),
            cli_fmt_duration(cli_num(w, "uptime_seconds"), up, sizeof up),
            cli_fmt_int(cli_num(w, "ticks_total"), ticks, sizeof ticks),
            cli_fmt_int(cli_num(w, "errors_total"), errs, sizeof errs),
            cli_str(w, "origin"),
        };
        cli_table_add(&t, cells, state_sgr(state));
    }
    if (cli_table_print(&t, c->out) != 0)
        rc = cli_fail(c, CLI_REFUSED, "out of memory");
    cli_table_dispose(&t);
    cJSON_Delete(j);
    return rc;
}

/* ---- upload ------------------------------------------------------------------------- */

/* The whole file, NUL-terminated; NULL with errno set. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (n + 4096 + 1 > cap) {
            cap = cap ? cap * 2 : 8192;
            char *b = realloc(buf, cap);
            if (!b) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = b;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* "dir/leaky.py" -> "leaky" into buf. */
static void stem(const char *path, char *buf, size_t n)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    snprintf(buf, n, "%s", base);
    size_t len = strlen(buf);
    if (len > 3 && strcmp(buf + len - 3, ".py") == 0)
        buf[len - 3] = '\0';
}

/* A syntax error as python3 prints it: the file and line, the line's text without its
 * indentation, a caret under the column, the type and message. */
static void print_syntax_error(const char *path, const char *source, const cJSON *err)
{
    int line = (int)cli_num(err, "line"), col = (int)cli_num(err, "column");
    const char *type = cli_str(err, "type"), *msg = cli_str(err, "message");
    fprintf(stderr, "  File \"%s\", line %d\n", path, line);
    const char *p = source;
    for (int l = 1; p && l < line; l++) {
        p = strchr(p, '\n');
        if (p)
            p++;
    }
    if (p && line > 0) {
        const char *end = strchr(p, '\n');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len && p[len - 1] == '\r')
            len--;
        int skipped = 0;
        while (len && (*p == ' ' || *p == '\t' || *p == '\f')) {
            p++;
            len--;
            skipped++;
        }
        fprintf(stderr, "    %.*s\n", (int)len, p);
        int at = col - skipped;
        fprintf(stderr, "    %*s^\n", at > 1 ? at - 1 : 0, "");
    }
    fprintf(stderr, "%s: %s\n", type ? type : "SyntaxError", msg ? msg : "invalid syntax");
}

int cli_cmd_upload(cli_t *c)
{
    const char *path = c->args[0];
    size_t len = 0;
    char *source = read_file(path, &len);
    if (!source)
        return cli_fail(c, CLI_USAGE, "cannot read %s", path);
    char name[256];
    if (cli_opt(c, "--name"))
        snprintf(name, sizeof name, "%s", cli_opt(c, "--name"));
    else
        stem(path, name, sizeof name);
    cJSON *body = cJSON_CreateObject();
    cJSON_AddStringToObject(body, "name", name);
    cJSON_AddStringToObject(body, "source", source);
    char *text = cJSON_PrintUnformatted(body);
    cJSON_Delete(body);
    if (!text) {
        free(source);
        return cli_fail(c, CLI_REFUSED, "out of memory");
    }
    cli_reply_t r;
    int rc = CLI_OK;
    if (cli_http_request(&c->http, "POST", "/api/v1/workloads", text, strlen(text), &r) != 0) {
        rc = cli_fail(c, CLI_UNREACHABLE, "cannot reach %s: %s", c->http.base, c->http.err);
        free(text);
        free(source);
        return rc;
    }
    free(text);
    cJSON *j = cJSON_Parse(r.body);
    const cJSON *err = cJSON_GetObjectItemCaseSensitive(j, "error");
    if (r.status == 201) {
        if (!cli_json_out(c, j))
            fprintf(c->out, "uploaded %s: %s\n", name, cli_str(j, "state"));
    } else if (r.status == 400 && cJSON_IsObject(err) && cli_str(err, "type") &&
               strstr(cli_str(err, "type"), "Error")) {
        print_syntax_error(path, source, err);
        rc = CLI_REFUSED;
    } else {
        rc = cli_report(c, &r);
    }
    cJSON_Delete(j);
    cli_reply_dispose(&r);
    free(source);
    return rc;
}

int cli_cmd_rm(cli_t *c)
{
    char path[512];
    if (!cli_workload_path(c->args[0], NULL, path, sizeof path))
        return cli_fail(c, CLI_USAGE, "workload name too long");
    int rc = cli_call(c, "DELETE", path, NULL, NULL);
    if (rc == CLI_OK && !c->json)
        fprintf(c->out, "removed %s\n", c->args[0]);
    return rc;
}
