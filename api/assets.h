/* assets.h: the web/ files embedded at build time (cmake/embed.cmake) and their handler. */
#ifndef CLOSURED_API_ASSETS_H
#define CLOSURED_API_ASSETS_H

#include <stddef.h>

#include "api/http.h"

/* One embedded file. All fields point to static storage in the generated source. */
typedef struct api_asset {
    const char *path; /* "/index.html" */
    const char *mime; /* Content-Type value */
    const char *etag; /* quoted strong ETag, from the content's SHA-256 */
    const unsigned char *data;
    size_t size;
} api_asset_t;

/* Defined by the generated <build>/generated/web_assets.c, sorted by path. */
extern const api_asset_t api_embedded_assets[];
extern const size_t api_embedded_assets_count;

/* The asset at path ("/" means "/index.html"), or NULL. */
const api_asset_t *api_asset_find(const char *path);

/* GET / and GET /{file...}: the asset with Content-Type, ETag and
 * Cache-Control: no-cache; 304 when If-None-Match matches; 404 problem otherwise. */
void api_assets_get(const api_request_t *req, api_response_t *res);

#endif
