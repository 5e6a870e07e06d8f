/* openapi.c: serves the embedded OpenAPI 3 document. */
#include "api/openapi.h"

void api_openapi_get(const api_request_t *req, api_response_t *res)
{
    (void)req;
    api_response_set_static(res, 200, "application/json", api_openapi_json, api_openapi_json_len);
    api_response_add_header(res, "Cache-Control", "no-cache");
}
