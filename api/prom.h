/* prom.h: a writer for the Prometheus exposition formats: the classic text
 * format 0.0.4 and OpenMetrics 1.0 (HELP, TYPE and UNIT lines, samples with
 * escaped label values, `_created` samples, `# EOF`), chosen per scrape from
 * the Accept header.
 *
 * Collectors write one stream of calls for both formats; the writer makes
 * the differences: an OpenMetrics counter family drops the `_total` of its
 * sample names, an info family drops `_info`, a family whose name ends in
 * `_bytes` or `_seconds` gets a UNIT line, `_created` samples and `# EOF`
 * exist only in OpenMetrics.
 *
 * Ownership: api_prom_t is caller-owned storage wrapping an api_buf_t; the
 * text is taken with api_buf_take(&p->buf, ...) or freed by api_prom_dispose. */
#ifndef CLOSURED_API_PROM_H
#define CLOSURED_API_PROM_H

#include <stddef.h>
#include <stdint.h>

#include "api/buf.h"

#define API_PROM_CONTENT_TYPE "text/plain; version=0.0.4; charset=utf-8"
#define API_OPENMETRICS_CONTENT_TYPE "application/openmetrics-text; version=1.0.0; charset=utf-8"

typedef enum api_prom_format {
    API_PROM_TEXT,        /* text/plain; version=0.0.4 */
    API_PROM_OPENMETRICS, /* application/openmetrics-text; version=1.0.0 */
} api_prom_format_t;

typedef enum api_prom_type {
    API_PROM_COUNTER,
    API_PROM_GAUGE,
    API_PROM_HISTOGRAM,
    API_PROM_INFO, /* OpenMetrics info; a gauge of value 1 in the text format */
} api_prom_type_t;

typedef struct api_prom_label {
    const char *name;  /* [a-zA-Z_][a-zA-Z0-9_]* */
    const char *value; /* any UTF-8; escaped here */
} api_prom_label_t;

typedef struct api_prom {
    api_buf_t buf;
    api_prom_format_t format; /* API_PROM_TEXT after init; set it before writing */
} api_prom_t;

void api_prom_init(api_prom_t *p);
void api_prom_dispose(api_prom_t *p);

/* The format an Accept header asks for: OpenMetrics 1.0 when the client
 * accepts application/openmetrics-text (version 1.0.0 or none) with a q-value
 * at least that of text/plain; the text format otherwise (also for NULL). */
api_prom_format_t api_prom_negotiate(const char *accept);

/* The Content-Type of a format. */
const char *api_prom_content_type(api_prom_format_t f);

/* "counter", "gauge", "histogram", "info". */
const char *api_prom_type_name(api_prom_type_t t);

/* Starts a family; name is the sample name ("x_total" for a counter,
 * "x_info" for info). Writes HELP (help escaped) and TYPE, and in OpenMetrics
 * UNIT when the family name ends in _bytes or _seconds. */
void api_prom_family(api_prom_t *p, const char *name, api_prom_type_t type, const char *help);

/* OpenMetrics only (nothing in the text format): name_created{labels} with
 * the unix time the series started counting. name is the counter's sample
 * name ("x_total") or the histogram's family name. */
void api_prom_created(api_prom_t *p, const char *name, const api_prom_label_t *labels,
                      size_t nlabels, double unix_seconds);

/* Ends the exposition: "# EOF" in OpenMetrics, nothing in the text format. */
void api_prom_finish(api_prom_t *p);

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
