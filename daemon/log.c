/* log.c: levelled log lines with a UTC timestamp, one fprintf per line. */
#include "daemon/log.h"

#include <stdarg.h>
#include <string.h>
#include <time.h>

static const char *const level_names[] = {"debug", "info", "warn", "error"};

void d_log_init(d_log_t *log, FILE *out, d_log_level_t level)
{
    log->out = out;
    log->level = level;
}

int d_log_level_parse(const char *name, d_log_level_t *level)
{
    for (int i = D_LOG_DEBUG; i <= D_LOG_ERROR; i++) {
        if (strcmp(name, level_names[i]) == 0) {
            *level = (d_log_level_t)i;
            return 0;
        }
    }
    return -1;
}

const char *d_log_level_name(d_log_level_t level)
{
    if (level < D_LOG_DEBUG || level > D_LOG_ERROR)
        return "?";
    return level_names[level];
}

int d_log_enabled(const d_log_t *log, d_log_level_t level)
{
    return log != NULL && log->out != NULL && level >= log->level;
}

void d_log_write(const d_log_t *log, d_log_level_t level, const char *fmt, ...)
{
    if (!d_log_enabled(log, level))
        return;

    struct timespec ts;
    struct tm tm;
    char stamp[32];
    char msg[1024];
    clock_gettime(CLOCK_REALTIME, &ts);
    gmtime_r(&ts.tv_sec, &tm);
    strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S", &tm);

    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);

    /* One call per line so concurrent writers (child processes) do not interleave. */
    fprintf(log->out, "%s.%03ldZ %-5s %s\n", stamp, ts.tv_nsec / 1000000L, d_log_level_name(level),
            msg);
    fflush(log->out);
}
