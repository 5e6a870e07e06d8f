/* log.c: levelled log lines (text or JSON, a UTC timestamp, one fprintf per line) and the
 * access log. */
#include "daemon/log.h"

#include <inttypes.h>
#include <stdarg.h>
#include <string.h>
#include <time.h>

static const char *const level_names[] = {"debug", "info", "warn", "error"};

void d_log_init(d_log_t *log, FILE *out, d_log_level_t level)
{
    log->out = out;
    log->level = level;
    log->format = D_LOG_TEXT;
    log->access = NULL;
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

int d_log_format_parse(const char *name, d_log_format_t *format)
{
    if (strcmp(name, "text") == 0)
        *format = D_LOG_TEXT;
    else if (strcmp(name, "json") == 0)
        *format = D_LOG_JSON;
    else
        return -1;
    return 0;
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

int d_log_access_enabled(const d_log_t *log)
{
    return log != NULL && log->access != NULL;
}

void d_log_json_escape(char *buf, size_t n, size_t *len, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    size_t o = *len;
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        char esc[7];
        size_t k = 0;
        if (*c == '"' || *c == '\\') {
            esc[k++] = '\\';
            esc[k++] = (char)*c;
        } else if (*c == '\n') {
            esc[k++] = '\\';
            esc[k++] = 'n';
        } else if (*c < 0x20 || *c == 0x7f) {
            memcpy(esc, "\\u00", 4);
            esc[4] = hex[*c >> 4];
            esc[5] = hex[*c & 15];
            k = 6;
        } else {
            esc[k++] = (char)*c;
        }
        if (o + k + 1 > n)
            break;
        memcpy(buf + o, esc, k);
        o += k;
    }
    buf[o] = '\0';
    *len = o;
}

/* "2025-01-31T12:00:00.123Z" into stamp (32 bytes). */
static void timestamp(char *stamp, size_t n)
{
    struct timespec ts;
    struct tm tm;
    char secs[24];
    clock_gettime(CLOCK_REALTIME, &ts);
    gmtime_r(&ts.tv_sec, &tm);
    strftime(secs, sizeof secs, "%Y-%m-%dT%H:%M:%S", &tm);
    unsigned ms = (unsigned)(ts.tv_nsec / 1000000L) % 1000u; /* the range tells gcc it fits */
    snprintf(stamp, n, "%s.%03uZ", secs, ms);
}

/* Appends ,"key":"value" to a JSON line under construction; a value that does not fit is
 * cut (the line stays valid JSON), a member that cannot start is left out. */
static void json_member(char *buf, size_t n, size_t *len, const char *key, const char *value)
{
    if (*len + strlen(key) + 8 >= n)
        return;
    buf[(*len)++] = ',';
    buf[(*len)++] = '"';
    d_log_json_escape(buf, n, len, key);
    memcpy(buf + *len, "\":\"", 3);
    *len += 3;
    d_log_json_escape(buf, n - 1, len, value ? value : ""); /* room for the closing quote */
    buf[(*len)++] = '"';
    buf[*len] = '\0';
}

/* Appends ,"key":number (already formatted). */
static void json_number(char *buf, size_t n, size_t *len, const char *key, const char *num)
{
    int w = snprintf(buf + *len, n - *len, ",\"%s\":%s", key, num);
    if (w > 0 && (size_t)w < n - *len)
        *len += (size_t)w;
}

static void write_line(const d_log_t *log, FILE *out, d_log_level_t level,
                       const d_log_field_t *fields, size_t nfields, const char *msg)
{
    char stamp[32];
    timestamp(stamp, sizeof stamp);
    if (log->format == D_LOG_TEXT) {
        /* One call per line so concurrent writers (child processes) do not interleave. */
        fprintf(out, "%s %-5s %s\n", stamp, d_log_level_name(level), msg);
    } else {
        char line[4096];
        size_t len = (size_t)snprintf(line, sizeof line, "{\"time\":\"%s\",\"level\":\"%s\"", stamp,
                                      d_log_level_name(level));
        json_member(line, sizeof line, &len, "message", msg);
        for (size_t i = 0; i < nfields; i++)
            json_member(line, sizeof line, &len, fields[i].key, fields[i].value);
        fprintf(out, "%s}\n", line);
    }
    fflush(out);
}

static void vwrite(const d_log_t *log, d_log_level_t level, const d_log_field_t *fields,
                   size_t nfields, const char *fmt, va_list ap)
    __attribute__((format(printf, 5, 0)));

static void vwrite(const d_log_t *log, d_log_level_t level, const d_log_field_t *fields,
                   size_t nfields, const char *fmt, va_list ap)
{
    char msg[1024];
    vsnprintf(msg, sizeof msg, fmt, ap);
    write_line(log, log->out, level, fields, nfields, msg);
}

void d_log_write(const d_log_t *log, d_log_level_t level, const char *fmt, ...)
{
    if (!d_log_enabled(log, level))
        return;
    va_list ap;
    va_start(ap, fmt);
    vwrite(log, level, NULL, 0, fmt, ap);
    va_end(ap);
}

void d_log_fields(const d_log_t *log, d_log_level_t level, const d_log_field_t *fields,
                  size_t nfields, const char *fmt, ...)
{
    if (!d_log_enabled(log, level))
        return;
    va_list ap;
    va_start(ap, fmt);
    vwrite(log, level, fields, nfields, fmt, ap);
    va_end(ap);
}

void d_log_access(const d_log_t *log, const d_log_access_t *a)
{
    if (!d_log_access_enabled(log))
        return;
    const char *remote = a->remote ? a->remote : "-";
    const char *ua = a->user_agent ? a->user_agent : "-";
    if (log->format == D_LOG_TEXT) {
        /* Combined Log Format: remote - - [31/Jan/2025:12:00:00 +0000] "GET /p HTTP/1.1" 200 12 "-"
         * "ua" */
        time_t now = time(NULL);
        struct tm tm;
        char when[40];
        gmtime_r(&now, &tm);
        strftime(when, sizeof when, "%d/%b/%Y:%H:%M:%S +0000", &tm);
        char path[1024], agent[512];
        size_t pl = 0, al = 0;
        d_log_json_escape(path, sizeof path, &pl, a->path ? a->path : "-");
        d_log_json_escape(agent, sizeof agent, &al, ua);
        fprintf(log->access,
                "%s - - [%s] \"%s %s HTTP/1.1\" %u %" PRIu64 " \"-\" \"%s\" %.6f %" PRIu64 "\n",
                remote, when, a->method ? a->method : "-", path, a->status, a->bytes, agent,
                a->seconds, a->request_id);
        fflush(log->access);
        return;
    }
    char msg[1200], id[24], status[16], bytes[24], secs[32];
    snprintf(msg, sizeof msg, "%s %s %u", a->method ? a->method : "-", a->path ? a->path : "-",
             a->status);
    snprintf(id, sizeof id, "%" PRIu64, a->request_id);
    snprintf(status, sizeof status, "%u", a->status);
    snprintf(bytes, sizeof bytes, "%" PRIu64, a->bytes);
    snprintf(secs, sizeof secs, "%.6f", a->seconds);
    char stamp[32], line[4096];
    timestamp(stamp, sizeof stamp);
    size_t len = (size_t)snprintf(line, sizeof line, "{\"time\":\"%s\",\"level\":\"info\"", stamp);
    json_member(line, sizeof line, &len, "message", msg);
    json_member(line, sizeof line, &len, "request_id", id);
    json_member(line, sizeof line, &len, "method", a->method);
    json_member(line, sizeof line, &len, "path", a->path);
    json_number(line, sizeof line, &len, "status", status);
    json_number(line, sizeof line, &len, "bytes", bytes);
    json_number(line, sizeof line, &len, "duration_seconds", secs);
    json_member(line, sizeof line, &len, "remote", remote);
    json_member(line, sizeof line, &len, "user_agent", ua);
    fprintf(log->access, "%s}\n", line);
    fflush(log->access);
}
