/* prom.h: a writer for the Prometheus text exposition format 0.0.4: HELP and
 * TYPE lines, samples with escaped label values, float formatting.
 *
 * Ownership: api_prom_t is caller-owned storage wrapping an api_buf_t; the
 * text is taken with api_buf_take(&p->buf, ...) or freed by api_prom_dispose. */
#ifndef CLOSURED_API_PROM_H
#define CLOSURED_API_PROM_H

#include <stddef.h>
#include <stdint.h>

#include "api/buf.h"

#define API_PROM_CONTENT_TYPE "text/plain; version=0.0.4; charset=utf-8"

typedef enum api_prom_type {
    API_PROM_COUNTER,
    API_PROM_GAUGE,
    API_PROM_HISTOGRAM,
} api_prom_type_t;

typedef struct api_prom_label {
    const char *name;  /* [a-zA-Z_][a-zA-Z0-9_]* */
    const char *value; /* any UTF-8; escaped here */
} api_prom_label_t;

typedef struct api_prom {
    api_buf_t buf;
} api_prom_t;

void api_prom_init(api_prom_t *p);
void api_prom_dispose(api_prom_t *p);

/* "counter", "gauge", "histogram". */
const char *api_prom_type_name(api_prom_type_t t);

/* Writes "# HELP name help" (help escaped) and "# TYPE name type". */
void api_prom_family(api_prom_t *p, const char *name, api_prom_type_t type, const char *help);

/* Writes one sample line: name[suffix]{labels} value. suffix may be NULL
 * ("_bucket", "_sum", "_count" for histograms). */
void api_prom_sample(api_prom_t *p, const char *name, const char *suffix,
                     const api_prom_label_t *labels, size_t nlabels, double value);
void api_prom_sample_u64(api_prom_t *p, const char *name, const char *suffix,
                         const api_prom_label_t *labels, size_t nlabels, uint64_t value);

/* Appends a label value escaped as the format wants (\\, \", \n). */
void api_prom_escape_label(api_buf_t *b, const char *value);

/* Formats a float as Prometheus reads it: shortest round-trip form, +Inf,
 * -Inf, NaN. buf needs 32 bytes. */
void api_prom_format_double(double v, char *buf, size_t len);

/* Whether name is a valid metric name ([a-zA-Z_:][a-zA-Z0-9_:]*). */
int api_prom_name_valid(const char *name);

#endif
