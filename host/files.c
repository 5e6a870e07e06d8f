/* files.c: a workload's source files by relative name: checking names and
 * texts, reading a directory tree, and serving them to the runtime's import. */
#include "host/files.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "host/util.h"
#include "runtime/rt.h"

const char *d_files_name_check(const char *name)
{
    size_t n = strlen(name);
    if (n == 0)
        return "must not be empty";
    if (n > D_FILES_NAME_MAX)
        return "is too long (at most 200 bytes)";
    if (!rt_utf8_valid(name, n, NULL))
        return "is not valid UTF-8";
    if (name[0] == '/')
        return "must be relative (no leading '/')";
    if (n < 4 || strcmp(name + n - 3, ".py") != 0)
        return "must end in .py";
    for (const char *p = name; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x20 || c == 0x7f || c == '\\' || c == ':')
            return "must not contain control characters, '\\' or ':'";
    }
    /* every '/'-separated segment: non-empty, not "." or "..", no leading '.' */
    const char *seg = name;
    while (seg) {
        const char *end = strchr(seg, '/');
        size_t len = end ? (size_t)(end - seg) : strlen(seg);
        if (len == 0)
            return "must not contain empty segments ('//' or a trailing '/')";
        if ((len == 1 && seg[0] == '.') || (len == 2 && seg[0] == '.' && seg[1] == '.'))
            return "must not contain '.' or '..' segments";
        if (seg[0] == '.')
            return "must not contain hidden segments (starting with '.')";
        seg = end ? end + 1 : NULL;
    }
    return NULL;
}

const char *d_files_text_check(const char *text, size_t len)
{
    if (memchr(text, '\0', len))
        return "contains a NUL byte";
    if (!rt_utf8_valid(text, len, NULL))
        return "is not valid UTF-8";
    return NULL;
}

int d_files_add(d_files_t *fs, const char *name, const char *text, size_t len)
{
    if (d_files_find(fs, name))
        return -EEXIST;
    if (fs->count >= D_FILES_MAX || len > D_FILES_MAX_BYTES - fs->bytes)
        return -E2BIG;
    d_file_t *items = realloc(fs->items, (fs->count + 1) * sizeof *items);
    if (!items)
        return -ENOMEM;
    fs->items = items;
    d_file_t *f = &items[fs->count];
    f->name = d_strdup(name);
    f->text = d_strndup(text, len);
    if (!f->name || !f->text) {
        free(f->name);
        free(f->text);
        return -ENOMEM;
    }
    f->len = len;
    fs->count++;
    fs->bytes += len;
    return 0;
}

const d_file_t *d_files_find(const d_files_t *fs, const char *name)
{
    for (size_t i = 0; i < fs->count; i++)
        if (strcmp(fs->items[i].name, name) == 0)
            return &fs->items[i];
    return NULL;
}

int d_files_copy(d_files_t *dst, const d_files_t *src)
{
    memset(dst, 0, sizeof *dst);
    for (size_t i = 0; i < src->count; i++)
        if (d_files_add(dst, src->items[i].name, src->items[i].text, src->items[i].len) != 0) {
            d_files_dispose(dst);
            return -ENOMEM;
        }
    return 0;
}

void d_files_dispose(d_files_t *fs)
{
    for (size_t i = 0; i < fs->count; i++) {
        free(fs->items[i].name);
        free(fs->items[i].text);
    }
    free(fs->items);
    memset(fs, 0, sizeof *fs);
}

/* Adds the *.py files under root/rel (rel "" for root itself), depth levels deep. */
static int read_tree(d_files_t *fs, const char *root, const char *rel, int depth)
{
    char dir[4096];
    if (snprintf(dir, sizeof dir, "%s%s%s", root, rel[0] ? "/" : "", rel) >= (int)sizeof dir)
        return -ENAMETOOLONG;
    DIR *d = opendir(dir);
    if (!d)
        return -errno;
    const struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char name[D_FILES_NAME_MAX + 1], path[4096];
        if (snprintf(name, sizeof name, "%s%s%s", rel, rel[0] ? "/" : "", e->d_name) >=
                (int)sizeof name ||
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >= (int)sizeof path)
            continue;
        struct stat sb;
        if (stat(path, &sb) != 0)
            continue;
        if (S_ISDIR(sb.st_mode)) {
            /* only packages: import finds nothing else below, and a large
             * tree (a home directory) is not walked */
            char init[4096];
            struct stat ib;
            if (depth > 0 &&
                snprintf(init, sizeof init, "%s/__init__.py", path) < (int)sizeof init &&
                stat(init, &ib) == 0 && S_ISREG(ib.st_mode))
                read_tree(fs, root, name, depth - 1);
            continue;
        }
        if (!S_ISREG(sb.st_mode) || d_files_name_check(name) ||
            (size_t)sb.st_size > D_FILES_MAX_BYTES - fs->bytes)
            continue;
        size_t len = 0;
        char *text = d_file_read(path, &len);
        if (!text)
            continue;
        if (!d_files_text_check(text, len))
            d_files_add(fs, name, text, len);
        free(text);
    }
    closedir(d);
    return 0;
}

int d_files_read_dir(d_files_t *fs, const char *dir)
{
    return read_tree(fs, dir, "", D_FILES_DIR_DEPTH);
}

char *d_files_read_source(void *ctx, const char *path, size_t *len)
{
    size_t n = strlen(path);
    if (n > 1 && path[n - 1] == '/') { /* a directory: any file below it */
        const d_files_t *fs = ctx;
        for (size_t i = 0; i < fs->count; i++)
            if (strncmp(fs->items[i].name, path, n) == 0) {
                *len = 0;
                return calloc(1, 1);
            }
        return NULL;
    }
    const d_file_t *f = d_files_find(ctx, path);
    if (!f)
        return NULL;
    char *copy = malloc(f->len + 1);
    if (!copy)
        return NULL;
    memcpy(copy, f->text, f->len + 1);
    *len = f->len;
    return copy;
}
