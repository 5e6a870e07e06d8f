/* problem.h: renders every HTTP error as application/problem+json (RFC 9457). */
#ifndef CLOSURED_API_PROBLEM_H
#define CLOSURED_API_PROBLEM_H

#include "api/http.h"

/* Makes res an application/problem+json error:
 *   {"type": type or "about:blank", "title": title or the status reason,
 *    "status": status, "detail": the formatted detail (what to fix)}
 * Returns 0, or -1 when out of memory (res is then a fixed 500 problem). */
int api_problem(api_response_t *res, unsigned status, const char *type, const char *title,
                const char *detail_fmt, ...) __attribute__((format(printf, 5, 6)));

/* Same, with extension members: every member of ext (consumed, may be NULL)
 * is moved into the problem object (e.g. "line", "column" of a syntax error). */
int api_problem_ext(api_response_t *res, unsigned status, const char *type, const char *title,
                    cJSON *ext, const char *detail_fmt, ...) __attribute__((format(printf, 6, 7)));

#endif
