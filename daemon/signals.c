/* signals.c: maps SIGINT/SIGTERM to a graceful stop and SIGHUP to a reload, on the loop. */
#include "daemon/signals.h"

#include <signal.h>
#include <stddef.h>

#include "daemon/daemon.h"

static void on_stop_signal(uv_signal_t *h, int signum)
{
    d_daemon_t *d = h->data;
    d_log_info(&d->log, "received %s, stopping", signum == SIGINT ? "SIGINT" : "SIGTERM");
    d_daemon_stop(d);
}

static void on_hup(uv_signal_t *h, int signum)
{
    (void)signum;
    d_daemon_t *d = h->data;
    d_log_info(&d->log, "received SIGHUP, reloading");
    d_daemon_reload(d);
}

int d_signals_start(d_signals_t *sig, uv_loop_t *loop, struct d_daemon *d)
{
    struct {
        uv_signal_t *h;
        uv_signal_cb cb;
        int signum;
    } const table[] = {
        {&sig->sigint, on_stop_signal, SIGINT},
        {&sig->sigterm, on_stop_signal, SIGTERM},
        {&sig->sighup, on_hup, SIGHUP},
    };
    sig->open = 0;
    sig->on_closed = NULL;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        int rc = uv_signal_init(loop, table[i].h);
        if (rc != 0)
            return rc;
        table[i].h->data = d;
        sig->open++;
        rc = uv_signal_start(table[i].h, table[i].cb, table[i].signum);
        if (rc != 0)
            return rc;
    }
    return 0;
}

static void on_handle_closed(uv_handle_t *h)
{
    d_daemon_t *d = h->data;
    d_signals_t *sig = &d->signals;
    if (--sig->open == 0 && sig->on_closed)
        sig->on_closed(sig);
}

void d_signals_close(d_signals_t *sig, void (*on_closed)(d_signals_t *sig))
{
    uv_signal_t *all[] = {&sig->sigint, &sig->sigterm, &sig->sighup};
    sig->on_closed = on_closed;
    if (sig->open == 0) {
        if (on_closed)
            on_closed(sig);
        return;
    }
    int n = sig->open;
    for (int i = 0; i < n; i++) {
        uv_handle_t *h = (uv_handle_t *)all[i];
        if (!uv_is_closing(h))
            uv_close(h, on_handle_closed);
    }
}
