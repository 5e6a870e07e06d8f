/* problem.c: the one place HTTP errors are rendered, as application/problem+json. */
#include "api/problem.h"

#include <stdarg.h>
#include <stdio.h>

int api_problem(api_response_t *res, unsigned status, const char *type, const char *title,
                const char *detail_fmt, ...)
{
    char detail[512];
    va_list ap;
    va_start(ap, detail_fmt);
    vsnprintf(detail, sizeof detail, detail_fmt, ap);
    va_end(ap);

    cJSON *p = cJSON_CreateObject();
    if (p) {
        cJSON_AddStringToObject(p, "type", type ? type : "about:blank");
        cJSON_AddStringToObject(p, "title", title ? title : api_status_reason(status));
        cJSON_AddNumberToObject(p, "status", status);
        cJSON_AddStringToObject(p, "detail", detail);
    }
    return api_response_set_json_as(res, status, "application/problem+json", p);
}
