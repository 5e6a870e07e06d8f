/* daemon.h: d_daemon_t, the process state: owns the loop, config, logger, signals, the workload
 * host, the event stream and the server. */
#ifndef CLOSURED_DAEMON_DAEMON_H
#define CLOSURED_DAEMON_DAEMON_H

#include <uv.h>

#include "api/app.h"
#include "api/events.h"
#include "api/query.h"
#include "api/server.h"
#include "daemon/config.h"
#include "daemon/log.h"
#include "daemon/notify.h"
#include "daemon/signals.h"
#include "host/host.h"

/* The one piece of daemon state; every uv handle's data leads back here.
 * Owns: the loop, the config (moved in), the signal watchers, the workload
 * host, the event hub, the server and the bearer token.
 * Life cycle: d_daemon_init -> d_daemon_run (start, serve until stopped,
 * close every handle, close the loop) -> d_daemon_dispose.
 * Stop order: signals, event streams ended, server drained and closed, then
 * the hub and the host (every workload) closed. */
typedef struct d_daemon {
    uv_loop_t loop;
    d_config_t config;
    d_log_t log;
    d_signals_t signals;
    d_notify_t notify;    /* systemd: readiness, reload, stop, watchdog */
    api_server_t *server; /* NULL once closed */
    d_host_t host;
    int host_open;
    api_events_t *events; /* NULL once closed */
    api_app_t app;        /* what the server serves */
    char *token;          /* from --token-file or the credential (NULL: none); owned */
    FILE *access_file;    /* --access-log FILE, reopened on SIGHUP; owned */
    double started_unix;
    int stopping;
    int exit_code;
} d_daemon_t;

/* Takes over *config (left empty) and initialises the loop. Returns 0 or a
 * negative uv error (nothing to dispose then). */
int d_daemon_init(d_daemon_t *d, d_config_t *config);

/* Reads the token, starts signals, the host (stored uploads, --workload
 * files, --workloads dir) and the server, logs "closured listening on
 * http://HOST:PORT/", runs the loop until d_daemon_stop completes, then
 * closes the loop. Returns the process exit status: 0 after a graceful stop,
 * 1 when start-up failed or the loop did not close clean. */
int d_daemon_run(d_daemon_t *d);

/* Graceful stop: stop accepting, finish in-flight answers, close every handle.
 * Idempotent; d_daemon_run returns afterwards. */
void d_daemon_stop(d_daemon_t *d);

/* SIGHUP: re-reads the workloads directory (new, changed, removed files). */
void d_daemon_reload(d_daemon_t *d);

/* Frees what the daemon owns (after d_daemon_run returned). */
void d_daemon_dispose(d_daemon_t *d);

/* Reads a bearer token: the file's first line without surrounding
 * whitespace. Returns a malloc'ed string, or NULL with a reason in err that
 * names the setting `from` (the flag or the config key). */
char *d_daemon_read_token(const char *path, const char *from, char *err, size_t errlen);

#endif
