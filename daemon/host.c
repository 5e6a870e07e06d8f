/* host.c: the workload set: add/remove with persistence, sampling, the inspector, directory reload,
 * shutdown. */
#include "daemon/host.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A log line's structured field naming the workload (JSON logs carry it as a member). */
#define WORKLOAD_FIELD(name) ((const d_log_field_t[]){{"workload", (name)}})

/* ---- events from workloads ------------------------------------------------------ */

static void on_workload_event(void *ctx, d_workload_t *w, d_workload_state_t old)
{
    d_host_t *h = ctx;
    if (w->state == D_WL_FAILED && w->error_type) {
        if (w->error_line > 0)
            d_log_fields(h->log, D_LOG_ERROR, WORKLOAD_FIELD(w->name), 1,
                         "workload %s: %s -> failed: %s: %s (%s line %d)", w->name,
                         d_workload_state_name(old), w->error_type,
                         w->error_message ? w->error_message : "", w->filename, w->error_line);
        else
            d_log_fields(h->log, D_LOG_ERROR, WORKLOAD_FIELD(w->name), 1,
                         "workload %s: %s -> failed: %s: %s", w->name, d_workload_state_name(old),
                         w->error_type, w->error_message ? w->error_message : "");
    } else {
        d_log_fields(h->log, D_LOG_INFO, WORKLOAD_FIELD(w->name), 1, "workload %s: %s -> %s",
                     w->name, d_workload_state_name(old), d_workload_state_name(w->state));
    }
    if (w->state == D_WL_RUNNING)
        d_sched_wake(&h->sched);
    if (h->listener.on_workload)
        h->listener.on_workload(h->listener.ctx, w, D_HOST_STATE, old);
}

static void on_workload_gc(void *ctx, d_workload_t *w, const rt_gc_event *ev)
{
    d_host_t *h = ctx;
    if (ev->pause_ns > D_HOST_SLOW_GC_NS)
        d_log_fields(h->log, D_LOG_WARN, WORKLOAD_FIELD(w->name), 1,
                     "workload %s: generation %d collection paused %.1f ms (%llu examined, "
                     "%llu collected)",
                     w->name, ev->generation, (double)ev->pause_ns / 1e6,
                     (unsigned long long)ev->examined, (unsigned long long)ev->collected);
    if (h->listener.on_gc)
        h->listener.on_gc(h->listener.ctx, w, ev);
}

/* ---- sampling ---------------------------------------------------------------------- */

static void sample_one(d_host_t *h, d_workload_t *w)
{
    if (!w->rt)
        return;
    d_sample_t s;
    memset(&s, 0, sizeof s);
    rt_inspect_totals t;
    rt_inspect_env_totals_t env; /* O(live closures), once a second */
    d_workload_counters_t c;
    rt_inspect_totals_get(w->rt, &t);
    rt_inspect_env_totals(w->rt, &env);
    d_workload_counters(w, &c);
    const d_sample_t *prev = d_series_last(&w->series);
    s.time = d_now_unix();
    s.heap_bytes = t.heap_bytes;
    s.heap_objects = t.heap_objects;
    s.closures = env.closures;
    s.env_bytes = env.env_bytes;
    s.env_shallow_bytes = env.env_shallow_bytes;
    for (int g = 0; g < D_SERIES_GENERATIONS && g < RT_GC_GENERATIONS; g++) {
        s.collections_total[g] = c.gc_collections[g];
        uint64_t before = prev ? prev->collections_total[g] : 0;
        s.collections[g] = c.gc_collections[g] >= before ? c.gc_collections[g] - before : 0;
    }
    s.max_pause_ns = w->pause_max_recent_ns;
    w->pause_max_recent_ns = 0;
    s.instructions_total = c.instructions;
    s.ticks_total = w->ticks_total;
    d_series_push(&w->series, &s);
    if (h->listener.on_sample)
        h->listener.on_sample(h->listener.ctx, w, d_series_last(&w->series));
}

void d_host_sample(d_host_t *h)
{
    for (d_workload_t *w = h->sched.head; w; w = w->next)
        sample_one(h, w);
}

static void on_sample_timer(uv_timer_t *t)
{
    d_host_sample(t->data);
}

/* ---- the inspector: per-site samples from the heap graph ------------------------------ */

/* Whether a strict dominator of node i is a closure. memo[n]: 0 unknown, 1 n or
 * an ancestor of n is a closure, 2 neither; stack holds one node per level.
 * O(1) amortised per node. */
static bool under_closure(const rt_graph *g, uint32_t i, uint8_t *memo, uint32_t *stack, uint32_t n)
{
    uint32_t sp = 0;
    uint8_t result = 2;
    uint32_t d = rt_graph_node_at(g, i)->dominator;
    while (d != 0 && d < n) {
        if (memo[d]) {
            result = memo[d];
            break;
        }
        const rt_graph_node *node = rt_graph_node_at(g, d);
        if (node->flags & RT_GRAPH_N_CLOSURE) {
            memo[d] = result = 1;
            break;
        }
        if (sp == n)
            break; /* not a tree: give up on this chain */
        stack[sp++] = d;
        d = node->dominator;
    }
    while (sp)
        memo[stack[--sp]] = result;
    return result == 1;
}

/* The bytes all closures retain together: the retained sizes of the closures
 * that no other closure dominates. */
static int closures_retained(const rt_graph *g, uint64_t *out)
{
    uint32_t n = rt_graph_node_count(g);
    uint8_t *memo = calloc(n ? n : 1, 1);
    uint32_t *stack = malloc((n ? n : 1) * sizeof *stack);
    if (!memo || !stack) {
        free(memo);
        free(stack);
        return -1;
    }
    uint64_t total = 0;
    uint32_t nc = rt_graph_closure_count(g);
    for (uint32_t i = 0; i < nc; i++) {
        const rt_graph_closure *c = rt_graph_closure_at(g, i);
        if (!under_closure(g, c->node, memo, stack, n))
            total += c->retained_bytes;
    }
    free(memo);
    free(stack);
    *out = total;
    return 0;
}

static void put_point(d_site_sample_t *s, const rt_graph *g, const rt_graph_site *gs,
                      char (*labels)[D_SITE_LABEL_MAX])
{
    /* Two sites on one line (a lambda in a lambda) get "#2", ... so labels stay unique. */
    char *label = labels[s->nsites];
    snprintf(label, D_SITE_LABEL_MAX, "%s:%d", rt_graph_string(g, gs->filename), (int)gs->line);
    size_t len = strlen(label), same = 1;
    for (uint32_t i = 0; i < s->nsites; i++)
        if (strncmp(labels[i], label, len) == 0 &&
            (labels[i][len] == '\0' || labels[i][len] == '#'))
            same++;
    if (same > 1 && len + 8 < D_SITE_LABEL_MAX)
        snprintf(label + len, D_SITE_LABEL_MAX - len, "#%zu", same);
    d_site_point_t *p = &s->sites[s->nsites++];
    p->site = gs->site;
    p->closures = gs->closures;
    p->env_bytes = gs->env_bytes;
    p->retained_bytes = gs->retained_bytes;
}

int d_host_inspect(d_host_t *h, d_workload_t *w)
{
    (void)h;
    if (!w->rt)
        return -1;
    uint64_t t0 = uv_hrtime();
    rt_graph *g = rt_inspect_graph(w->rt);
    if (!g)
        return -1;
    d_site_sample_t s;
    char labels[D_SITE_TRACKED][D_SITE_LABEL_MAX];
    memset(&s, 0, sizeof s);
    s.time = d_now_unix();
    s.restarts = w->restarts;
    s.closures = rt_graph_closure_count(g);
    if (closures_retained(g, &s.closure_retained_bytes) != 0)
        return -1;
    /* The biggest sites by retained bytes (graph order), then by live closures. */
    uint32_t nsites = rt_graph_site_count(g);
    uint32_t by_retained = nsites < D_SITE_TRACKED / 2 ? nsites : D_SITE_TRACKED / 2;
    for (uint32_t i = 0; i < by_retained; i++)
        put_point(&s, g, rt_graph_site_at(g, i), labels);
    while (s.nsites < D_SITE_TRACKED && s.nsites < nsites) {
        const rt_graph_site *best = NULL;
        for (uint32_t i = by_retained; i < nsites; i++) {
            const rt_graph_site *gs = rt_graph_site_at(g, i);
            if (d_site_sample_find(&s, gs->site))
                continue;
            if (!best || gs->closures > best->closures)
                best = gs;
        }
        if (!best)
            break;
        put_point(&s, g, best, labels);
    }
    s.analysis_ns = uv_hrtime() - t0;
    d_site_series_push(&w->series.sites, &s);
    memcpy(w->series.sites.labels, labels, s.nsites * sizeof labels[0]);
    return 0;
}

static void on_inspect_timer(uv_timer_t *t)
{
    d_host_t *h = t->data;
    double now = d_now_unix();
    d_workload_t *best = NULL;
    double best_due = 0;
    for (d_workload_t *w = h->sched.head; w; w = w->next) {
        if (!w->rt)
            continue;
        const d_site_sample_t *last = d_site_series_last(&w->series.sites);
        double due = 0;
        if (last && last->restarts == w->restarts) {
            double period = D_HOST_INSPECT_PERIOD_MS / 1000.0;
            double cost = D_HOST_INSPECT_COST_FACTOR * (double)last->analysis_ns / 1e9;
            due = last->time + (cost > period ? cost : period);
        }
        if (due <= now && (!best || due < best_due)) {
            best = w;
            best_due = due;
        }
    }
    if (best && d_host_inspect(h, best) != 0)
        d_log_fields(h->log, D_LOG_WARN, WORKLOAD_FIELD(best->name), 1,
                     "workload %s: heap analysis failed (out of memory)", best->name);
}

/* ---- adding and removing ----------------------------------------------------------- */

static d_host_add_result_t add(d_host_t *h, const d_workload_options_t *opt, bool reject_syntax,
                               bool persist, d_workload_t **out, d_workload_t **syntax,
                               int *save_err)
{
    if (out)
        *out = NULL;
    if (syntax)
        *syntax = NULL;
    if (h->closing)
        return D_HOST_ADD_CLOSING;
    if (!d_workload_name_valid(opt->name))
        return D_HOST_ADD_BAD_NAME;
    if (d_sched_find(&h->sched, opt->name))
        return D_HOST_ADD_EXISTS;
    int err = 0;
    d_workload_t *w = d_workload_new(h->loop, opt, &err);
    if (!w)
        return D_HOST_ADD_NO_MEMORY;
    if (!d_workload_compiled(w) && reject_syntax) {
        if (syntax)
            *syntax = w;
        else
            d_workload_close(w);
        return D_HOST_ADD_SYNTAX;
    }
    if (persist && opt->origin == D_ORIGIN_UPLOAD) {
        d_store_record_t rec = {
            .name = w->name,
            .source = w->source,
            .source_len = w->source_len,
            .tick_ms = opt->tick_ms,
            .heap_limit_bytes = opt->heap_limit_bytes,
        };
        int rc = d_store_save(&h->store, &rec);
        if (rc != 0) {
            if (save_err)
                *save_err = rc;
            d_log_fields(h->log, D_LOG_ERROR, WORKLOAD_FIELD(w->name), 1,
                         "workload %s: cannot persist the upload in %s: %s", w->name, h->store.dir,
                         strerror(-rc));
            d_workload_close(w);
            return D_HOST_ADD_NOT_SAVED;
        }
    }
    w->on_event = on_workload_event;
    w->on_gc = on_workload_gc;
    w->event_ctx = h;
    d_workload_start(w);
    d_sched_add(&h->sched, w);
    if (w->state == D_WL_FAILED)
        d_log_fields(h->log, D_LOG_ERROR, WORKLOAD_FIELD(w->name), 1,
                     "workload %s (%s, %s): %s: %s (line %d, column %d)", w->name,
                     d_workload_origin_name(w->origin), w->filename,
                     w->error_type ? w->error_type : "error",
                     w->error_message ? w->error_message : "", w->error_line, w->error_column);
    else
        d_log_fields(h->log, D_LOG_INFO, WORKLOAD_FIELD(w->name), 1,
                     "workload %s (%s, %s): started, tick every %d ms, heap limit %zu bytes",
                     w->name, d_workload_origin_name(w->origin), w->filename, w->tick_ms,
                     w->heap_limit_bytes);
    if (h->listener.on_workload)
        h->listener.on_workload(h->listener.ctx, w, D_HOST_ADDED, w->state);
    if (out)
        *out = w;
    return D_HOST_ADD_OK;
}

d_host_add_result_t d_host_add(d_host_t *h, const d_workload_options_t *opt, bool reject_syntax,
                               d_workload_t **out, d_workload_t **syntax, int *save_err)
{
    return add(h, opt, reject_syntax, true, out, syntax, save_err);
}

int d_host_remove(d_host_t *h, d_workload_t *w)
{
    if (h->listener.on_workload)
        h->listener.on_workload(h->listener.ctx, w, D_HOST_REMOVED, w->state);
    d_sched_remove(&h->sched, w);
    int rc = 0;
    if (w->origin == D_ORIGIN_UPLOAD) {
        rc = d_store_delete(&h->store, w->name);
        if (rc != 0)
            d_log_fields(h->log, D_LOG_ERROR, WORKLOAD_FIELD(w->name), 1,
                         "workload %s: cannot delete its stored upload: %s", w->name,
                         strerror(-rc));
    }
    d_log_fields(h->log, D_LOG_INFO, WORKLOAD_FIELD(w->name), 1, "workload %s: removed", w->name);
    d_snapshots_forget(&h->snapshots, w->name);
    w->on_event = NULL;
    w->on_gc = NULL;
    d_workload_close(w);
    return rc;
}

int d_host_restart(d_host_t *h, d_workload_t *w)
{
    int rc = d_workload_restart(w);
    d_sched_wake(&h->sched);
    return rc < 0 ? -1 : 0;
}

int d_host_pause(d_host_t *h, d_workload_t *w)
{
    (void)h;
    return d_workload_pause(w);
}

int d_host_resume(d_host_t *h, d_workload_t *w)
{
    int rc = d_workload_resume(w);
    d_sched_wake(&h->sched);
    return rc;
}

d_workload_t *d_host_find(const d_host_t *h, const char *name)
{
    return d_sched_find(&h->sched, name);
}

d_workload_t *d_host_first(const d_host_t *h)
{
    return h->sched.head;
}

size_t d_host_count(const d_host_t *h)
{
    return h->sched.count;
}

/* ---- files and directories ---------------------------------------------------------- */

/* Reads a whole file; *len gets its size. NULL with errno set on failure. */
static char *read_source(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (cap - n < 4096) {
            cap = cap ? cap * 2 : 16384;
            char *grown = realloc(buf, cap);
            if (!grown) {
                free(buf);
                fclose(f);
                errno = ENOMEM;
                return NULL;
            }
            buf = grown;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        free(buf);
        errno = EIO;
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* The file name of path ("examples/a.py" -> "a.py") and its stem ("a"). */
static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static void stem_of(const char *path, char *buf, size_t len)
{
    const char *b = base_name(path);
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

int d_host_add_file(d_host_t *h, const char *path, d_workload_origin_t origin)
{
    char name[D_WORKLOAD_NAME_MAX + 2];
    stem_of(path, name, sizeof name);
    size_t len = 0;
    char *src = read_source(path, &len);
    if (!src) {
        d_log_error(h->log, "workload file %s: cannot read it: %s", path, strerror(errno));
        return -1;
    }
    d_workload_options_t opt = {
        .name = name,
        .filename = base_name(path),
        .source = src,
        .source_len = len,
        .origin = origin,
        .path = path,
    };
    d_host_add_result_t r = add(h, &opt, false, false, NULL, NULL, NULL);
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
        if (e->d_name[0] == '.' || len < 4 || strcmp(e->d_name + len - 3, ".py") != 0)
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
        snprintf(paths[n++], plen, "%s/%s", dir, e->d_name);
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
    for (d_workload_t *w = h->sched.head, *next; w; w = next) {
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
        char *src = read_source(paths[i], &len);
        if (!src) {
            d_log_error(h->log, "reload: cannot read %s: %s; %s unchanged", paths[i],
                        strerror(errno), name);
            continue;
        }
        if (len == w->source_len && memcmp(src, w->source, len) == 0) {
            same++;
        } else if (d_workload_set_source(w, src, len) == 0) {
            d_log_info(h->log, "workload %s: source changed, restarting", name);
            d_host_restart(h, w);
            changed++;
        }
        free(src);
    }
    free_list(paths, n);
    d_log_info(h->log, "reloaded %s: %d added, %d changed, %d removed, %d unchanged", dir, added,
               changed, removed, same);
    return 0;
}

/* ---- life cycle ----------------------------------------------------------------------- */

static void load_record(void *ctx, const d_store_record_t *rec)
{
    d_host_t *h = ctx;
    char filename[D_WORKLOAD_NAME_MAX + 8];
    snprintf(filename, sizeof filename, "%s.py", rec->name);
    d_workload_options_t opt = {
        .name = rec->name,
        .filename = filename,
        .source = rec->source,
        .source_len = rec->source_len,
        .tick_ms = rec->tick_ms,
        .heap_limit_bytes = rec->heap_limit_bytes,
        .origin = D_ORIGIN_UPLOAD,
    };
    d_host_add_result_t r = add(h, &opt, false, false, NULL, NULL, NULL);
    if (r != D_HOST_ADD_OK)
        log_add_failure(h, h->store.dir, rec->name, r);
}

int d_host_init(d_host_t *h, uv_loop_t *loop, const d_log_t *log, const char *state_dir,
                const d_host_listener_t *listener)
{
    memset(h, 0, sizeof *h);
    h->loop = loop;
    h->log = log;
    if (listener)
        h->listener = *listener;
    int rc = d_store_init(&h->store, state_dir, log);
    if (rc != 0)
        return rc;
    rc = d_sched_init(&h->sched, loop);
    if (rc != 0) {
        d_store_dispose(&h->store);
        return rc;
    }
    uv_timer_init(loop, &h->sampler);
    h->sampler.data = h;
    uv_timer_init(loop, &h->inspector);
    h->inspector.data = h;
    d_snapshots_init(&h->snapshots);
    h->handles_open = 3; /* the sampler, the inspector and the scheduler */
    return 0;
}

void d_host_start(d_host_t *h)
{
    size_t n = d_store_load(&h->store, load_record, h);
    if (h->store.dir)
        d_log_info(h->log, "state dir %s: %zu stored upload(s) loaded", h->store.dir, n);
    uv_timer_start(&h->sampler, on_sample_timer, D_HOST_SAMPLE_MS, D_HOST_SAMPLE_MS);
    uv_timer_start(&h->inspector, on_inspect_timer, D_HOST_INSPECT_TICK_MS, D_HOST_INSPECT_TICK_MS);
}

static void maybe_done(d_host_t *h)
{
    if (h->handles_open > 0 || h->closing_workloads > 0)
        return;
    d_store_dispose(&h->store);
    d_snapshots_dispose(&h->snapshots);
    if (h->on_closed) {
        void (*cb)(d_host_t *) = h->on_closed;
        h->on_closed = NULL;
        cb(h);
    }
}

static void on_part_closed(uv_handle_t *handle)
{
    d_host_t *h = handle->data;
    h->handles_open--;
    maybe_done(h);
}

static void on_sched_closed(d_sched_t *s)
{
    d_host_t *h = (d_host_t *)((char *)s - offsetof(d_host_t, sched));
    h->handles_open--;
    maybe_done(h);
}

static void on_workload_closed(d_workload_t *w, void *ctx)
{
    (void)w;
    d_host_t *h = ctx;
    h->closing_workloads--;
    maybe_done(h);
}

void d_host_close(d_host_t *h, void (*on_closed)(d_host_t *h))
{
    if (h->closing)
        return;
    h->closing = true;
    h->on_closed = on_closed;
    uv_timer_stop(&h->sampler);
    uv_close((uv_handle_t *)&h->sampler, on_part_closed);
    uv_timer_stop(&h->inspector);
    uv_close((uv_handle_t *)&h->inspector, on_part_closed);
    while (h->sched.head) {
        d_workload_t *w = h->sched.head;
        d_sched_remove(&h->sched, w);
        w->on_event = NULL;
        w->on_gc = NULL;
        w->on_closed = on_workload_closed;
        w->closed_ctx = h;
        h->closing_workloads++;
        d_workload_close(w);
    }
    d_sched_close(&h->sched, on_sched_closed);
}
