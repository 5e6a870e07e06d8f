/* cli.c: the terminal client's entry: options (global and per command), the connection to
 * the daemon, and the shared ways to call it and report what went wrong. */
#include "cli/cli.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const cli_command_t *cli_command_find(const char *name)
{
    for (size_t i = 0; i < cli_command_count; i++)
        if (strcmp(cli_commands[i].name, name) == 0)
            return &cli_commands[i];
    return NULL;
}

/* Options every command takes. */
static const cli_option_t global_options[] = {
    {"--url", "URL", "the daemon (default $CLOSURED_URL, else " CLI_DEFAULT_URL ")"},
    {"--token-file", "FILE", "send the bearer token on the first line of FILE"},
    {"--json", NULL, "print the daemon's JSON instead of a table"},
    {"--no-color", NULL, "no colour even on a terminal (so does NO_COLOR)"},
};

void cli_print_usage(FILE *out)
{
    fprintf(out, "\nclient commands (talk to a running daemon):\n");
    for (size_t i = 0; i < cli_command_count; i++) {
        const cli_command_t *c = &cli_commands[i];
        char head[96];
        snprintf(head, sizeof head, "%s%s%s", c->name, c->args[0] ? " " : "", c->args);
        fprintf(out, "  closured %-30s %s\n", head, c->summary);
        for (const cli_option_t *o = c->options; o->name; o++) {
            snprintf(head, sizeof head, "%s%s%s", o->name, o->value_name ? " " : "",
                     o->value_name ? o->value_name : "");
            fprintf(out, "      %-32s %s\n", head, o->help);
        }
    }
    fprintf(out, "\nclient options (any command above):\n");
    for (size_t i = 0; i < sizeof global_options / sizeof global_options[0]; i++) {
        const cli_option_t *o = &global_options[i];
        char head[64];
        snprintf(head, sizeof head, "%s%s%s", o->name, o->value_name ? " " : "",
                 o->value_name ? o->value_name : "");
        fprintf(out, "  %-38s %s\n", head, o->help);
    }
    fprintf(out, "\nclient exit status: 0 done, 1 the daemon refused the request, 2 usage, 3 the\n"
                 "daemon could not be reached, 4 not found.\n");
}

int cli_fail(const cli_t *c, int status, const char *fmt, ...)
{
    fprintf(stderr, "closured %s: ", c->cmd ? c->cmd->name : "");
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return status;
}

const char *cli_opt(const cli_t *c, const char *name)
{
    for (int i = 0; i < CLI_MAX_OPTS && c->cmd->options[i].name; i++)
        if (strcmp(c->cmd->options[i].name, name) == 0)
            return c->opt_values[i];
    return NULL;
}

int cli_opt_int(const cli_t *c, const char *name, long min, long max, long *out)
{
    const char *v = cli_opt(c, name);
    if (!v)
        return 0;
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (errno || end == v || *end || n < min || n > max)
        return cli_fail(c, CLI_USAGE, "%s wants an integer from %ld to %ld, not \"%s\"", name, min,
                        max, v);
    *out = n;
    return 0;
}

double cli_num(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsNumber(v) ? v->valuedouble : NAN;
}

const char *cli_str(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

const char *cli_workload_path(const char *name, const char *suffix, char *buf, size_t n)
{
    char esc[256];
    if (cli_http_escape(name, esc, sizeof esc) != 0)
        return NULL;
    int len = snprintf(buf, n, "/api/v1/workloads/%s%s", esc, suffix ? suffix : "");
    return len > 0 && (size_t)len < n ? buf : NULL;
}

int cli_report(const cli_t *c, const cli_reply_t *r)
{
    int status = r->status == 404 ? CLI_NOT_FOUND : CLI_REFUSED;
    cJSON *p = strstr(r->content_type, "json") ? cJSON_Parse(r->body) : NULL;
    const cJSON *title = cJSON_GetObjectItemCaseSensitive(p, "title");
    const cJSON *detail = cJSON_GetObjectItemCaseSensitive(p, "detail");
    if (cJSON_IsString(title) && cJSON_IsString(detail))
        cli_fail(c, status, "%s: %s (%ld)", title->valuestring, detail->valuestring, r->status);
    else
        cli_fail(c, status, "the daemon answered %ld %.200s", r->status, r->body);
    cJSON_Delete(p);
    return status;
}

int cli_call(cli_t *c, const char *method, const char *path, const char *body, cJSON **json)
{
    if (json)
        *json = NULL;
    cli_reply_t r;
    if (cli_http_request(&c->http, method, path, body, body ? strlen(body) : 0, &r) != 0)
        return cli_fail(
            c, CLI_UNREACHABLE,
            "cannot reach %s: %s (is closured serving there? set --url or CLOSURED_URL)",
            c->http.base, c->http.err);
    int rc = CLI_OK;
    if (r.status < 200 || r.status >= 300) {
        rc = cli_report(c, &r);
    } else if (json && r.len) {
        *json = cJSON_Parse(r.body);
        if (!*json)
            rc = cli_fail(c, CLI_REFUSED, "the daemon's answer to %s %s is not JSON", method, path);
    }
    cli_reply_dispose(&r);
    return rc;
}

int cli_get(cli_t *c, const char *path, cJSON **json)
{
    return cli_call(c, "GET", path, NULL, json);
}

int cli_json_out(cli_t *c, const cJSON *json)
{
    if (!c->json)
        return 0;
    char *text = cJSON_Print(json);
    if (text) {
        fprintf(c->out, "%s\n", text);
        free(text);
    }
    return 1;
}

/* The first line of path, trimmed, into buf. Returns 0, or -1 (errno set). */
static int read_token(const char *path, char *buf, size_t n)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    if (!fgets(buf, (int)n, f))
        buf[0] = '\0';
    fclose(f);
    size_t len = strlen(buf);
    while (len && (buf[len - 1] == '\n' || buf[len - 1] == '\r' || buf[len - 1] == ' '))
        buf[--len] = '\0';
    if (!len) {
        errno = EINVAL;
        return -1;
    }
    return 0;
}

/* Matches arg against opt: "--x" or "--x=value". Returns 1 and sets *inline_value (NULL when
 * no "="), or 0. */
static int match(const char *arg, const char *opt, const char **inline_value)
{
    size_t n = strlen(opt);
    if (strncmp(arg, opt, n) != 0)
        return 0;
    if (arg[n] == '\0') {
        *inline_value = NULL;
        return 1;
    }
    if (arg[n] == '=') {
        *inline_value = arg + n + 1;
        return 1;
    }
    return 0;
}

/* Fetches an option's value: inline, or the next argument. */
static const char *take_value(cli_t *c, const char *opt, const char *inline_value, int argc,
                              char **argv, int *i)
{
    if (inline_value)
        return inline_value;
    if (*i + 1 >= argc) {
        cli_fail(c, CLI_USAGE, "%s needs a value", opt);
        return NULL;
    }
    return argv[++*i];
}

static void command_usage(const cli_command_t *cmd, FILE *out)
{
    fprintf(out, "usage: closured %s%s%s [--url URL] [--token-file FILE] [--json]", cmd->name,
            cmd->args[0] ? " " : "", cmd->args);
    for (const cli_option_t *o = cmd->options; o->name; o++)
        fprintf(out, " [%s%s%s]", o->name, o->value_name ? " " : "",
                o->value_name ? o->value_name : "");
    fprintf(out, "\n  %s\n", cmd->summary);
    for (const cli_option_t *o = cmd->options; o->name; o++)
        fprintf(out, "  %-24s %s\n", o->name, o->help);
}

int cli_main(int argc, char **argv)
{
    cli_t c;
    memset(&c, 0, sizeof c);
    c.cmd = cli_command_find(argv[0]);
    c.out = stdout;
    if (!c.cmd)
        return CLI_USAGE;
    const char *url = getenv("CLOSURED_URL");
    const char *token_file = NULL;
    bool no_color = getenv("NO_COLOR") && getenv("NO_COLOR")[0];
    bool options_done = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = NULL;
        if (options_done || a[0] != '-' || a[1] == '\0') {
            if (c.nargs >= CLI_MAX_ARGS || c.nargs >= c.cmd->max_args)
                return cli_fail(&c, CLI_USAGE, "unexpected argument \"%s\" (usage: closured %s %s)",
                                a, c.cmd->name, c.cmd->args);
            c.args[c.nargs++] = a;
            continue;
        }
        if (strcmp(a, "--") == 0) {
            options_done = true;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            command_usage(c.cmd, stdout);
            return CLI_OK;
        } else if (match(a, "--url", &v)) {
            if (!(url = take_value(&c, "--url", v, argc, argv, &i)))
                return CLI_USAGE;
        } else if (match(a, "--token-file", &v)) {
            if (!(token_file = take_value(&c, "--token-file", v, argc, argv, &i)))
                return CLI_USAGE;
        } else if (strcmp(a, "--json") == 0) {
            c.json = true;
        } else if (strcmp(a, "--no-color") == 0) {
            no_color = true;
        } else {
            int k = 0;
            for (; k < CLI_MAX_OPTS && c.cmd->options[k].name; k++)
                if (match(a, c.cmd->options[k].name, &v))
                    break;
            if (k == CLI_MAX_OPTS || !c.cmd->options[k].name)
                return cli_fail(&c, CLI_USAGE, "unknown option %s (closured %s --help lists them)",
                                a, c.cmd->name);
            if (!c.cmd->options[k].value_name)
                c.opt_values[k] = "";
            else if (!(c.opt_values[k] = take_value(&c, a, v, argc, argv, &i)))
                return CLI_USAGE;
        }
    }
    if (c.nargs < c.cmd->min_args)
        return cli_fail(&c, CLI_USAGE, "missing arguments (usage: closured %s %s)", c.cmd->name,
                        c.cmd->args);
    c.color = !no_color && !c.json && isatty(STDOUT_FILENO);
    if (!url || !*url)
        url = CLI_DEFAULT_URL;
    if (strncmp(url, "http://", 7) != 0 && strncmp(url, "https://", 8) != 0)
        return cli_fail(&c, CLI_USAGE, "--url wants http://HOST:PORT, not \"%s\"", url);
    if (cli_http_init(&c.http, url) != 0)
        return cli_fail(&c, CLI_UNREACHABLE, "cannot start the HTTP client");
    int rc = CLI_OK;
    if (token_file) {
        char token[256];
        if (read_token(token_file, token, sizeof token) != 0)
            rc = cli_fail(&c, CLI_USAGE, "cannot read a token from %s: %s", token_file,
                          strerror(errno));
        else if (cli_http_set_token(&c.http, token) != 0)
            rc = cli_fail(&c, CLI_USAGE, "out of memory");
    }
    if (rc == CLI_OK)
        rc = c.cmd->run(&c);
    cli_http_dispose(&c.http);
    if (fflush(stdout) != 0 && rc == CLI_OK)
        rc = cli_fail(&c, CLI_REFUSED, "cannot write the output: %s", strerror(errno));
    return rc;
}
