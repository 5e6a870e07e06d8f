/* notify.h: the daemon's side of systemd's service protocol (sd_notify from libsystemd):
 * readiness (Type=notify), reloading and stopping, and the watchdog fed from the loop.
 * Everything is a no-op when the daemon does not run under systemd (no $NOTIFY_SOCKET). */
#ifndef CLOSURED_DAEMON_NOTIFY_H
#define CLOSURED_DAEMON_NOTIFY_H

#include <stdint.h>
#include <uv.h>

/* Caller-owned storage, embedded in the daemon. Life cycle: d_notify_start ->
 * d_notify_stop (closes the timer; the loop frees nothing else). */
typedef struct d_notify {
    uv_timer_t watchdog;    /* pings WATCHDOG=1 every half of WatchdogSec */
    uint64_t watchdog_usec; /* 0: no watchdog asked for */
    int timer_open;
} d_notify_t;

/* Reads the watchdog interval ($WATCHDOG_USEC, for this process) and starts the timer on
 * the loop: a stalled loop stops the pings and systemd restarts the service. Returns 0 or a
 * negative uv error. */
int d_notify_start(d_notify_t *n, uv_loop_t *loop);

/* READY=1 with a STATUS line (the address served). */
void d_notify_ready(const char *status);

/* RELOADING=1 (SIGHUP); d_notify_ready follows when the reload is done. */
void d_notify_reloading(void);

/* STOPPING=1, and closes the watchdog timer. Idempotent. */
void d_notify_stop(d_notify_t *n);

#endif
