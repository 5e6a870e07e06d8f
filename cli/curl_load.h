/* curl_load.h: libcurl's functions for the terminal client, loaded (dlopen) the
 * first time a command talks to a daemon. Linking libcurl into the binary
 * made every start of `closured run` and `closured serve` bind libcurl and
 * the TLS, LDAP, SSH and Kerberos libraries it pulls in: about 10 million
 * instructions of symbol lookups before main(), three times what the
 * runtime's own start costs.
 *
 * Ownership: the table is loaded once per process and never unloaded; the
 * caller only reads it. */
#ifndef CLOSURED_CLI_CURL_LOAD_H
#define CLOSURED_CLI_CURL_LOAD_H

#include <curl/curl.h>
#include <stddef.h>

typedef struct cli_curl {
    CURLcode (*global_init)(long flags);
    void (*global_cleanup)(void);
    CURL *(*easy_init)(void);
    void (*easy_cleanup)(CURL *c);
    void (*easy_reset)(CURL *c);
    CURLcode (*easy_setopt)(CURL *c, CURLoption opt, ...);
    CURLcode (*easy_getinfo)(CURL *c, CURLINFO info, ...);
    CURLcode (*easy_perform)(CURL *c);
    const char *(*easy_strerror)(CURLcode rc);
    struct curl_slist *(*slist_append)(struct curl_slist *l, const char *s);
    void (*slist_free_all)(struct curl_slist *l);
    CURLM *(*multi_init)(void);
    CURLMcode (*multi_add_handle)(CURLM *m, CURL *c);
    CURLMcode (*multi_remove_handle)(CURLM *m, CURL *c);
    CURLMcode (*multi_perform)(CURLM *m, int *running);
    CURLMcode (*multi_poll)(CURLM *m, struct curl_waitfd extra[], unsigned n, int timeout_ms,
                            int *ret);
    CURLMsg *(*multi_info_read)(CURLM *m, int *left);
    CURLMcode (*multi_cleanup)(CURLM *m);
} cli_curl_t;

/* libcurl's table, loading libcurl.so.4 on the first call. NULL when it
 * cannot be loaded or lacks a function, with why written to err[0..n). */
const cli_curl_t *cli_curl_load(char *err, size_t n);

#endif
