/* signals.h: uv_signal_t handlers: SIGINT/SIGTERM stop the daemon gracefully, SIGHUP reloads. */
#ifndef CLOSURED_DAEMON_SIGNALS_H
#define CLOSURED_DAEMON_SIGNALS_H

#include <uv.h>

struct d_daemon;

/* Caller-owned storage (embedded in d_daemon_t). Each handle's data points
 * back to the daemon. */
typedef struct d_signals {
    uv_signal_t sigint;
    uv_signal_t sigterm;
    uv_signal_t sighup;
    int open; /* handles initialised and not yet closed */
    void (*on_closed)(struct d_signals *sig);
} d_signals_t;

/* Initialises and starts the three watchers on loop; SIGINT/SIGTERM call
 * d_daemon_stop, SIGHUP calls d_daemon_reload. Returns 0 or a negative uv error. */
int d_signals_start(d_signals_t *sig, uv_loop_t *loop, struct d_daemon *d);

/* Stops and closes the watchers (the default action applies again, so a
 * second Ctrl-C kills a stuck process); on_closed runs once all are closed.
 * Safe to call twice. */
void d_signals_close(d_signals_t *sig, void (*on_closed)(d_signals_t *sig));

#endif
