/* auth.c: bearer-token authorization of API requests (RFC 6750 header form). */
#include "api/auth.h"

#include <string.h>
#include <strings.h>

#include "api/app.h"
#include "api/problem.h"
#include "api/router.h"

int api_auth_token_equal(const char *presented, size_t len, const char *expected)
{
    size_t n = strlen(expected);
    unsigned char diff = (unsigned char)(len != n);
    for (size_t i = 0; i < len; i++)
        diff |= (unsigned char)(presented[i] ^ expected[i < n ? i : 0]);
    return n > 0 && diff == 0;
}

int api_auth_check(const api_request_t *req, api_response_t *res)
{
    const api_app_t *app = api_app_of(req);
    if (!app || !app->token || (req->route_flags & API_ROUTE_PUBLIC))
        return 1;
    if (!(req->route_flags & API_ROUTE_MUTATING) && !app->token_for_reads)
        return 1;
    const char *h = api_request_header(req, "Authorization");
    const char *q =
        (req->route_flags & API_ROUTE_QUERY_TOKEN) && !(req->route_flags & API_ROUTE_MUTATING)
            ? api_request_query(req, "token")
            : NULL;
    if (!h && q) {
        if (api_auth_token_equal(q, strlen(q), app->token))
            return 1;
        api_problem(res, 401, NULL, NULL, "the token (?token=) is not the configured one");
    } else if (h && strncasecmp(h, "Bearer ", 7) == 0) {
        const char *tok = h + 7;
        while (*tok == ' ')
            tok++;
        size_t len = strlen(tok);
        while (len > 0 && tok[len - 1] == ' ')
            len--;
        if (api_auth_token_equal(tok, len, app->token))
            return 1;
        api_problem(res, 401, NULL, NULL, "the bearer token is not the configured one");
    } else {
        api_problem(res, 401, NULL, NULL,
                    "this route needs \"Authorization: Bearer TOKEN\" with the token from "
                    "--token-file");
    }
    api_response_add_header(res, "WWW-Authenticate", "Bearer realm=\"closured\"");
    return 0;
}
