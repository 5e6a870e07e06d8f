/* notify.c: readiness, reload, stop and watchdog notifications to systemd (libsystemd). */
#include "daemon/notify.h"

#include <stdio.h>
#include <systemd/sd-daemon.h>

static void on_watchdog(uv_timer_t *t)
{
    (void)t;
    sd_notify(0, "WATCHDOG=1");
}

int d_notify_start(d_notify_t *n, uv_loop_t *loop)
{
    n->timer_open = 0;
    n->watchdog_usec = 0;
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) <= 0 || usec == 0)
        return 0;
    int rc = uv_timer_init(loop, &n->watchdog);
    if (rc != 0)
        return rc;
    n->timer_open = 1;
    n->watchdog_usec = usec;
    uint64_t ms = usec / 2000; /* ping at half the interval, as sd_watchdog_enabled(3) advises */
    if (ms == 0)
        ms = 1;
    uv_unref((uv_handle_t *)&n->watchdog); /* it alone must not keep the loop alive */
    return uv_timer_start(&n->watchdog, on_watchdog, 0, ms);
}

void d_notify_ready(const char *status)
{
    char msg[512];
    snprintf(msg, sizeof msg, "READY=1\nSTATUS=%s", status);
    sd_notify(0, msg);
}

void d_notify_reloading(void)
{
    sd_notify(0, "RELOADING=1");
}

void d_notify_stop(d_notify_t *n)
{
    sd_notify(0, "STOPPING=1");
    if (n->timer_open) {
        n->timer_open = 0;
        uv_close((uv_handle_t *)&n->watchdog, NULL);
    }
}
