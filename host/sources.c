/* sources.c: where workloads come from besides uploads over HTTP: --workload
 * files, the --workloads directory and its reload on SIGHUP, and the uploads
 * stored in the state directory. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "host/host.h"

/* ---- files and directories ---------------------------------------------------------- */

/* The file name of path ("examples/a.py" -> "a.py") and its stem ("a"). */
static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* A workload's name: the file's stem, or for DIR/NAME/main.py (a workload
 * of several files in a directory of its own) the directory's name. */
static void stem_of(const char *path, char *buf, size_t len)
{
    const char *b = base_name(path);
    if (strcmp(b, "main.py") == 0 && b > path) {
        const char *end = b - 1, *start = end;
        while (start > path && start[-1] != '/')
            start--;
        size_t n = (size_t)(end - start);
        if (n > 0) {
            if (n >= len)
                n = len - 1;
            memcpy(buf, start, n);
            buf[n] = '\0';
            return;
        }
    }
    size_t n = strcspn(b, "\0");
    const char *dot = strrchr(b, '.');
    if (dot && dot != b)
        n = (size_t)(dot - b);
    if (n >= len)
        n = len - 1;
    memcpy(buf, b, n);
    buf[n] = '\0';
}

static void log_add_failure(d_host_t *h, const char *path, const char *name, d_host_add_result_t r)
{
    switch (r) {
    case D_HOST_ADD_BAD_NAME:
        d_log_error(h->log,
                    "workload file %s: \"%s\" is not a usable name (letters, digits, _ . -; at "
                    "most %d); skipped",
                    path, name, D_WORKLOAD_NAME_MAX);
        break;
    case D_HOST_ADD_EXISTS:
        d_log_error(h->log, "workload file %s: a workload named %s already exists; skipped", path,
                    name);
        break;
    default:
        d_log_error(h->log, "workload file %s: cannot start it (out of memory or closing)", path);
        break;
    }
}

/* The runtime's strings are UTF-8 without NUL from the start: a source file that is
 * anything else is refused here. Returns 1 when src is usable, else 0 after logging why. */
static int text_ok(d_host_t *h, const char *path, const char *src, size_t len)
{
    size_t bad = 0;
    const char *nul = memchr(src, '\0', len);
    if (!nul && rt_utf8_valid(src, len, &bad))
        return 1;
    d_log_error(h->log, "workload file %s: %s at byte %zu; skipped", path,
                nul ? "a NUL byte" : "not valid UTF-8", nul ? (size_t)(nul - src) : bad);
    return 0;
}

/* The modules the workload file at path may import: the .py files and
 * packages of its directory (empty when it cannot be read, or when path is
 * not its directory's own file). */
static void read_imports(d_host_t *h, const char *path, d_files_t *files)
{
    char dir[4096];
    size_t dlen = (size_t)(base_name(path) - path);
    snprintf(dir, sizeof dir, "%.*s", (int)(dlen > 1 ? dlen - 1 : dlen), dlen ? path : ".");
    if (d_files_read_dir(files, dir) != 0)
        d_log_warn(h->log, "workload file %s: cannot read its directory %s; it imports nothing",
                   path, dir);
    if (!d_files_find(files, base_name(path)))
        d_files_dispose(files); /* not its directory's own: nothing to import from there */
}

/* Whether the two sets hold the same names with the same texts. */
static bool files_equal(const d_files_t *a, const d_files_t *b)
{
    if (a->count != b->count || a->bytes != b->bytes)
        return false;
    for (size_t i = 0; i < a->count; i++) {
        const d_file_t *f = d_files_find(b, a->items[i].name);
        if (!f || f->len != a->items[i].len || memcmp(f->text, a->items[i].text, f->len) != 0)
            return false;
    }
    return true;
}

int d_host_add_file(d_host_t *h, const char *path, d_workload_origin_t origin)
{
    char name[D_WORKLOAD_NAME_MAX + 2];
    stem_of(path, name, sizeof name);
    size_t len = 0;
    char *src = d_file_read(path, &len);
    if (!src) {
        d_log_error(h->log, "workload file %s: cannot read it: %s", path, strerror(errno));
        return -1;
    }
    if (!text_ok(h, path, src, len)) {
        free(src);
        return -1;
    }
    d_files_t files = {0};
    read_imports(h, path, &files);
    d_workload_options_t opt = {
        .name = name,
        .filename = base_name(path),
        .source = src,
        .source_len = len,
        .origin = origin,
        .path = path,
        .files = &files,
    };
    d_host_add_result_t r = d__host_add(h, &opt, false, false, NULL, NULL, NULL);
    d_files_dispose(&files);
    free(src);
    if (r != D_HOST_ADD_OK) {
        log_add_failure(h, path, name, r);
        return -1;
    }
    return 0;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The *.py files of dir as "dir/file" paths, sorted. NULL when dir cannot be read. */
static char **list_py(const char *dir, size_t *count)
{
    DIR *d = opendir(dir);
    if (!d)
        return NULL;
    char **paths = NULL;
    size_t n = 0, cap = 0;
    const struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        char sub[4096];
        struct stat sb;
        bool multi = e->d_name[0] != '.' &&
                     snprintf(sub, sizeof sub, "%s/%s/main.py", dir, e->d_name) < (int)sizeof sub &&
                     stat(sub, &sb) == 0 && S_ISREG(sb.st_mode);
        if (multi) /* a workload of several files: DIR/NAME/main.py */
            len += strlen("/main.py");
        else if (e->d_name[0] == '.' || len < 4 || strcmp(e->d_name + len - 3, ".py") != 0)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            char **grown = realloc(paths, (cap + 1) * sizeof *paths);
            if (!grown)
                break;
            paths = grown;
        }
        size_t plen = strlen(dir) + 1 + len + 1;
        if (!(paths[n] = malloc(plen)))
            break;
        snprintf(paths[n++], plen, "%s/%s%s", dir, e->d_name, multi ? "/main.py" : "");
    }
    closedir(d);
    if (!paths)
        paths = calloc(1, sizeof *paths);
    if (paths && n)
        qsort(paths, n, sizeof *paths, by_name);
    *count = n;
    return paths;
}

static void free_list(char **paths, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(paths[i]);
    free(paths);
}

int d_host_add_dir(d_host_t *h, const char *dir)
{
    size_t n = 0;
    char **paths = list_py(dir, &n);
    if (!paths) {
        d_log_error(h->log, "--workloads %s: cannot read the directory: %s", dir, strerror(errno));
        return -1;
    }
    int added = 0;
    for (size_t i = 0; i < n; i++)
        added += d_host_add_file(h, paths[i], D_ORIGIN_DIR) == 0;
    free_list(paths, n);
    return added;
}

int d_host_reload_dir(d_host_t *h, const char *dir)
{
    size_t n = 0;
    char **paths = list_py(dir, &n);
    if (!paths) {
        d_log_error(h->log, "reload: cannot read %s: %s; nothing changed", dir, strerror(errno));
        return -1;
    }
    int added = 0, changed = 0, removed = 0, same = 0;
    /* Workloads of the directory whose file is gone. */
    for (d_workload_t *w = h->head, *next; w; w = next) {
        next = w->next;
        if (w->origin != D_ORIGIN_DIR)
            continue;
        bool present = false;
        for (size_t i = 0; i < n && !present; i++) {
            char name[D_WORKLOAD_NAME_MAX + 2];
            stem_of(paths[i], name, sizeof name);
            present = strcmp(name, w->name) == 0;
        }
        if (!present) {
            d_host_remove(h, w);
            removed++;
        }
    }
    for (size_t i = 0; i < n; i++) {
        char name[D_WORKLOAD_NAME_MAX + 2];
        stem_of(paths[i], name, sizeof name);
        d_workload_t *w = d_host_find(h, name);
        if (!w) {
            added += d_host_add_file(h, paths[i], D_ORIGIN_DIR) == 0;
            continue;
        }
        if (w->origin != D_ORIGIN_DIR)
            continue; /* a workload from elsewhere has the name: it stays */
        size_t len = 0;
        char *src = d_file_read(paths[i], &len);
        if (!src) {
            d_log_error(h->log, "reload: cannot read %s: %s; %s unchanged", paths[i],
                        strerror(errno), name);
            continue;
        }
        /* A workload of its own directory (DIR/NAME/main.py) owns every file
         * there: a change to any module reloads it with the new set. A file
         * of the directory itself restarts only when its own text changes
         * (its siblings are other workloads, importable but not its own). */
        bool own_dir = strcmp(base_name(paths[i]), "main.py") == 0 &&
                       strcmp(base_name(w->filename), "main.py") == 0;
        d_files_t now = {0};
        if (own_dir)
            read_imports(h, paths[i], &now);
        bool modules_same = !own_dir || files_equal(&now, &w->files);
        if (!text_ok(h, paths[i], src, len)) {
            /* keeps running the source it had */
        } else if (!modules_same) {
            /* the file set is fixed for a workload's life: replace the workload */
            d_log_info(h->log, "workload %s: its files changed, loading them anew", name);
            d_host_remove(h, w);
            changed += d_host_add_file(h, paths[i], D_ORIGIN_DIR) == 0;
        } else if (len == w->source_len && memcmp(src, w->source, len) == 0) {
            same++;
        } else if (d_host_restart(h, w, src, len) == 0) {
            d_log_info(h->log, "workload %s: source changed, restarting", name);
            changed++;
        }
        d_files_dispose(&now);
        free(src);
    }
    free_list(paths, n);
    d_log_info(h->log, "reloaded %s: %d added, %d changed, %d removed, %d unchanged", dir, added,
               changed, removed, same);
    return 0;
}

static void load_record(void *ctx, const d_store_record_t *rec)
{
    d_host_t *h = ctx;
    char filename[D_WORKLOAD_NAME_MAX + 8];
    snprintf(filename, sizeof filename, "%s.py", rec->name);
    d_workload_options_t opt = {
        .name = rec->name,
        .filename = rec->main ? rec->main : filename,
        .files = rec->files,
        .source = rec->source,
        .source_len = rec->source_len,
        .tick_ms = rec->tick_ms,
        .heap_limit_bytes = rec->heap_limit_bytes,
        .origin = D_ORIGIN_UPLOAD,
    };
    d_host_add_result_t r = d__host_add(h, &opt, false, false, NULL, NULL, NULL);
    if (r != D_HOST_ADD_OK)
        log_add_failure(h, h->store.dir, rec->name, r);
}

void d__host_load_stored(d_host_t *h)
{
    size_t n = d_store_load(&h->store, load_record, h);
    if (h->store.dir)
        d_log_info(h->log, "state dir %s: %zu stored upload(s) loaded", h->store.dir, n);
}
