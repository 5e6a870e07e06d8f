/* openapi.h: GET /api/v1/openapi.json, the OpenAPI 3 description of the API
 * (api/openapi.json, embedded at build time by api/openapi_gen.cmake). */
#ifndef CLOSURED_API_OPENAPI_H
#define CLOSURED_API_OPENAPI_H

#include <stddef.h>

#include "api/http.h"

/* Defined by the generated <build>/generated/openapi_json.c. */
extern const unsigned char api_openapi_json[];
extern const size_t api_openapi_json_len;

/* GET /api/v1/openapi.json: the embedded document as application/json. */
void api_openapi_get(const api_request_t *req, api_response_t *res);

#endif
