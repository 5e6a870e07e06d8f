/* prom.c: Prometheus text format 0.0.4 writer: families, samples, escaping, float formatting. */
#include "api/prom.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void api_prom_init(api_prom_t *p)
{
    api_buf_init(&p->buf);
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
    }
    return "untyped";
}

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

void api_prom_family(api_prom_t *p, const char *name, api_prom_type_t type, const char *help)
{
    api_buf_printf(&p->buf, "# HELP %s ", name);
    for (const char *c = help; *c; c++) {
        if (*c == '\\')
            api_buf_puts(&p->buf, "\\\\");
        else if (*c == '\n')
            api_buf_puts(&p->buf, "\\n");
        else
            api_buf_append(&p->buf, c, 1);
    }
    api_buf_printf(&p->buf, "\n# TYPE %s %s\n", name, api_prom_type_name(type));
}

void api_prom_escape_label(api_buf_t *b, const char *value)
{
    const char *run = value;
    for (const char *c = value;; c++) {
        const char *esc = *c == '\\' ? "\\\\" : *c == '"' ? "\\\"" : *c == '\n' ? "\\n" : NULL;
        if (esc || *c == '\0') {
            api_buf_append(b, run, (size_t)(c - run));
            if (*c == '\0')
                return;
            api_buf_puts(b, esc);
            run = c + 1;
        }
    }
}

void api_prom_format_double(double v, char *buf, size_t len)
{
    if (isnan(v)) {
        snprintf(buf, len, "NaN");
        return;
    }
    if (isinf(v)) {
        snprintf(buf, len, v > 0 ? "+Inf" : "-Inf");
        return;
    }
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(buf, len, "%.*g", prec, v);
        if (strtod(buf, NULL) == v)
            return;
    }
}

static void head(api_prom_t *p, const char *name, const char *suffix,
                 const api_prom_label_t *labels, size_t nlabels)
{
    api_buf_puts(&p->buf, name);
    if (suffix)
        api_buf_puts(&p->buf, suffix);
    if (nlabels) {
        api_buf_puts(&p->buf, "{");
        for (size_t i = 0; i < nlabels; i++) {
            api_buf_printf(&p->buf, "%s%s=\"", i ? "," : "", labels[i].name);
            api_prom_escape_label(&p->buf, labels[i].value);
            api_buf_puts(&p->buf, "\"");
        }
        api_buf_puts(&p->buf, "}");
    }
}

void api_prom_sample(api_prom_t *p, const char *name, const char *suffix,
                     const api_prom_label_t *labels, size_t nlabels, double value)
{
    char num[40];
    api_prom_format_double(value, num, sizeof num);
    head(p, name, suffix, labels, nlabels);
    api_buf_printf(&p->buf, " %s\n", num);
}

void api_prom_sample_u64(api_prom_t *p, const char *name, const char *suffix,
                         const api_prom_label_t *labels, size_t nlabels, uint64_t value)
{
    head(p, name, suffix, labels, nlabels);
    api_buf_printf(&p->buf, " %" PRIu64 "\n", value);
}
