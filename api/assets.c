/* assets.c: serves the embedded web/ files with their content type and ETag (304 on a match). */
#include "api/assets.h"

#include <string.h>

#include "api/problem.h"

const api_asset_t *api_asset_find(const char *path)
{
    if (strcmp(path, "/") == 0)
        path = "/index.html";
    for (size_t i = 0; i < api_embedded_assets_count; i++)
        if (strcmp(api_embedded_assets[i].path, path) == 0)
            return &api_embedded_assets[i];
    return NULL;
}

/* Whether an If-None-Match value (a list of ETags, or *) matches etag. */
static int etag_matches(const char *header, const char *etag)
{
    size_t n = strlen(etag);
    for (const char *p = header; *p;) {
        p += strspn(p, " \t,");
        if (*p == '*')
            return 1;
        if (strncmp(p, "W/", 2) == 0)
            p += 2;
        if (strncmp(p, etag, n) == 0 && (p[n] == '\0' || p[n] == ',' || p[n] == ' '))
            return 1;
        p += strcspn(p, ",");
    }
    return 0;
}

void api_assets_get(const api_request_t *req, api_response_t *res)
{
    const api_asset_t *a = api_asset_find(req->path);
    if (!a) {
        api_problem(res, 404, NULL, NULL, "no resource at %s; the API lives under /api/v1",
                    req->path);
        return;
    }
    const char *inm = api_request_header(req, "If-None-Match");
    if (inm && etag_matches(inm, a->etag))
        api_response_set_static(res, 304, a->mime, NULL, 0);
    else
        api_response_set_static(res, 200, a->mime, a->data, a->size);
    api_response_add_header(res, "ETag", a->etag);
    api_response_add_header(res, "Cache-Control", "no-cache");
}
