/* health.h: the /healthz handler. */
#ifndef CLOSURED_API_HEALTH_H
#define CLOSURED_API_HEALTH_H

#include "api/http.h"

/* GET /healthz: 200 {"status":"ok"} while the loop is serving. */
void api_health_get(const api_request_t *req, api_response_t *res);

#endif
