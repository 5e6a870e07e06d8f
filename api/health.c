/* health.c: GET /healthz, a liveness answer (the loop is serving requests). */
#include "api/health.h"

void api_health_get(const api_request_t *req, api_response_t *res)
{
    (void)req;
    static const char ok[] = "{\"status\":\"ok\"}";
    api_response_set_static(res, 200, "application/json", ok, sizeof ok - 1);
}
