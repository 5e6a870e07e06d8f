/* store.c: atomic one-file-per-workload persistence of uploads (temp file, fsync, rename). */
#include "host/store.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "host/util.h"
#include "runtime/rt.h"

#define SUFFIX ".workload.json"

/* Deletes the ".NAME.workload.json.tmp" files a save interrupted by a crash left behind
 * (the rename never happened, so the previous NAME.workload.json is still whole). */
static void remove_orphans(const d_store_t *st)
{
    DIR *dir = opendir(st->dir);
    if (!dir)
        return;
    static const char tmp_suffix[] = SUFFIX ".tmp";
    size_t removed = 0;
    const struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        size_t n = strlen(e->d_name);
        if (e->d_name[0] != '.' || n <= sizeof tmp_suffix ||
            strcmp(e->d_name + n - (sizeof tmp_suffix - 1), tmp_suffix) != 0)
            continue;
        char path[4096];
        if (snprintf(path, sizeof path, "%s/%s", st->dir, e->d_name) >= (int)sizeof path)
            continue;
        if (unlink(path) == 0)
            removed++;
        else
            d_log_warn(st->log, "store: cannot remove the unfinished save %s: %s", path,
                       strerror(errno));
    }
    closedir(dir);
    if (removed)
        d_log_info(st->log, "store: removed %zu unfinished save(s) from %s", removed, st->dir);
}

int d_store_init(d_store_t *st, const char *dir, const d_log_t *log)
{
    st->dir = NULL;
    st->log = log;
    if (!dir)
        return 0;
    /* Uploads are code and may hold secrets: the directory and its files are the owner's. */
    if (mkdir(dir, 0700) != 0 && errno != EEXIST)
        return -errno;
    struct stat sb;
    if (stat(dir, &sb) != 0)
        return -errno;
    if (!S_ISDIR(sb.st_mode))
        return -ENOTDIR;
    size_t n = strlen(dir) + 1;
    st->dir = malloc(n);
    if (!st->dir)
        return -ENOMEM;
    memcpy(st->dir, dir, n);
    remove_orphans(st);
    return 0;
}

void d_store_dispose(d_store_t *st)
{
    free(st->dir);
    st->dir = NULL;
}

static int path_of(const d_store_t *st, const char *name, const char *prefix, const char *suffix,
                   char *buf, size_t len)
{
    int n = snprintf(buf, len, "%s/%s%s%s", st->dir, prefix, name, suffix);
    return (n < 0 || (size_t)n >= len) ? -ENAMETOOLONG : 0;
}

static int sync_dir(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return -errno;
    int rc = fsync(fd) == 0 ? 0 : -errno;
    close(fd);
    return rc;
}

static int write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, data, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -errno;
        }
        data += n;
        len -= (size_t)n;
    }
    return 0;
}

int d_store_save(const d_store_t *st, const d_store_record_t *rec)
{
    if (!st->dir)
        return 0;
    char final[4096], tmp[4096];
    int rc = path_of(st, rec->name, "", SUFFIX, final, sizeof final);
    if (rc == 0)
        rc = path_of(st, rec->name, ".", SUFFIX ".tmp", tmp, sizeof tmp);
    if (rc != 0)
        return rc;

    cJSON *o = cJSON_CreateObject();
    char *src = malloc(rec->source_len + 1);
    if (!o || !src) {
        cJSON_Delete(o);
        free(src);
        return -ENOMEM;
    }
    memcpy(src, rec->source, rec->source_len);
    src[rec->source_len] = '\0';
    cJSON_AddStringToObject(o, "name", rec->name);
    cJSON_AddStringToObject(o, "source", src);
    cJSON_AddNumberToObject(o, "tick_ms", rec->tick_ms);
    cJSON_AddNumberToObject(o, "heap_limit_bytes", (double)rec->heap_limit_bytes);
    free(src);
    if (rec->files && rec->files->count) {
        cJSON *files = cJSON_AddObjectToObject(o, "files");
        for (size_t i = 0; files && i < rec->files->count; i++)
            cJSON_AddStringToObject(files, rec->files->items[i].name, rec->files->items[i].text);
        cJSON_AddStringToObject(o, "main", rec->main ? rec->main : "main.py");
    }
    char *text = cJSON_Print(o);
    cJSON_Delete(o);
    if (!text)
        return -ENOMEM;

    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        free(text);
        return -errno;
    }
    rc = write_all(fd, text, strlen(text));
    free(text);
    if (rc == 0 && fsync(fd) != 0)
        rc = -errno;
    if (close(fd) != 0 && rc == 0)
        rc = -errno;
    if (rc == 0 && rename(tmp, final) != 0)
        rc = -errno;
    if (rc != 0) {
        unlink(tmp);
        return rc;
    }
    return sync_dir(st->dir);
}

int d_store_delete(const d_store_t *st, const char *name)
{
    if (!st->dir)
        return 0;
    char path[4096];
    int rc = path_of(st, name, "", SUFFIX, path, sizeof path);
    if (rc != 0)
        return rc;
    if (unlink(path) != 0)
        return errno == ENOENT ? 0 : -errno;
    return sync_dir(st->dir);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Parses one file and hands it to fn. Returns 1 when passed, 0 when skipped. */
static int load_one(const d_store_t *st, const char *file, d_store_load_fn fn, void *ctx)
{
    char path[4096];
    if (snprintf(path, sizeof path, "%s/%s", st->dir, file) >= (int)sizeof path)
        return 0;
    size_t len = 0;
    char *text = d_file_read(path, &len);
    if (!text) {
        d_log_warn(st->log, "store: cannot read %s; skipped", path);
        return 0;
    }
    /* Written by d_store_save, so UTF-8 without NUL, unless changed by hand since. */
    size_t bad = 0;
    if (memchr(text, '\0', len) || !rt_utf8_valid(text, len, &bad)) {
        d_log_warn(st->log, "store: %s holds a NUL or is not valid UTF-8 (byte %zu); skipped", path,
                   bad);
        free(text);
        return 0;
    }
    cJSON *o = cJSON_Parse(text);
    free(text);
    const cJSON *name = cJSON_GetObjectItemCaseSensitive(o, "name");
    const cJSON *src = cJSON_GetObjectItemCaseSensitive(o, "source");
    const cJSON *tick = cJSON_GetObjectItemCaseSensitive(o, "tick_ms");
    const cJSON *limit = cJSON_GetObjectItemCaseSensitive(o, "heap_limit_bytes");
    size_t stem = strlen(file) - strlen(SUFFIX);
    int ok = cJSON_IsString(name) && cJSON_IsString(src) && strlen(name->valuestring) == stem &&
             strncmp(name->valuestring, file, stem) == 0;
    const cJSON *files = cJSON_GetObjectItemCaseSensitive(o, "files");
    const cJSON *main = cJSON_GetObjectItemCaseSensitive(o, "main");
    d_files_t fs = {0};
    if (ok && cJSON_IsObject(files)) {
        /* checked as an upload's are: a hand-edited file must not reach the runtime otherwise */
        const cJSON *f;
        cJSON_ArrayForEach(f, files)
        {
            if (!cJSON_IsString(f) || d_files_name_check(f->string) ||
                d_files_text_check(f->valuestring, strlen(f->valuestring)) ||
                d_files_add(&fs, f->string, f->valuestring, strlen(f->valuestring)) != 0)
                ok = 0;
        }
        if (!cJSON_IsString(main) || !d_files_find(&fs, main->valuestring))
            ok = 0;
    }
    if (ok) {
        d_store_record_t rec = {
            .files = fs.count ? &fs : NULL,
            .main = fs.count ? main->valuestring : NULL,
            .name = name->valuestring,
            .source = src->valuestring,
            .source_len = strlen(src->valuestring),
            .tick_ms = cJSON_IsNumber(tick) && tick->valuedouble > 0 ? (int)tick->valuedouble : 0,
            .heap_limit_bytes =
                cJSON_IsNumber(limit) && limit->valuedouble > 0 ? (size_t)limit->valuedouble : 0,
        };
        fn(ctx, &rec);
    } else {
        d_log_warn(st->log, "store: %s is not a stored workload; skipped", path);
    }
    d_files_dispose(&fs);
    cJSON_Delete(o);
    return ok;
}

size_t d_store_load(const d_store_t *st, d_store_load_fn fn, void *ctx)
{
    if (!st->dir)
        return 0;
    DIR *dir = opendir(st->dir);
    if (!dir) {
        d_log_warn(st->log, "store: cannot open %s: %s", st->dir, strerror(errno));
        return 0;
    }
    char **names = NULL;
    size_t count = 0, cap = 0;
    const struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        size_t n = strlen(e->d_name);
        if (e->d_name[0] == '.' || n <= strlen(SUFFIX) ||
            strcmp(e->d_name + n - strlen(SUFFIX), SUFFIX) != 0)
            continue;
        if (count == cap) {
            cap = cap ? cap * 2 : 16;
            char **grown = realloc(names, cap * sizeof *names);
            if (!grown)
                break;
            names = grown;
        }
        if ((names[count] = malloc(n + 1)) == NULL)
            break;
        memcpy(names[count++], e->d_name, n + 1);
    }
    closedir(dir);
    if (count)
        qsort(names, count, sizeof *names, by_name);
    size_t loaded = 0;
    for (size_t i = 0; i < count; i++) {
        loaded += (size_t)load_one(st, names[i], fn, ctx);
        free(names[i]);
    }
    free(names);
    return loaded;
}
