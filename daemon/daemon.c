/* daemon.c: ordered start-up and shutdown of everything the daemon owns, on one uv loop. */
#include "daemon/daemon.h"

#include <stdio.h>
#include <string.h>

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
    return 0;
}

static void on_server_closed(void *arg)
{
    d_daemon_t *d = arg;
    d_log_debug(&d->log, "http server closed");
}

void d_daemon_stop(d_daemon_t *d)
{
    if (d->stopping)
        return;
    d->stopping = 1;
    d_signals_close(&d->signals, NULL);
    if (d->server) {
        api_server_t *s = d->server;
        d->server = NULL;
        api_server_close(s, on_server_closed, d);
    }
}

void d_daemon_reload(d_daemon_t *d)
{
    /* Placeholder hook: the workload host re-reads config and workloads here. */
    d_log_info(&d->log, "reload requested; nothing to reload yet");
}

/* Formats host for a URL: IPv6 literals go in brackets. */
static void url_host(const char *host, char *buf, size_t len)
{
    snprintf(buf, len, strchr(host, ':') ? "[%s]" : "%s", host);
}

int d_daemon_run(d_daemon_t *d)
{
    char err[256];
    int rc = d_signals_start(&d->signals, &d->loop, d);
    if (rc != 0) {
        d_log_error(&d->log, "cannot watch signals: %s", uv_strerror(rc));
        d->exit_code = 1;
    } else if (api_server_new(&d->loop, d->config.listen_host, d->config.listen_port, d, &d->log,
                              &d->server, err, sizeof err) != 0) {
        d_log_error(&d->log, "%s", err);
        d->exit_code = 1;
    } else {
        char host[300];
        url_host(d->config.listen_host, host, sizeof host);
        d_log_info(&d->log, "closured listening on http://%s:%d/", host,
                   api_server_port(d->server));
    }
    if (d->exit_code != 0)
        d_daemon_stop(d);

    uv_run(&d->loop, UV_RUN_DEFAULT);

    rc = uv_loop_close(&d->loop);
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
    d_config_dispose(&d->config);
}
