/* daemon.c: ordered start-up and shutdown of everything the daemon owns, on one uv loop. */
#include "daemon/daemon.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "api/metrics.h"

int d_daemon_init(d_daemon_t *d, d_config_t *config)
{
    memset(d, 0, sizeof *d);
    int rc = uv_loop_init(&d->loop);
    if (rc != 0)
        return rc;
    d->loop.data = d;
    d->config = *config;
    memset(config, 0, sizeof *config);
    d_log_init(&d->log, stderr, d->config.log_level);
    d->log.format = d->config.log_format;
    return 0;
}

/* Opens --access-log ("-" is the log's own stream). Returns 0 or -1 (logged). */
static int open_access_log(d_daemon_t *d)
{
    const char *path = d->config.access_log;
    if (!path)
        return 0;
    if (strcmp(path, "-") == 0) {
        d->log.access = d->log.out;
        return 0;
    }
    FILE *f = fopen(path, "a");
    if (!f) {
        d_log_error(&d->log, "--access-log %s: cannot open it: %s", path, strerror(errno));
        return -1;
    }
    if (d->access_file)
        fclose(d->access_file);
    d->access_file = f;
    d->log.access = f;
    return 0;
}

char *d_daemon_read_token(const char *path, const char *from, char *err, size_t errlen)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, errlen, "%s %s: cannot read it: %s", from, path, strerror(errno));
        return NULL;
    }
    char line[1024];
    char *got = fgets(line, sizeof line, f);
    fclose(f);
    if (!got)
        line[0] = '\0';
    char *s = line;
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strcspn(s, "\r\n");
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (n == 0) {
        snprintf(err, errlen, "%s %s: the first line must hold the token", from, path);
        return NULL;
    }
    char *tok = malloc(n + 1);
    if (!tok) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    memcpy(tok, s, n);
    tok[n] = '\0';
    return tok;
}

/* ---- the host's listener: forward to the event stream ---------------------------- */

static void on_host_workload(void *ctx, d_workload_t *w, d_host_change_t change,
                             d_workload_state_t old)
{
    d_daemon_t *d = ctx;
    if (d->events)
        api_events_workload(d->events, w, change, old);
}

static void on_host_gc(void *ctx, d_workload_t *w, const rt_gc_event *ev)
{
    d_daemon_t *d = ctx;
    if (d->events)
        api_events_gc(d->events, w, ev);
}

static void on_host_sample(void *ctx, d_workload_t *w, const d_sample_t *s)
{
    d_daemon_t *d = ctx;
    if (d->events)
        api_events_stats(d->events, w, s);
}

static void on_host_closed(d_host_t *h)
{
    d_daemon_t *d = (d_daemon_t *)((char *)h - offsetof(d_daemon_t, host));
    d->host_open = 0;
    d_log_debug(&d->log, "workload host closed");
}

static void on_events_closed(void *arg)
{
    d_daemon_t *d = arg;
    d_log_debug(&d->log, "event stream closed");
}

/* After the server: nothing can reach the hub or the workloads any more. */
static void close_host_side(d_daemon_t *d)
{
    if (d->events) {
        api_events_t *ev = d->events;
        d->events = NULL;
        d->app.events = NULL;
        api_events_close(ev, on_events_closed, d);
    }
    if (d->app.queries) {
        /* Freed once the workers have handed back what they still hold. */
        api_queries_t *q = d->app.queries;
        d->app.queries = NULL;
        api_queries_close(q, NULL, NULL);
    }
    if (d->host_open)
        d_host_close(&d->host, on_host_closed);
}

/* Starts the host and every configured workload source. Returns 0 or -1. */
static int start_host(d_daemon_t *d)
{
    const d_host_listener_t listener = {on_host_workload, on_host_gc, on_host_sample, d};
    const d_host_options_t opt = {
        .workers = d->config.workers,
        .slice_timeout_ms = d->config.slice_timeout_ms,
        .state_dir = d->config.state_dir,
    };
    int rc = d_host_init(&d->host, &d->loop, &d->log, &opt, &listener);
    if (rc != 0) {
        if (d->config.state_dir)
            d_log_error(&d->log, "%s %s: cannot use it: %s", d->config.state_dir_from,
                        d->config.state_dir, strerror(-rc));
        else
            d_log_error(&d->log, "cannot start the worker threads: %s", uv_strerror(rc));
        return -1;
    }
    d->host_open = 1;
    d->events = api_events_new(&d->loop, &d->host);
    if (!d->events) {
        d_log_error(&d->log, "out of memory");
        return -1;
    }
    d->app.queries = api_queries_new(&d->loop, &d->host);
    if (!d->app.queries) {
        d_log_error(&d->log, "out of memory");
        return -1;
    }
    d->app.host = &d->host;
    d->app.events = d->events;
    d->app.token = d->token;
    d->app.token_for_reads = d->config.token_for_reads != 0;
    d->app.started_unix = d->started_unix;
    d->app.guard.listen_host = d->config.listen_host;
    d->app.guard.allow_hosts = d->config.allow_hosts;
    d->app.guard.allow_host_count = d->config.allow_host_count;
    d->app.guard.allow_origins = d->config.allow_origins;
    d->app.guard.allow_origin_count = d->config.allow_origin_count;

    d_host_start(&d->host);
    for (size_t i = 0; i < d->config.workload_count; i++)
        d_host_add_file(&d->host, d->config.workloads[i], D_ORIGIN_FILE);
    if (d->config.workloads_dir && d_host_add_dir(&d->host, d->config.workloads_dir) < 0)
        return -1;
    return 0;
}

static void on_server_closed(void *arg)
{
    d_daemon_t *d = arg;
    d_log_debug(&d->log, "http server closed");
    d->app.server = NULL;
    close_host_side(d);
}

void d_daemon_stop(d_daemon_t *d)
{
    if (d->stopping)
        return;
    d->stopping = 1;
    d_notify_stop(&d->notify);
    d_signals_close(&d->signals, NULL);
    /* A workload stuck in a slice would hold its worker, and the requests
     * waiting for that worker would hold the server's drain. */
    if (d->host_open)
        d_host_interrupt_running(&d->host);
    if (d->events)
        api_events_stop(d->events);
    if (d->server) {
        api_server_t *s = d->server;
        d->server = NULL;
        api_server_close(s, on_server_closed, d);
    } else {
        on_server_closed(d);
    }
}

void d_daemon_reload(d_daemon_t *d)
{
    /* Reopen the access log file, so log rotation (rename, then SIGHUP) starts a new one. */
    if (d->access_file)
        open_access_log(d);
    d_notify_reloading();
    if (d->config.workloads_dir && d->host_open && !d->stopping)
        d_host_reload_dir(&d->host, d->config.workloads_dir);
    else
        d_log_info(&d->log, "reload: no --workloads DIR to re-read; nothing changed");
    if (!d->stopping)
        d_notify_ready("reloaded");
}

/* Formats host for a URL: IPv6 literals go in brackets. */
static void url_host(const char *host, char *buf, size_t len)
{
    snprintf(buf, len, strchr(host, ':') ? "[%s]" : "%s", host);
}

/* Raises the soft RLIMIT_NOFILE to the hard limit (the default soft 1024 refused connections
 * at about a thousand) and returns how many connections the server may keep: the configured
 * maximum, less a reserve for the loop, workload files and the state dir when the limit is
 * lower. */
static unsigned raise_fd_limit(d_daemon_t *d)
{
    enum { RESERVE = 64 };
    unsigned want = d->config.max_connections;
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
        return want;
    if (rl.rlim_cur < rl.rlim_max) {
        rlim_t old = rl.rlim_cur;
        rl.rlim_cur = rl.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &rl) != 0) {
            rl.rlim_cur = old;
            d_log_warn(&d->log, "cannot raise the open-file limit from %llu: %s",
                       (unsigned long long)old, strerror(errno));
        }
    }
    if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < (rlim_t)want + RESERVE) {
        unsigned fit = rl.rlim_cur > 2 * RESERVE ? (unsigned)(rl.rlim_cur - RESERVE) : RESERVE;
        d_log_warn(&d->log,
                   "--max-connections %u does not fit the open-file limit %llu; serving %u", want,
                   (unsigned long long)rl.rlim_cur, fit);
        want = fit;
    }
    return want;
}

static int start(d_daemon_t *d)
{
    char err[256];
    d->started_unix = d_now_unix();
    if (open_access_log(d) != 0)
        return -1;
    /* Under systemd, LoadCredential=token:... puts the token in $CREDENTIALS_DIRECTORY. */
    const char *creds = getenv("CREDENTIALS_DIRECTORY");
    char cred_path[4096];
    if (!d->config.token_file && creds && *creds) {
        snprintf(cred_path, sizeof cred_path, "%s/token", creds);
        if (access(cred_path, F_OK) == 0) {
            d->token = d_daemon_read_token(cred_path, "the credential", err, sizeof err);
            if (!d->token) {
                d_log_error(&d->log, "%s", err);
                return -1;
            }
            d_log_info(&d->log, "token read from the credential %s", cred_path);
        }
    }
    if (d->config.token_file) {
        d->token =
            d_daemon_read_token(d->config.token_file, d->config.token_file_from, err, sizeof err);
        if (!d->token) {
            d_log_error(&d->log, "%s", err);
            return -1;
        }
    }
    if (d_config_check_token(&d->config, d->token != NULL, err, sizeof err) != 0) {
        d_log_error(&d->log, "%s", err);
        return -1;
    }
    int rc = d_signals_start(&d->signals, &d->loop, d);
    if (rc != 0) {
        d_log_error(&d->log, "cannot watch signals: %s", uv_strerror(rc));
        return -1;
    }
    if (start_host(d) != 0)
        return -1;
    unsigned max_connections = raise_fd_limit(d);
    if (api_server_new(&d->loop, d->config.listen_host, d->config.listen_port, max_connections,
                       &d->app, &d->log, &d->server, err, sizeof err) != 0) {
        d_log_error(&d->log, "%s", err);
        return -1;
    }
    d->app.server = d->server;
    d->app.guard.port = api_server_port(d->server);
    char host[300];
    url_host(d->config.listen_host, host, sizeof host);
    /* Written at every log level: it names the real port (--listen HOST:0). */
    d_log_t always = d->log;
    if (always.level > D_LOG_INFO)
        always.level = D_LOG_INFO;
    d_log_info(&always, "closured listening on http://%s:%d/", host, api_server_port(d->server));
    char status[400];
    snprintf(status, sizeof status, "serving on http://%s:%d/", host, api_server_port(d->server));
    d_notify_ready(status);
    if ((rc = d_notify_start(&d->notify, &d->loop)) != 0) {
        d_log_error(&d->log, "cannot start the systemd watchdog timer: %s", uv_strerror(rc));
        return -1;
    }
    if (d->notify.watchdog_usec)
        d_log_info(&d->log, "systemd watchdog: pinging every %.1f s",
                   (double)d->notify.watchdog_usec / 2e6);
    return 0;
}

int d_daemon_run(d_daemon_t *d)
{
    if (start(d) != 0) {
        d->exit_code = 1;
        d_daemon_stop(d);
    }

    uv_run(&d->loop, UV_RUN_DEFAULT);

    int rc = uv_loop_close(&d->loop);
    if (rc != 0) {
        d_log_error(&d->log, "loop did not close clean: %s", uv_strerror(rc));
        return 1;
    }
    if (d->exit_code == 0)
        d_log_info(&d->log, "stopped");
    return d->exit_code;
}

void d_daemon_dispose(d_daemon_t *d)
{
    api_metrics_cache_free(&d->app);
    if (d->access_file)
        fclose(d->access_file);
    d->access_file = NULL;
    free(d->token);
    d->token = NULL;
    d_config_dispose(&d->config);
}
