/* table.c: aligned text tables (widths in characters, colour on a terminal) and cell formats. */
#include "cli/table.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void cli_table_init(cli_table_t *t, const cli_column_t *cols, size_t ncols, bool color)
{
    memset(t, 0, sizeof *t);
    t->cols = cols;
    t->ncols = ncols;
    t->color = color;
}

void cli_table_dispose(cli_table_t *t)
{
    for (size_t i = 0; i < t->nrows * t->ncols; i++)
        free(t->cells[i]);
    free(t->cells);
    free(t->sgr);
    memset(t, 0, sizeof *t);
}

void cli_table_add(cli_table_t *t, const char *const *cells, const char *sgr)
{
    if (t->oom)
        return;
    if (t->nrows == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 16;
        char **c = realloc(t->cells, cap * t->ncols * sizeof *c);
        if (c)
            t->cells = c;
        const char **s = c ? realloc(t->sgr, cap * sizeof *s) : NULL;
        if (!c || !s) {
            t->oom = 1;
            return;
        }
        t->sgr = s;
        t->cap = cap;
    }
    char **row = &t->cells[t->nrows * t->ncols];
    for (size_t i = 0; i < t->ncols; i++) {
        row[i] = strdup(cells[i] ? cells[i] : "-");
        if (!row[i]) {
            for (size_t k = 0; k < i; k++)
                free(row[k]);
            t->oom = 1;
            return;
        }
    }
    t->sgr[t->nrows++] = sgr;
}

size_t cli_text_width(const char *s)
{
    size_t n = 0;
    for (const unsigned char *c = (const unsigned char *)s; *c; c++)
        n += (*c & 0xC0) != 0x80;
    return n;
}

static void put_row(const cli_table_t *t, FILE *out, const char *const *cells, const size_t *w,
                    const char *sgr)
{
    if (sgr)
        fprintf(out, "\033[%sm", sgr);
    for (size_t i = 0; i < t->ncols; i++) {
        size_t pad = w[i] - cli_text_width(cells[i]);
        bool last = i + 1 == t->ncols;
        if (t->cols[i].align == CLI_RIGHT)
            fprintf(out, "%*s%s", (int)pad, "", cells[i]);
        else
            fprintf(out, "%s%*s", cells[i], last ? 0 : (int)pad, "");
        if (!last)
            fputs("  ", out);
    }
    if (sgr)
        fputs("\033[0m", out);
    fputc('\n', out);
}

int cli_table_print(const cli_table_t *t, FILE *out)
{
    size_t *w = calloc(t->ncols ? t->ncols : 1, sizeof *w);
    const char **head = calloc(t->ncols ? t->ncols : 1, sizeof *head);
    if (!w || !head) {
        free(w);
        free(head);
        return -1;
    }
    for (size_t i = 0; i < t->ncols; i++) {
        head[i] = t->cols[i].title;
        w[i] = cli_text_width(head[i]);
    }
    for (size_t r = 0; r < t->nrows; r++)
        for (size_t i = 0; i < t->ncols; i++) {
            size_t cw = cli_text_width(t->cells[r * t->ncols + i]);
            if (cw > w[i])
                w[i] = cw;
        }
    put_row(t, out, head, w, t->color ? CLI_SGR_BOLD : NULL);
    for (size_t r = 0; r < t->nrows; r++)
        put_row(t, out, (const char *const *)&t->cells[r * t->ncols], w,
                t->color ? t->sgr[r] : NULL);
    free(w);
    free(head);
    return t->oom ? -1 : 0;
}

const char *cli_fmt_bytes(double bytes, char *buf, size_t n)
{
    static const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    if (isnan(bytes)) {
        snprintf(buf, n, "-");
        return buf;
    }
    int u = 0;
    double v = bytes;
    while (fabs(v) >= 1024 && u < 4) {
        v /= 1024;
        u++;
    }
    if (u == 0)
        snprintf(buf, n, "%.0f B", v);
    else
        snprintf(buf, n, "%.1f %s", v, units[u]);
    return buf;
}

const char *cli_fmt_int(double v, char *buf, size_t n)
{
    if (isnan(v))
        snprintf(buf, n, "-");
    else
        snprintf(buf, n, "%.0f", v);
    return buf;
}

const char *cli_fmt_duration(double seconds, char *buf, size_t n)
{
    long s = seconds > 0 ? (long)seconds : 0;
    if (s < 60)
        snprintf(buf, n, "%lds", s);
    else if (s < 3600)
        snprintf(buf, n, "%ldm%02lds", s / 60, s % 60);
    else if (s < 86400)
        snprintf(buf, n, "%ldh%02ldm", s / 3600, s % 3600 / 60);
    else
        snprintf(buf, n, "%ldd%02ldh", s / 86400, s % 86400 / 3600);
    return buf;
}
