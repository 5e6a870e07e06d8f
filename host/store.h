/* store.h: persists uploaded workloads in the state directory so they come
 * back after a restart.
 *
 * Layout: one file per workload, <dir>/<name>.workload.json holding
 * {"name", "source", "tick_ms", "heap_limit_bytes"} and, for an upload of
 * several files, "files" ({relative name: text}) and "main". Writes are atomic:
 * a temporary file in the same directory, fsync, rename over the target,
 * fsync of the directory. A store without a directory (none configured)
 * accepts every call and persists nothing.
 *
 * Ownership: d_store_t owns its directory string (d_store_dispose frees it);
 * records handed to the load callback are borrowed for the call. */
#ifndef CLOSURED_HOST_STORE_H
#define CLOSURED_HOST_STORE_H

#include <stddef.h>

#include "daemon/log.h"
#include "host/files.h"

typedef struct d_store {
    char *dir; /* NULL: persistence off */
    const d_log_t *log;
} d_store_t;

/* One persisted workload. */
typedef struct d_store_record {
    const char *name;
    const char *source;
    size_t source_len;
    int tick_ms;             /* 0 = default */
    size_t heap_limit_bytes; /* 0 = default */
    /* an upload of several files: all of them, and the main one's name
     * (files NULL or empty: a single-source upload; main NULL) */
    const d_files_t *files;
    const char *main;
} d_store_record_t;

/* Sets up the store on dir (NULL: off), creating the directory if needed.
 * Returns 0 or a negative errno (the directory cannot be created). */
int d_store_init(d_store_t *st, const char *dir, const d_log_t *log);

/* Frees the directory string. */
void d_store_dispose(d_store_t *st);

/* Writes rec atomically. Returns 0 (also when persistence is off) or a
 * negative errno; on failure the previous version, if any, is intact. */
int d_store_save(const d_store_t *st, const d_store_record_t *rec);

/* Removes the workload's file. Returns 0 (also when absent) or a negative errno. */
int d_store_delete(const d_store_t *st, const char *name);

/* Calls fn for every stored workload, in name order. Unreadable or invalid
 * files are logged and skipped. Returns how many records were passed to fn. */
typedef void (*d_store_load_fn)(void *ctx, const d_store_record_t *rec);
size_t d_store_load(const d_store_t *st, d_store_load_fn fn, void *ctx);

#endif
