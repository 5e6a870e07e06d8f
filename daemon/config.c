/* config.c: builds d_config_t from defaults, an optional JSON file (cJSON) and the command line. */
#include "daemon/config.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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
    cfg->workers = 0;
    cfg->slice_timeout_ms = D_CONFIG_DEFAULT_SLICE_TIMEOUT_MS;
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

/* path, or base_dir/path when path is relative and base_dir is given: a
 * new string, NULL when out of memory. */
static char *resolve(const char *base_dir, const char *path)
{
    if (!base_dir || !base_dir[0] || path[0] == '/' || !path[0])
        return d_strdup(path);
    size_t n = strlen(base_dir) + 1 + strlen(path) + 1;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/%s", base_dir, path);
    return p;
}

/* A path-valued key: a string, resolved against the config's directory. */
static int json_path(const cJSON *item, const char *key, const char *base_dir, char **slot,
                     char *err, size_t errlen)
{
    if (!cJSON_IsString(item) || !item->valuestring[0])
        return fail(err, errlen, "config key \"%s\": must be a non-empty string (a path)", key);
    char *p = resolve(base_dir, item->valuestring);
    if (!p)
        return fail(err, errlen, "config: out of memory");
    free(*slot);
    *slot = p;
    return 0;
}

int d_config_apply_json(d_config_t *cfg, const char *text, const char *base_dir, char *err,
                        size_t errlen)
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
                rc = fail(err, errlen, "config key \"listen\": must be \"HOST:PORT\"");
                goto out;
            }
        } else if (strcmp(key, "workloads") == 0) {
            if (!cJSON_IsArray(item)) {
                rc = fail(err, errlen, "config key \"workloads\": must be an array of file names");
                goto out;
            }
            clear_workloads(cfg);
            cfg->workloads_from = "config key \"workloads\"";
            const cJSON *w;
            cJSON_ArrayForEach(w, item)
            {
                if (!cJSON_IsString(w) || !w->valuestring[0]) {
                    rc = fail(err, errlen, "config key \"workloads\": must hold file names");
                    goto out;
                }
                char *path = resolve(base_dir, w->valuestring);
                int bad = !path || add_workload(cfg, path) != 0;
                free(path);
                if (bad) {
                    rc = fail(err, errlen, "config: out of memory");
                    goto out;
                }
            }
        } else if (strcmp(key, "workloads_dir") == 0) {
            if ((rc = json_path(item, key, base_dir, &cfg->workloads_dir, err, errlen)) != 0)
                goto out;
            cfg->workloads_dir_from = "config key \"workloads_dir\"";
        } else if (strcmp(key, "state_dir") == 0) {
            if ((rc = json_path(item, key, base_dir, &cfg->state_dir, err, errlen)) != 0)
                goto out;
            cfg->state_dir_from = "config key \"state_dir\"";
        } else if (strcmp(key, "token_file") == 0) {
            if ((rc = json_path(item, key, base_dir, &cfg->token_file, err, errlen)) != 0)
                goto out;
            cfg->token_file_from = "config key \"token_file\"";
        } else if (strcmp(key, "token_required_for_reads") == 0) {
            if (!cJSON_IsBool(item)) {
                rc = fail(err, errlen,
                          "config key \"token_required_for_reads\": must be true or false");
                goto out;
            }
            cfg->token_for_reads = cJSON_IsTrue(item);
            cfg->token_for_reads_from = "config key \"token_required_for_reads\"";
        } else if (strcmp(key, "allow_host") == 0 || strcmp(key, "allow_origin") == 0) {
            int hosts = key[6] == 'h';
            char ***items = hosts ? &cfg->allow_hosts : &cfg->allow_origins;
            size_t *count = hosts ? &cfg->allow_host_count : &cfg->allow_origin_count;
            if (!cJSON_IsArray(item)) {
                rc = fail(err, errlen, "config key \"%s\": must be an array of strings", key);
                goto out;
            }
            list_clear(items, count);
            const cJSON *v;
            cJSON_ArrayForEach(v, item)
            {
                if (!cJSON_IsString(v) || v->valuestring[0] == '\0') {
                    rc = fail(err, errlen, "config key \"%s\": must hold non-empty strings", key);
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
                rc = fail(err, errlen,
                          "config key \"max_connections\": must be an integer from 1 to %u",
                          D_CONFIG_MAX_CONNECTIONS_MAX);
                goto out;
            }
            cfg->max_connections = (unsigned)item->valuedouble;
        } else if (strcmp(key, "workers") == 0) {
            if (!cJSON_IsNumber(item) || item->valuedouble != (double)(int)item->valuedouble ||
                item->valueint < 1 || item->valueint > D_CONFIG_MAX_WORKERS) {
                rc = fail(err, errlen, "config: \"workers\" must be a whole number from 1 to %d",
                          D_CONFIG_MAX_WORKERS);
                goto out;
            }
            cfg->workers = item->valueint;
        } else if (strcmp(key, "slice_timeout_ms") == 0) {
            if (!cJSON_IsNumber(item) || item->valuedouble != (double)(int)item->valuedouble ||
                item->valueint < 1 || item->valueint > D_CONFIG_MAX_SLICE_TIMEOUT_MS) {
                rc = fail(err, errlen,
                          "config: \"slice_timeout_ms\" must be a whole number of milliseconds "
                          "from 1 to %d",
                          D_CONFIG_MAX_SLICE_TIMEOUT_MS);
                goto out;
            }
            cfg->slice_timeout_ms = item->valueint;
        } else if (strcmp(key, "log_level") == 0) {
            if (!cJSON_IsString(item) ||
                d_log_level_parse(item->valuestring, &cfg->log_level) != 0) {
                rc = fail(err, errlen,
                          "config key \"log_level\": must be debug, info, warn or error");
                goto out;
            }
        } else if (strcmp(key, "log_format") == 0) {
            if (!cJSON_IsString(item) ||
                d_log_format_parse(item->valuestring, &cfg->log_format) != 0) {
                rc = fail(err, errlen, "config key \"log_format\": must be text or json");
                goto out;
            }
        } else if (strcmp(key, "access_log") == 0) {
            /* a file (relative to the config's directory), or "-": the log's stream */
            if (cJSON_IsString(item) && strcmp(item->valuestring, "-") == 0) {
                if (set_str(&cfg->access_log, "-") != 0) {
                    rc = fail(err, errlen, "config: out of memory");
                    goto out;
                }
            } else if ((rc = json_path(item, key, base_dir, &cfg->access_log, err, errlen)) != 0)
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
    {"--workers", "N", "worker threads that run the workloads (default: one per CPU)"},
    {"--slice-timeout", "MS", "interrupt a slice using more CPU time (default 1000 ms)"},
    {"--state-dir", "DIR", "keep uploaded workloads here across restarts"},
    {"--token-file", "FILE", "require this bearer token for mutating API calls"},
    {"--token-required-for-reads", NULL, "require the token for reads too (not /healthz)"},
    {"--allow-host", "NAME", "also serve requests whose Host is NAME (repeatable; * = any)"},
    {"--allow-origin", "ORIGIN",
     "also accept requests from ORIGIN, e.g. https://x.example "
     "(repeatable)"},
    {"--max-connections", "N", "open HTTP connections at most (default 4096)"},
};

/* The option named by arg ("--listen" or "--listen=..."), or NULL. */
static const serve_option_t *option_of(const char *arg)
{
    size_t n = strcspn(arg, "=");
    for (size_t i = 0; i < sizeof serve_options / sizeof serve_options[0]; i++)
        if (strncmp(arg, serve_options[i].name, n) == 0 && serve_options[i].name[n] == '\0')
            return &serve_options[i];
    return NULL;
}

void d_config_print_usage(FILE *out)
{
    for (size_t i = 0; i < sizeof serve_options / sizeof serve_options[0]; i++) {
        const serve_option_t *o = &serve_options[i];
        char head[64];
        snprintf(head, sizeof head, "%s%s%s", o->name, o->meta ? " " : "", o->meta ? o->meta : "");
        fprintf(out, "  %-38s %s\n", head, o->help);
    }
    fputs("  Values may also follow '=' (--listen=127.0.0.1:0). Relative paths in a\n"
          "  --config file are relative to the file's directory.\n",
          out);
}

/* A decimal integer in [min, max], the whole string. Returns 0 or -1. */
static int parse_int(const char *s, int min, int max, int *out)
{
    char *end = NULL;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno != 0 || end == s || *end != '\0' || v < min || v > max)
        return -1;
    *out = (int)v;
    return 0;
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
        cfg->workloads_from = "--workload";
    } else if (strcmp(opt, "--workloads") == 0) {
        oom = set_str(&cfg->workloads_dir, val);
        cfg->workloads_dir_from = "--workloads";
    } else if (strcmp(opt, "--log-level") == 0) {
        if (d_log_level_parse(val, &cfg->log_level) != 0)
            return fail(err, errlen, "--log-level: expected debug, info, warn or error, got \"%s\"",
                        val);
    } else if (strcmp(opt, "--log-format") == 0) {
        if (d_log_format_parse(val, &cfg->log_format) != 0)
            return fail(err, errlen, "--log-format: expected text or json, got \"%s\"", val);
    } else if (strcmp(opt, "--access-log") == 0) {
        oom = set_str(&cfg->access_log, val);
    } else if (strcmp(opt, "--workers") == 0) {
        if (parse_int(val, 1, D_CONFIG_MAX_WORKERS, &cfg->workers) != 0)
            return fail(err, errlen, "--workers: expected a whole number from 1 to %d, got \"%s\"",
                        D_CONFIG_MAX_WORKERS, val);
    } else if (strcmp(opt, "--slice-timeout") == 0) {
        if (parse_int(val, 1, D_CONFIG_MAX_SLICE_TIMEOUT_MS, &cfg->slice_timeout_ms) != 0)
            return fail(err, errlen,
                        "--slice-timeout: expected milliseconds from 1 to %d, got \"%s\"",
                        D_CONFIG_MAX_SLICE_TIMEOUT_MS, val);
    } else if (strcmp(opt, "--state-dir") == 0) {
        oom = set_str(&cfg->state_dir, val);
        cfg->state_dir_from = "--state-dir";
    } else if (strcmp(opt, "--token-file") == 0) {
        oom = set_str(&cfg->token_file, val);
        cfg->token_file_from = "--token-file";
    } else if (strcmp(opt, "--token-required-for-reads") == 0) {
        cfg->token_for_reads = 1;
        cfg->token_for_reads_from = "--token-required-for-reads";
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

/* One option of the command line: its table entry and its value (NULL for a flag). */
typedef struct arg_option {
    const serve_option_t *opt;
    const char *val;
} arg_option_t;

/* Splits argv into options; returns how many, or -1 with err set. */
static int split_args(int argc, char **argv, arg_option_t *out, char *err, size_t errlen)
{
    int n = 0;
    for (int i = 0; i < argc; i++) {
        const serve_option_t *o = option_of(argv[i]);
        if (!o)
            return fail(err, errlen, "unknown option \"%s\" (see closured --help)", argv[i]);
        const char *eq = strchr(argv[i], '=');
        if (!o->meta && eq)
            return fail(err, errlen, "%s takes no value", o->name);
        const char *val = NULL;
        if (o->meta) {
            if (eq)
                val = eq + 1;
            else if (i + 1 < argc)
                val = argv[++i];
            else
                return fail(err, errlen, "%s needs a value (%s)", o->name, o->meta);
        }
        out[n].opt = o;
        out[n].val = val;
        n++;
    }
    return n;
}

/* The directory part of a path ("." free: NULL when it has none). */
static char *dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return NULL;
    size_t n = slash == path ? 1 : (size_t)(slash - path);
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, path, n);
        d[n] = '\0';
    }
    return d;
}

static int read_config_file(d_config_t *cfg, const char *path, char *err, size_t errlen)
{
    char *text = d_file_read(path, NULL);
    if (!text)
        return fail(err, errlen, "--config %s: cannot read it: %s", path, strerror(errno));
    char *dir = dir_of(path);
    char inner[400];
    int rc = d_config_apply_json(cfg, text, dir, inner, sizeof inner);
    free(dir);
    free(text);
    if (rc != 0) /* "config: not valid JSON" reads "--config FILE: not valid JSON" */
        return fail(err, errlen, "--config %s: %s", path,
                    strncmp(inner, "config: ", 8) == 0 ? inner + 8 : inner);
    if (set_str(&cfg->config_file, path) != 0)
        return fail(err, errlen, "out of memory");
    return 0;
}

int d_config_from_args(d_config_t *cfg, int argc, char **argv, char *err, size_t errlen)
{
    arg_option_t *opts = calloc((size_t)argc + 1, sizeof *opts);
    if (!opts)
        return fail(err, errlen, "out of memory");
    int n = split_args(argc, argv, opts, err, errlen);
    int rc = n < 0 ? -1 : 0;

    /* The file first, so that the command line wins. */
    for (int i = 0; rc == 0 && i < n; i++)
        if (strcmp(opts[i].opt->name, "--config") == 0)
            rc = read_config_file(cfg, opts[i].val, err, errlen);

    /* A repeatable option given here replaces the file's list. */
    int cli_workloads = 0, cli_hosts = 0, cli_origins = 0;
    for (int i = 0; rc == 0 && i < n; i++) {
        const char *name = opts[i].opt->name;
        if (strcmp(name, "--workload") == 0 && !cli_workloads) {
            clear_workloads(cfg);
            cli_workloads = 1;
        }
        if (strcmp(name, "--allow-host") == 0 && !cli_hosts) {
            list_clear(&cfg->allow_hosts, &cfg->allow_host_count);
            cli_hosts = 1;
        }
        if (strcmp(name, "--allow-origin") == 0 && !cli_origins) {
            list_clear(&cfg->allow_origins, &cfg->allow_origin_count);
            cli_origins = 1;
        }
        rc = apply_option(cfg, opts[i].opt->name, opts[i].val, err, errlen);
    }
    free(opts);
    return rc;
}

int d_config_check_token(const d_config_t *cfg, int has_token, char *err, size_t errlen)
{
    if (!cfg->token_for_reads || has_token)
        return 0;
    return fail(err, errlen,
                "%s needs a token to check: give --token-file FILE (or \"token_file\" in the "
                "config file)",
                cfg->token_for_reads_from ? cfg->token_for_reads_from
                                          : "--token-required-for-reads");
}

int d_config_check_paths(const d_config_t *cfg, char *err, size_t errlen)
{
    struct stat st;
    for (size_t i = 0; i < cfg->workload_count; i++) {
        const char *path = cfg->workloads[i];
        if (stat(path, &st) != 0 || access(path, R_OK) != 0)
            return fail(err, errlen, "%s %s: cannot read it: %s", cfg->workloads_from, path,
                        strerror(errno));
        if (!S_ISREG(st.st_mode))
            return fail(err, errlen, "%s %s: not a file", cfg->workloads_from, path);
    }
    if (cfg->workloads_dir) {
        DIR *d = opendir(cfg->workloads_dir);
        if (!d)
            return fail(err, errlen, "%s %s: cannot read the directory: %s",
                        cfg->workloads_dir_from, cfg->workloads_dir, strerror(errno));
        closedir(d);
    }
    return 0;
}
