/* log.h: levelled log lines, as text or one JSON object a line, written to one stream
 * (stderr), and the HTTP access log. */
#ifndef CLOSURED_DAEMON_LOG_H
#define CLOSURED_DAEMON_LOG_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef enum d_log_level {
    D_LOG_DEBUG,
    D_LOG_INFO,
    D_LOG_WARN,
    D_LOG_ERROR,
} d_log_level_t;

typedef enum d_log_format {
    D_LOG_TEXT, /* 2025-01-31T12:00:00.123Z info  message */
    D_LOG_JSON, /* {"time":"2025-01-31T12:00:00.123Z","level":"info","message":"...",...} */
} d_log_format_t;

/* A logger is a value owned by whoever holds it (the daemon); no global state.
 * Lines below `level` are dropped. `out` and `access` are borrowed, never closed
 * here. access == NULL: no access log. */
typedef struct d_log {
    d_log_level_t level;
    d_log_format_t format;
    FILE *out;
    FILE *access;
} d_log_t;

/* A structured field of a line: JSON lines carry it as a member; text lines leave it out
 * (their message already says it, e.g. "workload NAME: ..."). */
typedef struct d_log_field {
    const char *key;
    const char *value;
} d_log_field_t;

/* One answered HTTP request, for the access log. Strings are borrowed; NULL prints "-". */
typedef struct d_log_access {
    const char *method;
    const char *path;
    const char *remote;     /* client address */
    const char *user_agent; /* may be NULL */
    unsigned status;
    uint64_t bytes;      /* body bytes (0 for a stream) */
    double seconds;      /* from the complete request to the queued answer */
    uint64_t request_id; /* also sent as X-Request-Id */
} d_log_access_t;

/* Sets up a text logger writing to `out` at `level`, without an access log. */
void d_log_init(d_log_t *log, FILE *out, d_log_level_t level);

/* Parses "debug" | "info" | "warn" | "error" into *level. Returns 0, or -1 for
 * an unknown name (*level untouched). */
int d_log_level_parse(const char *name, d_log_level_t *level);

/* Parses "text" | "json" into *format. Returns 0, or -1 (untouched). */
int d_log_format_parse(const char *name, d_log_format_t *format);

/* The lower-case name of a level. */
const char *d_log_level_name(d_log_level_t level);

/* Writes one line if level is enabled. A NULL log writes nothing. */
void d_log_write(const d_log_t *log, d_log_level_t level, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* The same with structured fields (JSON members). */
void d_log_fields(const d_log_t *log, d_log_level_t level, const d_log_field_t *fields,
                  size_t nfields, const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Whether a line at `level` would be written (to skip formatting costs). */
int d_log_enabled(const d_log_t *log, d_log_level_t level);

/* Whether there is an access log. */
int d_log_access_enabled(const d_log_t *log);

/* Writes one access-log line: in text, the Combined Log Format plus the duration and the
 * request id; in JSON, an object with time, level, message and each field. */
void d_log_access(const d_log_t *log, const d_log_access_t *a);

/* Appends s to buf (size n, NUL-terminated, used so far *len) as the body of a JSON string
 * (quotes, backslashes and control characters escaped), truncating at n. */
void d_log_json_escape(char *buf, size_t n, size_t *len, const char *s);

#define d_log_debug(log, ...) d_log_write((log), D_LOG_DEBUG, __VA_ARGS__)
#define d_log_info(log, ...) d_log_write((log), D_LOG_INFO, __VA_ARGS__)
#define d_log_warn(log, ...) d_log_write((log), D_LOG_WARN, __VA_ARGS__)
#define d_log_error(log, ...) d_log_write((log), D_LOG_ERROR, __VA_ARGS__)

#endif
