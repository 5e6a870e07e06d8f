/* table.h: aligned text tables for the terminal client, with colour only on a terminal, and
 * the cell formats they share (bytes, counts, ages).
 *
 * Ownership: a cli_table_t is caller-owned storage (init/dispose); it owns copies of every
 * cell. Column definitions are borrowed (static tables). */
#ifndef CLOSURED_CLI_TABLE_H
#define CLOSURED_CLI_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef enum cli_align { CLI_LEFT, CLI_RIGHT } cli_align_t;

typedef struct cli_column {
    const char *title;
    cli_align_t align;
} cli_column_t;

/* SGR colours for a row (ignored without colour). */
#define CLI_SGR_RED "31"
#define CLI_SGR_YELLOW "33"
#define CLI_SGR_GREEN "32"
#define CLI_SGR_DIM "2"
#define CLI_SGR_BOLD "1"

typedef struct cli_table {
    const cli_column_t *cols;
    size_t ncols;
    char **cells;      /* nrows * ncols, row-major, owned */
    const char **sgr;  /* per row: a colour or NULL */
    size_t nrows, cap; /* rows */
    bool color;
    int oom;
} cli_table_t;

void cli_table_init(cli_table_t *t, const cli_column_t *cols, size_t ncols, bool color);
void cli_table_dispose(cli_table_t *t);

/* Appends a row of ncols cells (copied; NULL prints as "-"); sgr colours the row (or NULL). */
void cli_table_add(cli_table_t *t, const char *const *cells, const char *sgr);

/* Prints the header (bold on colour) and the rows, columns padded to their widest cell
 * (counted in characters, not bytes), separated by two spaces, no trailing blanks.
 * Returns 0, or -1 when a row could not be stored (out of memory). */
int cli_table_print(const cli_table_t *t, FILE *out);

/* "512 B", "1.5 KiB", "12.0 MiB". buf needs 16 bytes. */
const char *cli_fmt_bytes(double bytes, char *buf, size_t n);

/* A JSON number as an integer string ("-" for NaN). buf needs 24 bytes. */
const char *cli_fmt_int(double v, char *buf, size_t n);

/* Seconds as "45s", "12m03s", "3h12m", "2d04h". buf needs 16 bytes. */
const char *cli_fmt_duration(double seconds, char *buf, size_t n);

/* Characters (UTF-8 code points) in s. */
size_t cli_text_width(const char *s);

#endif
