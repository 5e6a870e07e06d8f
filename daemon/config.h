/* config.h: d_config_t, the validated settings of `closured serve` (defaults, then file, then CLI).
 */
#ifndef CLOSURED_DAEMON_CONFIG_H
#define CLOSURED_DAEMON_CONFIG_H

#include <stddef.h>
#include <stdio.h>

#include "daemon/log.h"

#define D_CONFIG_DEFAULT_HOST "127.0.0.1"
#define D_CONFIG_DEFAULT_PORT 8321
#define D_CONFIG_DEFAULT_MAX_CONNECTIONS 4096u
#define D_CONFIG_MAX_CONNECTIONS_MAX 1000000u
#define D_CONFIG_MAX_WORKERS 64
#define D_CONFIG_DEFAULT_SLICE_TIMEOUT_MS 1000
#define D_CONFIG_MAX_SLICE_TIMEOUT_MS 3600000

/* Ownership: a d_config_t owns every string and array it points to; they are
 * freed by d_config_dispose. NULL means "not set". */
typedef struct d_config {
    char *listen_host; /* host name or address; default 127.0.0.1 */
    int listen_port;   /* 0..65535; 0 asks the kernel for a free port */
    char **workloads;  /* --workload FILE (repeatable), in order */
    size_t workload_count;
    char *workloads_dir; /* --workloads DIR: every *.py in it */
    char *state_dir;     /* --state-dir DIR: persisted uploads (NULL: none) */
    char *token_file;    /* --token-file FILE: bearer token for mutating calls */
    int token_for_reads; /* --token-required-for-reads: reads need the token too */
    char *config_file;   /* --config FILE that was read, if any */
    char **allow_hosts;  /* --allow-host NAME (repeatable): extra Host names to serve */
    size_t allow_host_count;
    char **allow_origins; /* --allow-origin ORIGIN (repeatable): extra Origins to accept */
    size_t allow_origin_count;
    unsigned max_connections; /* --max-connections N: open HTTP connections at most */
    d_log_level_t log_level;
    d_log_format_t log_format; /* --log-format text|json */
    char *access_log;          /* --access-log FILE ("-": the log's stream; NULL: none) */
    /* Where each path setting came from, as messages name it: the flag
     * ("--token-file") or the config file's key ("config key \"token_file\"").
     * Static strings; NULL while the setting is unset. */
    const char *workloads_from, *workloads_dir_from, *state_dir_from, *token_file_from;
    const char *token_for_reads_from;
    int workers;          /* --workers N: worker threads (0 = one per CPU) */
    int slice_timeout_ms; /* --slice-timeout MS: a slice running longer is interrupted */
} d_config_t;

/* Fills *cfg with the defaults. */
void d_config_init(d_config_t *cfg);

/* Frees what *cfg owns and leaves it empty. */
void d_config_dispose(d_config_t *cfg);

/* Applies `closured serve` arguments (argv[0] is the first option, not the
 * program name): defaults, then the JSON file named by --config, then every
 * other option, so the command line wins. Options take their value as the
 * next word or after '=' (--listen=HOST:PORT). Returns 0, or -1 after
 * writing one line saying what to fix into err (size errlen). */
int d_config_from_args(d_config_t *cfg, int argc, char **argv, char *err, size_t errlen);

/* Reads that need a token (token_for_reads) without one to check (`has_token`
 * 0: no --token-file, "token_file" or credential gave one) contradict each
 * other. Returns 0, or -1 with a message in err naming the setting. */
int d_config_check_token(const d_config_t *cfg, int has_token, char *err, size_t errlen);

/* Applies a JSON config text ({"listen": "HOST:PORT", "workloads": [..],
 * "workloads_dir", "state_dir", "token_file", "token_required_for_reads",
 * "log_level", "log_format", "access_log", "allow_host": [..], "allow_origin": [..],
 * "max_connections", "workers", "slice_timeout_ms"}). Relative paths in it are relative to base_dir
 * (the config file's directory; NULL: as written). Returns 0 or -1 with a message in err that names
 * the key. Unknown keys are errors (typos must not pass). */
int d_config_apply_json(d_config_t *cfg, const char *text, const char *base_dir, char *err,
                        size_t errlen);

/* Checks what start-up would otherwise find late: every workload file is a
 * readable file and the workloads directory can be listed. Returns 0, or -1
 * with a message naming the setting (flag or config key) and the path. */
int d_config_check_paths(const d_config_t *cfg, char *err, size_t errlen);

/* Parses "HOST:PORT" or "[V6]:PORT" into cfg's listen fields. Returns 0 or -1. */
int d_config_set_listen(d_config_t *cfg, const char *hostport);

/* Writes the `closured serve` option summary to a stream (for --help). */
void d_config_print_usage(FILE *out);

#endif
