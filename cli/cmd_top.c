/* cmd_top.c: `closured top`: a live table of the workloads fed by the event stream
 * (/api/v1/events `stats`), redrawn every second like top(1); q or Ctrl-C quits. */
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "cli/commands.h"
#include "cli/table.h"

#define TOP_MAX_WORKLOADS 512

/* Set by SIGINT/SIGTERM. A signal handler can only reach static storage: this flag is the
 * one piece of it, read by the stream's idle callback. */
static volatile sig_atomic_t top_signalled;

static void on_signal(int sig)
{
    (void)sig;
    top_signalled = 1;
}

typedef struct row {
    char name[72];
    char state[16];
    double heap, objects, closures, env, pause, ticks, ticks_rate, time;
    double collections[3];
    int seen; /* a stats event arrived */
} row_t;

typedef struct top {
    cli_t *c;
    row_t *rows;
    size_t nrows;
    char event[32];
    char *data; /* the event's data lines, joined */
    size_t data_len;
    long frames, max_frames;
    double last_draw, started;
    int dirty;
    int tty_out, tty_in;
    int quit; /* q, a signal or --iterations ended it */
    int oom;
} top_t;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static row_t *find(top_t *t, const char *name, int create)
{
    for (size_t i = 0; i < t->nrows; i++)
        if (strcmp(t->rows[i].name, name) == 0)
            return &t->rows[i];
    if (!create || t->nrows == TOP_MAX_WORKLOADS)
        return NULL;
    row_t *r = &t->rows[t->nrows++];
    memset(r, 0, sizeof *r);
    snprintf(r->name, sizeof r->name, "%s", name);
    r->ticks_rate = NAN; /* until two stats events */
    return r;
}

static void on_stats(top_t *t, const cJSON *j)
{
    const char *name = cli_str(j, "workload");
    row_t *r = name ? find(t, name, 1) : NULL;
    if (!r)
        return;
    double ticks = cli_num(j, "ticks_total"), time = cli_num(j, "time");
    if (r->seen && time > r->time)
        r->ticks_rate = (ticks - r->ticks) / (time - r->time);
    r->ticks = ticks;
    r->time = time;
    r->heap = cli_num(j, "heap_bytes");
    r->objects = cli_num(j, "heap_objects");
    r->closures = cli_num(j, "closures");
    r->env = cli_num(j, "env_bytes");
    r->pause = cli_num(j, "max_pause_seconds");
    const cJSON *cols = cJSON_GetObjectItemCaseSensitive(j, "collections");
    for (int g = 0; g < 3; g++) {
        const cJSON *v = cJSON_GetArrayItem(cols, g);
        r->collections[g] = cJSON_IsNumber(v) ? v->valuedouble : 0;
    }
    snprintf(r->state, sizeof r->state, "%s", cli_str(j, "state") ? cli_str(j, "state") : "?");
    r->seen = 1;
    t->dirty = 1;
}

static void on_workload(top_t *t, const cJSON *j)
{
    const char *name = cli_str(j, "workload"), *change = cli_str(j, "change");
    if (!name || !change)
        return;
    if (strcmp(change, "removed") == 0) {
        row_t *r = find(t, name, 0);
        if (r) {
            *r = t->rows[--t->nrows];
            t->dirty = 1;
        }
        return;
    }
    row_t *r = find(t, name, 1);
    if (r && cli_str(j, "state")) {
        snprintf(r->state, sizeof r->state, "%s", cli_str(j, "state"));
        t->dirty = 1;
    }
}

static const cli_column_t top_cols[] = {
    {"WORKLOAD", CLI_LEFT},    {"STATE", CLI_LEFT},      {"HEAP", CLI_RIGHT},
    {"OBJECTS", CLI_RIGHT},    {"CLOSURES", CLI_RIGHT},  {"ENV", CLI_RIGHT},
    {"GC/S 0/1/2", CLI_RIGHT}, {"MAX PAUSE", CLI_RIGHT}, {"TICKS/S", CLI_RIGHT},
};

static int by_heap(const void *a, const void *b)
{
    const row_t *x = a, *y = b;
    return (y->heap > x->heap) - (y->heap < x->heap);
}

static void draw(top_t *t)
{
    FILE *o = t->c->out;
    if (t->tty_out)
        fputs("\033[H\033[2J", o);
    else if (t->frames)
        fputc('\n', o);
    qsort(t->rows, t->nrows, sizeof *t->rows, by_heap);
    double heap = 0, closures = 0;
    for (size_t i = 0; i < t->nrows; i++) {
        heap += t->rows[i].seen ? t->rows[i].heap : 0;
        closures += t->rows[i].seen ? t->rows[i].closures : 0;
    }
    char hb[16], clock[16];
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    strftime(clock, sizeof clock, "%H:%M:%S", &tm);
    fprintf(o, "closured top - %s - %s - %zu workloads, heap %s, %.0f closures%s\n",
            t->c->http.base, clock, t->nrows, cli_fmt_bytes(heap, hb, sizeof hb), closures,
            t->tty_in ? " - q quits" : "");
    cli_table_t tab;
    cli_table_init(&tab, top_cols, sizeof top_cols / sizeof top_cols[0], t->c->color);
    for (size_t i = 0; i < t->nrows; i++) {
        const row_t *r = &t->rows[i];
        char h[16], ob[24], cl[24], env[16], gc[48], pause[24], ticks[24];
        snprintf(gc, sizeof gc, "%.0f/%.0f/%.0f", r->collections[0], r->collections[1],
                 r->collections[2]);
        snprintf(pause, sizeof pause, "%.2f ms", r->pause * 1e3);
        snprintf(ticks, sizeof ticks, "%.1f", r->ticks_rate);
        const char *cells[] = {r->name,
                               r->state,
                               r->seen ? cli_fmt_bytes(r->heap, h, sizeof h) : NULL,
                               r->seen ? cli_fmt_int(r->objects, ob, sizeof ob) : NULL,
                               r->seen ? cli_fmt_int(r->closures, cl, sizeof cl) : NULL,
                               r->seen ? cli_fmt_bytes(r->env, env, sizeof env) : NULL,
                               r->seen ? gc : NULL,
                               r->seen ? pause : NULL,
                               r->seen && !isnan(r->ticks_rate) ? ticks : NULL};
        const char *sgr = strcmp(r->state, "failed") == 0   ? CLI_SGR_RED
                          : strcmp(r->state, "paused") == 0 ? CLI_SGR_YELLOW
                                                            : NULL;
        cli_table_add(&tab, cells, sgr);
    }
    if (cli_table_print(&tab, o) != 0)
        t->oom = 1;
    cli_table_dispose(&tab);
    fflush(o);
    t->frames++;
    t->dirty = 0;
    t->last_draw = now_s();
}

/* One complete event: dispatch on its name. */
static void dispatch(top_t *t)
{
    if (t->data_len && (strcmp(t->event, "stats") == 0 || strcmp(t->event, "workload") == 0)) {
        cJSON *j = cJSON_Parse(t->data);
        if (strcmp(t->event, "stats") == 0)
            on_stats(t, j);
        else
            on_workload(t, j);
        cJSON_Delete(j);
    }
    t->event[0] = '\0';
    t->data_len = 0;
}

static int on_line(void *ctx, const char *line, size_t len)
{
    top_t *t = ctx;
    if (len == 0) {
        dispatch(t);
    } else if (len > 6 && strncmp(line, "event:", 6) == 0) {
        size_t skip = line[6] == ' ' ? 7 : 6;
        snprintf(t->event, sizeof t->event, "%.*s", (int)(len - skip), line + skip);
    } else if (len > 5 && strncmp(line, "data:", 5) == 0) {
        size_t skip = line[5] == ' ' ? 6 : 5;
        char *d = realloc(t->data, t->data_len + (len - skip) + 2);
        if (!d) {
            t->oom = 1;
            return 1;
        }
        t->data = d;
        if (t->data_len)
            t->data[t->data_len++] = '\n';
        memcpy(t->data + t->data_len, line + skip, len - skip);
        t->data_len += len - skip;
        t->data[t->data_len] = '\0';
    }
    return 0;
}

/* Ten times a second: quit on a signal or q; redraw once a second when there is news. */
static int on_idle(void *ctx)
{
    top_t *t = ctx;
    if (top_signalled || t->oom)
        return t->quit = 1;
    if (t->tty_in) {
        struct pollfd p = {.fd = STDIN_FILENO, .events = POLLIN};
        char ch;
        while (poll(&p, 1, 0) > 0 && read(STDIN_FILENO, &ch, 1) == 1)
            if (ch == 'q' || ch == 'Q' || ch == 3 /* Ctrl-C without ISIG */)
                return t->quit = 1;
    }
    /* The first screen waits (a little) for every workload's first stats. */
    int all_seen = 1;
    for (size_t i = 0; i < t->nrows; i++)
        all_seen &= t->rows[i].seen;
    double now = now_s();
    if (t->dirty && now - t->last_draw >= 1.0 && (all_seen || now - t->started > 2.5)) {
        draw(t);
        if (t->max_frames && t->frames >= t->max_frames)
            return t->quit = 1;
    }
    return 0;
}

int cli_cmd_top(cli_t *c)
{
    long iterations = 0;
    int rc = cli_opt_int(c, "--iterations", 1, 1000000, &iterations);
    if (rc != CLI_OK)
        return rc;
    top_t t = {.c = c, .max_frames = iterations};
    t.rows = calloc(TOP_MAX_WORKLOADS, sizeof *t.rows);
    if (!t.rows)
        return cli_fail(c, CLI_REFUSED, "out of memory");
    t.started = now_s();
    t.tty_out = isatty(STDOUT_FILENO);
    t.tty_in = isatty(STDIN_FILENO);

    struct sigaction sa, old_int, old_term;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    top_signalled = 0;
    sigaction(SIGINT, &sa, &old_int);
    sigaction(SIGTERM, &sa, &old_term);
    struct termios saved;
    if (t.tty_in && tcgetattr(STDIN_FILENO, &saved) == 0) {
        struct termios raw = saved;
        raw.c_lflag &= (tcflag_t) ~(ICANON | ECHO);
        raw.c_cc[VMIN] = 0;
        raw.c_cc[VTIME] = 0;
        tcsetattr(STDIN_FILENO, TCSANOW, &raw);
    } else {
        t.tty_in = 0;
    }
    if (t.tty_out)
        fputs("\033[?25l", c->out); /* hide the cursor while drawing */

    cli_reply_t r;
    int s = cli_http_stream(&c->http, "/api/v1/events", on_line, on_idle, &t, &r);

    if (t.tty_out)
        fputs("\033[?25h", c->out);
    if (t.tty_in)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGTERM, &old_term, NULL);

    if (s < 0)
        rc = cli_fail(c, CLI_UNREACHABLE, "cannot reach %s: %s", c->http.base, c->http.err);
    else if (s > 0)
        rc = cli_report(c, &r);
    else if (t.oom)
        rc = cli_fail(c, CLI_REFUSED, "out of memory");
    else if (!t.quit)
        rc = cli_fail(c, CLI_UNREACHABLE, "the daemon ended the event stream");
    cli_reply_dispose(&r);
    free(t.data);
    free(t.rows);
    return rc;
}
