/* prom.c: Prometheus exposition writer (text 0.0.4 and OpenMetrics 1.0): negotiation,
 * families, samples, escaping, float formatting. */
#include "api/prom.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "api/numtext.h"

void api_prom_init(api_prom_t *p)
{
    api_buf_init(&p->buf);
    p->format = API_PROM_TEXT;
}

void api_prom_dispose(api_prom_t *p)
{
    api_buf_dispose(&p->buf);
}

const char *api_prom_type_name(api_prom_type_t t)
{
    switch (t) {
    case API_PROM_COUNTER: return "counter";
    case API_PROM_GAUGE: return "gauge";
    case API_PROM_HISTOGRAM: return "histogram";
    case API_PROM_INFO: return "info";
    }
    return "untyped";
}

/* ---- negotiation ---------------------------------------------------------------- */

/* One media range of an Accept header: [s, e). Returns its q-value (1 when
 * absent) and writes its kind: 1 OpenMetrics 1.0, 2 text or a wildcard that
 * covers it, 0 anything else. */
static double media_range(const char *s, const char *e, int *kind)
{
    while (s < e && (*s == ' ' || *s == '\t'))
        s++;
    size_t len = e > s ? (size_t)(e - s) : 0; /* a bound gcc can see is never negative */
    const char *semi = len ? memchr(s, ';', len) : NULL;
    const char *type_end = semi ? semi : e;
    while (type_end > s && (type_end[-1] == ' ' || type_end[-1] == '\t'))
        type_end--;
    size_t n = (size_t)(type_end - s);
    double q = 1;
    int version_ok_om = 1, version_ok_text = 1;
    for (const char *param = semi; param && param < e;) {
        param++;
        while (param < e && *param == ' ')
            param++;
        const char *next = memchr(param, ';', (size_t)(e - param));
        const char *pend = next ? next : e;
        if (pend - param > 2 && strncasecmp(param, "q=", 2) == 0)
            q = strtod(param + 2, NULL);
        else if (pend - param > 8 && strncasecmp(param, "version=", 8) == 0) {
            size_t vl = (size_t)(pend - param - 8);
            while (vl && param[8 + vl - 1] == ' ')
                vl--;
            version_ok_om = vl == 5 && strncmp(param + 8, "1.0.0", 5) == 0;
            version_ok_text = vl == 5 && strncmp(param + 8, "0.0.4", 5) == 0;
        }
        param = next;
    }
    *kind = 0;
    if (n == 28 && strncasecmp(s, "application/openmetrics-text", n) == 0 && version_ok_om)
        *kind = 1;
    else if ((n == 10 && strncasecmp(s, "text/plain", n) == 0 && version_ok_text) ||
             (n == 6 && strncasecmp(s, "text/*", n) == 0) || (n == 3 && strncmp(s, "*/*", n) == 0))
        *kind = 2;
    return q;
}

api_prom_format_t api_prom_negotiate(const char *accept)
{
    double best_om = 0, best_text = 0;
    for (const char *s = accept; s && *s;) {
        const char *comma = strchr(s, ',');
        const char *e = comma ? comma : s + strlen(s);
        int kind;
        double q = media_range(s, e, &kind);
        if (kind == 1 && q > best_om)
            best_om = q;
        else if (kind == 2 && q > best_text)
            best_text = q;
        s = comma ? comma + 1 : e;
    }
    return best_om > 0 && best_om >= best_text ? API_PROM_OPENMETRICS : API_PROM_TEXT;
}

const char *api_prom_content_type(api_prom_format_t f)
{
    return f == API_PROM_OPENMETRICS ? API_OPENMETRICS_CONTENT_TYPE : API_PROM_CONTENT_TYPE;
}

/* ---- families and samples ---------------------------------------------------------- */

int api_prom_name_valid(const char *name)
{
    if (!name || !*name || (*name >= '0' && *name <= '9'))
        return 0;
    for (const char *c = name; *c; c++) {
        int ok = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') ||
                 *c == '_' || *c == ':';
        if (!ok)
            return 0;
    }
    return 1;
}

static int ends_with(const char *s, size_t len, const char *suffix)
{
    size_t n = strlen(suffix);
    return len >= n && memcmp(s + len - n, suffix, n) == 0;
}

/* Appends the first n bytes of s. */
static void put(api_prom_t *p, const char *s, size_t n)
{
    api_buf_append(&p->buf, s, n);
}

/* Appends text escaped for HELP (\\ and \n; also \" in OpenMetrics). */
static void put_help(api_prom_t *p, const char *help, int om)
{
    const char *run = help;
    for (const char *c = help;; c++) {
        const char *esc = *c == '\\'        ? "\\\\"
                          : *c == '\n'      ? "\\n"
                          : *c == '"' && om ? "\\\""
                                            : NULL;
        if (esc || *c == '\0') {
            put(p, run, (size_t)(c - run));
            if (*c == '\0')
                return;
            put(p, esc, 2);
            run = c + 1;
        }
    }
}

void api_prom_family(api_prom_t *p, const char *name, api_prom_type_t type, const char *help)
{
    int om = p->format == API_PROM_OPENMETRICS;
    size_t len = strlen(name);
    /* OpenMetrics names the family without the suffix its samples carry. */
    if (om && type == API_PROM_COUNTER && ends_with(name, len, "_total"))
        len -= 6;
    else if (om && type == API_PROM_INFO && ends_with(name, len, "_info"))
        len -= 5;
    put(p, "# HELP ", 7);
    put(p, name, len);
    put(p, " ", 1);
    put_help(p, help, om);
    const char *tname = type == API_PROM_INFO && !om ? "gauge" : api_prom_type_name(type);
    put(p, "\n# TYPE ", 8);
    put(p, name, len);
    put(p, " ", 1);
    api_buf_puts(&p->buf, tname);
    put(p, "\n", 1);
    const char *unit = !om                                ? NULL
                       : ends_with(name, len, "_bytes")   ? "bytes"
                       : ends_with(name, len, "_seconds") ? "seconds"
                                                          : NULL;
    if (unit) {
        put(p, "# UNIT ", 7);
        put(p, name, len);
        put(p, " ", 1);
        api_buf_puts(&p->buf, unit);
        put(p, "\n", 1);
    }
}

void api_prom_escape_label(api_buf_t *b, const char *value)
{
    size_t plain = strcspn(value, "\\\"\n");
    api_buf_append(b, value, plain); /* most values need no escape: one append */
    if (!value[plain])
        return;
    const char *run = value + plain;
    for (const char *c = run;; c++) {
        const char *esc = *c == '\\' ? "\\\\" : *c == '"' ? "\\\"" : *c == '\n' ? "\\n" : NULL;
        if (esc || *c == '\0') {
            api_buf_append(b, run, (size_t)(c - run));
            if (*c == '\0')
                return;
            api_buf_append(b, esc, 2);
            run = c + 1;
        }
    }
}

void api_prom_format_double(double v, char *buf, size_t len)
{
    char tmp[API_NUM_MAX];
    size_t n = api_num_double(tmp, v);
    if (!len)
        return;
    if (n >= len)
        n = len - 1;
    memcpy(buf, tmp, n);
    buf[n] = '\0';
}

static void head(api_prom_t *p, const char *name, const char *suffix,
                 const api_prom_label_t *labels, size_t nlabels)
{
    api_buf_puts(&p->buf, name);
    if (suffix)
        api_buf_puts(&p->buf, suffix);
    if (nlabels) {
        for (size_t i = 0; i < nlabels; i++) {
            put(p, i ? "," : "{", 1);
            api_buf_puts(&p->buf, labels[i].name);
            put(p, "=\"", 2);
            api_prom_escape_label(&p->buf, labels[i].value);
            put(p, "\"", 1);
        }
        put(p, "}", 1);
    }
}

void api_prom_sample(api_prom_t *p, const char *name, const char *suffix,
                     const api_prom_label_t *labels, size_t nlabels, double value)
{
    char num[API_NUM_MAX + 2];
    num[0] = ' ';
    size_t n = 1 + api_num_double(num + 1, value);
    num[n++] = '\n';
    head(p, name, suffix, labels, nlabels);
    put(p, num, n);
}

void api_prom_sample_u64(api_prom_t *p, const char *name, const char *suffix,
                         const api_prom_label_t *labels, size_t nlabels, uint64_t value)
{
    char num[API_NUM_MAX + 2];
    num[0] = ' ';
    size_t n = 1 + api_num_u64(num + 1, value);
    num[n++] = '\n';
    head(p, name, suffix, labels, nlabels);
    put(p, num, n);
}

void api_prom_created(api_prom_t *p, const char *name, const api_prom_label_t *labels,
                      size_t nlabels, double unix_seconds)
{
    if (p->format != API_PROM_OPENMETRICS)
        return;
    size_t len = strlen(name);
    if (ends_with(name, len, "_total"))
        len -= 6;
    char base[128];
    if (len + sizeof "_created" > sizeof base)
        return;
    memcpy(base, name, len);
    memcpy(base + len, "_created", sizeof "_created");
    api_prom_sample(p, base, NULL, labels, nlabels, unix_seconds);
}

void api_prom_finish(api_prom_t *p)
{
    if (p->format == API_PROM_OPENMETRICS)
        api_buf_puts(&p->buf, "# EOF\n");
}
