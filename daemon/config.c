/* config.c: builds d_config_t from defaults, an optional JSON file (cJSON) and the command line. */
#include "daemon/config.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host/util.h"

static int fail(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int fail(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    return -1;
}

/* Replaces *slot with a copy of s. Returns 0 or -1 when out of memory. */
static int set_str(char **slot, const char *s)
{
    char *p = d_strdup(s);
    if (!p)
        return -1;
    free(*slot);
    *slot = p;
    return 0;
}

/* A list of owned strings (repeatable options): empties it. */
static void list_clear(char ***items, size_t *count)
{
    for (size_t i = 0; i < *count; i++)
        free((*items)[i]);
    free(*items);
    *items = NULL;
    *count = 0;
}

/* Appends a copy of s. Returns 0 or -1 when out of memory. */
static int list_add(char ***items, size_t *count, const char *s)
{
    char **grown = realloc(*items, (*count + 1) * sizeof *grown);
    if (!grown)
        return -1;
    *items = grown;
    if (!(grown[*count] = d_strdup(s)))
        return -1;
    (*count)++;
    return 0;
}

static void clear_workloads(d_config_t *cfg)
{
    list_clear(&cfg->workloads, &cfg->workload_count);
}

static int add_workload(d_config_t *cfg, const char *path)
{
    return list_add(&cfg->workloads, &cfg->workload_count, path);
}

/* Parses a --max-connections value. Returns 0 or -1. */
static int parse_max_connections(const char *s, unsigned *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end != '\0' || v < 1 || v > (long)D_CONFIG_MAX_CONNECTIONS_MAX)
        return -1;
    *out = (unsigned)v;
    return 0;
}

void d_config_init(d_config_t *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->listen_host = d_strdup(D_CONFIG_DEFAULT_HOST);
    cfg->listen_port = D_CONFIG_DEFAULT_PORT;
    cfg->log_level = D_LOG_INFO;
    cfg->max_connections = D_CONFIG_DEFAULT_MAX_CONNECTIONS;
}

void d_config_dispose(d_config_t *cfg)
{
    clear_workloads(cfg);
    list_clear(&cfg->allow_hosts, &cfg->allow_host_count);
    list_clear(&cfg->allow_origins, &cfg->allow_origin_count);
    free(cfg->listen_host);
    free(cfg->workloads_dir);
    free(cfg->state_dir);
    free(cfg->token_file);
    free(cfg->config_file);
    free(cfg->access_log);
    memset(cfg, 0, sizeof *cfg);
}

int d_config_set_listen(d_config_t *cfg, const char *hostport)
{
    const char *colon = strrchr(hostport, ':');
    if (!colon || colon == hostport || colon[1] == '\0')
        return -1;
    char *end;
    errno = 0;
    long port = strtol(colon + 1, &end, 10);
    if (errno || *end != '\0' || port < 0 || port > 65535)
        return -1;

    const char *host = hostport;
    size_t hlen = (size_t)(colon - hostport);
    if (host[0] == '[') { /* [v6]:port */
        if (hlen < 3 || host[hlen - 1] != ']')
            return -1;
        host++;
        hlen -= 2;
    } else if (memchr(host, ':', hlen)) {
        return -1; /* a bare v6 address is ambiguous: use [addr]:port */
    }
    char *h = malloc(hlen + 1);
    if (!h)
        return -1;
    memcpy(h, host, hlen);
    h[hlen] = '\0';
    free(cfg->listen_host);
    cfg->listen_host = h;
    cfg->listen_port = (int)port;
    return 0;
}

static int json_str(const cJSON *item, const char *key, char **slot, char *err, size_t errlen)
{
    if (!cJSON_IsString(item))
        return fail(err, errlen, "config: \"%s\" must be a string", key);
    if (set_str(slot, item->valuestring) != 0)
        return fail(err, errlen, "config: out of memory");
    return 0;
}

int d_config_apply_json(d_config_t *cfg, const char *text, char *err, size_t errlen)
{
    cJSON *root = cJSON_Parse(text);
    if (!root)
        return fail(err, errlen, "config: not valid JSON (near \"%.20s\")",
                    cJSON_GetErrorPtr() ? cJSON_GetErrorPtr() : "");
    int rc = 0;
    if (!cJSON_IsObject(root)) {
        rc = fail(err, errlen, "config: the top level must be a JSON object");
        goto out;
    }
    const cJSON *item;
    cJSON_ArrayForEach(item, root)
    {
        const char *key = item->string;
        if (strcmp(key, "listen") == 0) {
            if (!cJSON_IsString(item) || d_config_set_listen(cfg, item->valuestring) != 0) {
                rc = fail(err, errlen, "config: \"listen\" must be \"HOST:PORT\"");
                goto out;
            }
        } else if (strcmp(key, "workloads") == 0) {
            if (!cJSON_IsArray(item)) {
                rc = fail(err, errlen, "config: \"workloads\" must be an array of file names");
                goto out;
            }
            clear_workloads(cfg);
            const cJSON *w;
            cJSON_ArrayForEach(w, item)
            {
                if (!cJSON_IsString(w)) {
                    rc = fail(err, errlen, "config: \"workloads\" must hold strings");
                    goto out;
                }
                if (add_workload(cfg, w->valuestring) != 0) {
                    rc = fail(err, errlen, "config: out of memory");
                    goto out;
                }
            }
        } else if (strcmp(key, "workloads_dir") == 0) {
            if ((rc = json_str(item, key, &cfg->workloads_dir, err, errlen)) != 0)
                goto out;
        } else if (strcmp(key, "state_dir") == 0) {
            if ((rc = json_str(item, key, &cfg->state_dir, err, errlen)) != 0)
                goto out;
        } else if (strcmp(key, "token_file") == 0) {
            if ((rc = json_str(item, key, &cfg->token_file, err, errlen)) != 0)
                goto out;
        } else if (strcmp(key, "token_required_for_reads") == 0) {
            if (!cJSON_IsBool(item)) {
                rc =
                    fail(err, errlen, "config: \"token_required_for_reads\" must be true or false");
                goto out;
            }
            cfg->token_for_reads = cJSON_IsTrue(item);
        } else if (strcmp(key, "allow_host") == 0 || strcmp(key, "allow_origin") == 0) {
            int hosts = key[6] == 'h';
            char ***items = hosts ? &cfg->allow_hosts : &cfg->allow_origins;
            size_t *count = hosts ? &cfg->allow_host_count : &cfg->allow_origin_count;
            if (!cJSON_IsArray(item)) {
                rc = fail(err, errlen, "config: \"%s\" must be an array of strings", key);
                goto out;
            }
            list_clear(items, count);
            const cJSON *v;
            cJSON_ArrayForEach(v, item)
            {
                if (!cJSON_IsString(v) || v->valuestring[0] == '\0') {
                    rc = fail(err, errlen, "config: \"%s\" must hold non-empty strings", key);
                    goto out;
                }
                if (list_add(items, count, v->valuestring) != 0) {
                    rc = fail(err, errlen, "config: out of memory");
                    goto out;
                }
            }
        } else if (strcmp(key, "max_connections") == 0) {
            if (!cJSON_IsNumber(item) || item->valuedouble != (double)(long)item->valuedouble ||
                item->valuedouble < 1 || item->valuedouble > D_CONFIG_MAX_CONNECTIONS_MAX) {
                rc =
                    fail(err, errlen, "config: \"max_connections\" must be an integer from 1 to %u",
                         D_CONFIG_MAX_CONNECTIONS_MAX);
                goto out;
            }
            cfg->max_connections = (unsigned)item->valuedouble;
        } else if (strcmp(key, "log_level") == 0) {
            if (!cJSON_IsString(item) ||
                d_log_level_parse(item->valuestring, &cfg->log_level) != 0) {
                rc = fail(err, errlen, "config: \"log_level\" must be debug, info, warn or error");
                goto out;
            }
        } else if (strcmp(key, "log_format") == 0) {
            if (!cJSON_IsString(item) ||
                d_log_format_parse(item->valuestring, &cfg->log_format) != 0) {
                rc = fail(err, errlen, "config: \"log_format\" must be text or json");
                goto out;
            }
        } else if (strcmp(key, "access_log") == 0) {
            if ((rc = json_str(item, key, &cfg->access_log, err, errlen)) != 0)
                goto out;
        } else {
            rc = fail(err, errlen, "config: unknown key \"%s\"", key);
            goto out;
        }
    }
out:
    cJSON_Delete(root);
    return rc;
}

/* Options, in one table so parsing and --help stay in step; a NULL meta is a
 * flag without a value. */
typedef struct serve_option {
    const char *name;
    const char *meta;
    const char *help;
} serve_option_t;

static const serve_option_t serve_options[] = {
    {"--listen", "HOST:PORT", "address to serve on (default 127.0.0.1:8321; port 0 = any)"},
    {"--workload", "FILE", "run this workload (repeatable)"},
    {"--workloads", "DIR", "run every *.py workload in DIR"},
    {"--config", "FILE", "read settings from a JSON file (the command line wins)"},
    {"--log-level", "LEVEL", "debug, info, warn or error (default info)"},
    {"--log-format", "FORMAT", "text (default) or json: one JSON object a line"},
    {"--access-log", "FILE", "log every HTTP request to FILE (- for the log's stream)"},
    {"--state-dir", "DIR", "keep uploaded workloads here across restarts"},
    {"--token-file", "FILE", "require this bearer token for mutating API calls"},
    {"--token-required-for-reads", NULL, "require the token for reads too (not /healthz)"},
    {"--allow-host", "NAME", "also serve requests whose Host is NAME (repeatable; * = any)"},
    {"--allow-origin", "ORIGIN",
     "also accept requests from ORIGIN, e.g. https://x.example "
     "(repeatable)"},
    {"--max-connections", "N", "open HTTP connections at most (default 4096)"},
};

/* 2: an option with a value, 1: a flag, 0: unknown. */
static int option_kind(const char *arg)
{
    for (size_t i = 0; i < sizeof serve_options / sizeof serve_options[0]; i++)
        if (strcmp(arg, serve_options[i].name) == 0)
            return serve_options[i].meta ? 2 : 1;
    return 0;
}

void d_config_print_usage(FILE *out)
{
    for (size_t i = 0; i < sizeof serve_options / sizeof serve_options[0]; i++) {
        const serve_option_t *o = &serve_options[i];
        fprintf(out, "  %-12s %-10s %s\n", o->name, o->meta ? o->meta : "", o->help);
    }
}

static int apply_option(d_config_t *cfg, const char *opt, const char *val, char *err, size_t errlen)
{
    int oom = 0;
    if (strcmp(opt, "--listen") == 0) {
        if (d_config_set_listen(cfg, val) != 0)
            return fail(err, errlen, "--listen: expected HOST:PORT (or [V6]:PORT), got \"%s\"",
                        val);
    } else if (strcmp(opt, "--workload") == 0) {
        oom = add_workload(cfg, val);
    } else if (strcmp(opt, "--workloads") == 0) {
        oom = set_str(&cfg->workloads_dir, val);
    } else if (strcmp(opt, "--log-level") == 0) {
        if (d_log_level_parse(val, &cfg->log_level) != 0)
            return fail(err, errlen, "--log-level: expected debug, info, warn or error, got \"%s\"",
                        val);
    } else if (strcmp(opt, "--log-format") == 0) {
        if (d_log_format_parse(val, &cfg->log_format) != 0)
            return fail(err, errlen, "--log-format: expected text or json, got \"%s\"", val);
    } else if (strcmp(opt, "--access-log") == 0) {
        oom = set_str(&cfg->access_log, val);
    } else if (strcmp(opt, "--state-dir") == 0) {
        oom = set_str(&cfg->state_dir, val);
    } else if (strcmp(opt, "--token-file") == 0) {
        oom = set_str(&cfg->token_file, val);
    } else if (strcmp(opt, "--allow-host") == 0 || strcmp(opt, "--allow-origin") == 0) {
        if (val[0] == '\0')
            return fail(err, errlen, "%s: needs a non-empty value", opt);
        if (opt[8] == 'h')
            oom = list_add(&cfg->allow_hosts, &cfg->allow_host_count, val);
        else
            oom = list_add(&cfg->allow_origins, &cfg->allow_origin_count, val);
    } else if (strcmp(opt, "--max-connections") == 0) {
        if (parse_max_connections(val, &cfg->max_connections) != 0)
            return fail(err, errlen,
                        "--max-connections: expected an integer from 1 to %u, got \"%s\"",
                        D_CONFIG_MAX_CONNECTIONS_MAX, val);
    }
    return oom ? fail(err, errlen, "out of memory") : 0;
}

int d_config_from_args(d_config_t *cfg, int argc, char **argv, char *err, size_t errlen)
{
    /* Pass 1: validate the shape and find --config. */
    const char *config_path = NULL;
    for (int i = 0; i < argc; i++) {
        int kind = option_kind(argv[i]);
        if (kind == 0)
            return fail(err, errlen, "unknown option \"%s\" (see closured --help)", argv[i]);
        if (kind == 1)
            continue;
        if (i + 1 >= argc)
            return fail(err, errlen, "%s needs a value", argv[i]);
        if (strcmp(argv[i], "--config") == 0)
            config_path = argv[i + 1];
        i++;
    }

    /* Pass 2: the file. */
    if (config_path) {
        char *text = d_file_read(config_path, NULL);
        if (!text)
            return fail(err, errlen, "--config: cannot read \"%s\"", config_path);
        int rc = d_config_apply_json(cfg, text, err, errlen);
        free(text);
        if (rc != 0)
            return -1;
        if (set_str(&cfg->config_file, config_path) != 0)
            return fail(err, errlen, "out of memory");
    }

    /* Pass 3: the command line wins; a repeatable option given here replaces the file's list. */
    int cli_workloads = 0, cli_hosts = 0, cli_origins = 0;
    for (int i = 0; i < argc; i += 2) {
        if (option_kind(argv[i]) == 1) {
            cfg->token_for_reads = 1; /* the one flag */
            i--;
            continue;
        }
        if (strcmp(argv[i], "--workload") == 0 && !cli_workloads) {
            clear_workloads(cfg);
            cli_workloads = 1;
        }
        if (strcmp(argv[i], "--allow-host") == 0 && !cli_hosts) {
            list_clear(&cfg->allow_hosts, &cfg->allow_host_count);
            cli_hosts = 1;
        }
        if (strcmp(argv[i], "--allow-origin") == 0 && !cli_origins) {
            list_clear(&cfg->allow_origins, &cfg->allow_origin_count);
            cli_origins = 1;
        }
        if (apply_option(cfg, argv[i], argv[i + 1], err, errlen) != 0)
            return -1;
    }
    return 0;
}
