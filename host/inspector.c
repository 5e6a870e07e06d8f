/* inspector.c: per-site samples from the heap graph of one of a worker's
 * workloads at a time, every few seconds (host.h: D_HOST_INSPECT_*). Runs
 * on the worker. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

#include "host/host.h"
#include "host/worker.h"

/* A log line's structured field naming the workload (JSON logs carry it as a member). */
#define WORKLOAD_FIELD(name) ((const d_log_field_t[]){{"workload", (name)}})

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

int d_worker_inspect(d_workload_t *w)
{
    if (!w->rt)
        return -1;
    uint64_t t0 = uv_hrtime();
    int pending = 0;
    rt_inspect_analysis info;
    rt_graph *g = rt_inspect_graph_step(w->rt, 0, D_HOST_ANALYSIS_STEP_NS, &info, &pending);
    if (pending)
        return 1;
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
    /* its cost: this call, and the build when this analysis made the graph (in steps) */
    s.analysis_ns = uv_hrtime() - t0;
    if (info.age_ns < (uint64_t)D_HOST_INSPECT_PERIOD_MS * 1000000u)
        s.analysis_ns += info.build_ns;
    d_site_series_push(&w->series.sites, &s);
    memcpy(w->series.sites.labels, labels, s.nsites * sizeof labels[0]);
    return 0;
}

uint64_t d_worker_analysis_max_age_ns(d_workload_t *w)
{
    uint64_t age = (uint64_t)D_HOST_ANALYSIS_MIN_AGE_MS * 1000000u;
    rt_inspect_analysis last;
    if (w->rt && rt_inspect_graph_cached(w->rt, &last) &&
        last.build_ns * D_HOST_INSPECT_COST_FACTOR > age)
        age = last.build_ns * D_HOST_INSPECT_COST_FACTOR;
    return age;
}

void d__worker_on_inspect_timer(uv_timer_t *t)
{
    d_worker_t *wk = t->data;
    if (wk->inspected)
        return; /* one analysis of the inspector's at a time */
    double now = d_now_unix();
    d_workload_t *best = NULL;
    double best_due = 0;
    for (d_workload_t *w = wk->sched.head; w; w = w->sched_next) {
        if (!w->rt || w->analysing)
            continue; /* (a query's steps hold that heap: later) */
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
    int rc = best ? d_worker_inspect(best) : 0;
    if (rc == 1)
        d_worker_analysis_hold(best);
    else if (rc != 0)
        d_log_fields(wk->host->log, D_LOG_WARN, WORKLOAD_FIELD(best->name), 1,
                     "workload %s: heap analysis failed (out of memory)", best->name);
}
