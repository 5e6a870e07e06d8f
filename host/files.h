/* files.h: the source files of one workload: its main script and the
 * modules and packages it imports, by relative name ("main.py",
 * "pkg/__init__.py"). They come from an upload's `files` object, from the
 * directory a workload file was loaded from, or from the state directory,
 * and the runtime reads them only through d_files_read_source: a workload
 * imports its own files and nothing else of the host.
 *
 * Names are checked by d_files_name_check (relative, no "." or ".."
 * segments, *.py, printable UTF-8) and contents are UTF-8 without NUL; a set
 * holds at most D_FILES_MAX files and D_FILES_MAX_BYTES of text.
 *
 * Ownership: a d_files_t owns its names and texts; d_files_dispose frees
 * them. A set is filled once and then only read (any thread). */
#ifndef CLOSURED_HOST_FILES_H
#define CLOSURED_HOST_FILES_H

#include <stdbool.h>
#include <stddef.h>

#define D_FILES_MAX 256              /* files per workload */
#define D_FILES_MAX_BYTES (8u << 20) /* their text, in total */
#define D_FILES_NAME_MAX 200         /* bytes of one relative name */
#define D_FILES_DIR_DEPTH 8          /* directory levels read below a workload's directory */

typedef struct d_file {
    char *name; /* relative, '/'-separated */
    char *text; /* NUL-terminated (the NUL is not counted in len) */
    size_t len;
} d_file_t;

typedef struct d_files {
    d_file_t *items;
    size_t count;
    size_t bytes; /* sum of len */
} d_files_t;

/* NULL when name is a usable file name, else why not (a phrase for an error
 * message: "must not contain '..' segments", ...). */
const char *d_files_name_check(const char *name);

/* NULL when text[0..len) is usable source (UTF-8, no NUL), else why not. */
const char *d_files_text_check(const char *text, size_t len);

/* Adds a copy of (name, text). 0; -EEXIST for a name already present;
 * -E2BIG past D_FILES_MAX files or D_FILES_MAX_BYTES; -ENOMEM. Names and
 * texts are not checked here (callers check them first). */
int d_files_add(d_files_t *fs, const char *name, const char *text, size_t len);

/* The file named name, or NULL. */
const d_file_t *d_files_find(const d_files_t *fs, const char *name);

/* Copies src into dst (empty). 0 or -ENOMEM (dst is then empty). */
int d_files_copy(d_files_t *dst, const d_files_t *src);

/* Frees every file; fs is empty afterwards. */
void d_files_dispose(d_files_t *fs);

/* Reads the *.py files of dir and of the packages below it (directories
 * holding __init__.py, at most D_FILES_DIR_DEPTH levels), skipping names that start with '.', files
 * d_files_text_check refuses and anything past the limits) into fs. 0, or a negative errno when dir
 * cannot be read. */
int d_files_read_dir(d_files_t *fs, const char *dir);

/* The runtime's source reader (rt_source_fn, runtime/rt.h) over a
 * d_files_t passed as ctx: the named file's text (a malloc'ed copy the
 * runtime frees) or NULL. The runtime asks for names relative to the
 * workload's root ("m.py", "pkg/__init__.py"), and for a directory ("ns/":
 * an empty buffer when some file lies below it). */
char *d_files_read_source(void *ctx, const char *path, size_t *len);

#endif
