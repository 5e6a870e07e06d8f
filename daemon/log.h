/* log.h: levelled log lines with a UTC timestamp, written to one stream (stderr). */
#ifndef CLOSURED_DAEMON_LOG_H
#define CLOSURED_DAEMON_LOG_H

#include <stdio.h>

typedef enum d_log_level {
    D_LOG_DEBUG,
    D_LOG_INFO,
    D_LOG_WARN,
    D_LOG_ERROR,
} d_log_level_t;

/* A logger is a value owned by whoever holds it (the daemon); no global state.
 * Lines below `level` are dropped. `out` is borrowed, never closed. */
typedef struct d_log {
    d_log_level_t level;
    FILE *out;
} d_log_t;

/* Sets up a logger writing to `out` at `level`. */
void d_log_init(d_log_t *log, FILE *out, d_log_level_t level);

/* Parses "debug" | "info" | "warn" | "error" into *level. Returns 0, or -1 for
 * an unknown name (*level untouched). */
int d_log_level_parse(const char *name, d_log_level_t *level);

/* The lower-case name of a level. */
const char *d_log_level_name(d_log_level_t level);

/* Writes one line "2025-01-31T12:00:00.123Z info  message" if level is enabled.
 * A NULL log writes nothing. */
void d_log_write(const d_log_t *log, d_log_level_t level, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Whether a line at `level` would be written (to skip formatting costs). */
int d_log_enabled(const d_log_t *log, d_log_level_t level);

#define d_log_debug(log, ...) d_log_write((log), D_LOG_DEBUG, __VA_ARGS__)
#define d_log_info(log, ...) d_log_write((log), D_LOG_INFO, __VA_ARGS__)
#define d_log_warn(log, ...) d_log_write((log), D_LOG_WARN, __VA_ARGS__)
#define d_log_error(log, ...) d_log_write((log), D_LOG_ERROR, __VA_ARGS__)

#endif
