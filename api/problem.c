/* problem.c: the one place HTTP errors are rendered, as application/problem+json. */
#include "api/problem.h"

#include <stdarg.h>
#include <stdio.h>

static int render(api_response_t *res, unsigned status, const char *type, const char *title,
                  cJSON *ext, const char *detail)
{
    cJSON *p = cJSON_CreateObject();
    if (p) {
        cJSON_AddStringToObject(p, "type", type ? type : "about:blank");
        cJSON_AddStringToObject(p, "title", title ? title : api_status_reason(status));
        cJSON_AddNumberToObject(p, "status", status);
        cJSON_AddStringToObject(p, "detail", detail);
        while (ext && ext->child) {
            cJSON *item = cJSON_DetachItemViaPointer(ext, ext->child);
            cJSON_AddItemToObject(p, item->string, item);
        }
    }
    cJSON_Delete(ext);
    return api_response_set_json_as(res, status, "application/problem+json", p);
}

int api_problem(api_response_t *res, unsigned status, const char *type, const char *title,
                const char *detail_fmt, ...)
{
    char detail[512];
    va_list ap;
    va_start(ap, detail_fmt);
    vsnprintf(detail, sizeof detail, detail_fmt, ap);
    va_end(ap);
    return render(res, status, type, title, NULL, detail);
}

int api_problem_ext(api_response_t *res, unsigned status, const char *type, const char *title,
                    cJSON *ext, const char *detail_fmt, ...)
{
    char detail[1024];
    va_list ap;
    va_start(ap, detail_fmt);
    vsnprintf(detail, sizeof detail, detail_fmt, ap);
    va_end(ap);
    return render(res, status, type, title, ext, detail);
}
