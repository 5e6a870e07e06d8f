/* curl_load.c: loads libcurl for the terminal client on first use (curl_load.h). */
#include "cli/curl_load.h"

#include <dlfcn.h>
#include <stdio.h>

/* Each entry: the symbol and where its address goes in the table. */
#define CURL_FUNCS(X)                                                                              \
    X(global_init, curl_global_init)                                                               \
    X(global_cleanup, curl_global_cleanup)                                                         \
    X(easy_init, curl_easy_init)                                                                   \
    X(easy_cleanup, curl_easy_cleanup)                                                             \
    X(easy_reset, curl_easy_reset)                                                                 \
    X(easy_setopt, curl_easy_setopt)                                                               \
    X(easy_getinfo, curl_easy_getinfo)                                                             \
    X(easy_perform, curl_easy_perform)                                                             \
    X(easy_strerror, curl_easy_strerror)                                                           \
    X(slist_append, curl_slist_append)                                                             \
    X(slist_free_all, curl_slist_free_all)                                                         \
    X(multi_init, curl_multi_init)                                                                 \
    X(multi_add_handle, curl_multi_add_handle)                                                     \
    X(multi_remove_handle, curl_multi_remove_handle)                                               \
    X(multi_perform, curl_multi_perform)                                                           \
    X(multi_poll, curl_multi_poll)                                                                 \
    X(multi_info_read, curl_multi_info_read)                                                       \
    X(multi_cleanup, curl_multi_cleanup)

const cli_curl_t *cli_curl_load(char *err, size_t n)
{
    /* The client is one thread; the table is filled once and only read after. */
    static cli_curl_t table;
    static int loaded;
    if (loaded)
        return &table;
    void *lib = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        snprintf(err, n, "cannot load libcurl: %s", dlerror());
        return NULL;
    }
    void *sym;
#define LOAD(field, name)                                                                          \
    if (!(sym = dlsym(lib, #name))) {                                                              \
        snprintf(err, n, "libcurl has no %s", #name);                                              \
        dlclose(lib);                                                                              \
        return NULL;                                                                               \
    }                                                                                              \
    *(void **)&table.field = sym;
    CURL_FUNCS(LOAD)
#undef LOAD
    loaded = 1;
    return &table;
}
