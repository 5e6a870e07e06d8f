/* heapsnapshot.c: the heap graph as a V8 .heapsnapshot (Chrome DevTools' Memory panel format). */
#include "api/heapsnapshot.h"

#include <stdlib.h>
#include <string.h>

#include "api/json.h"
#include "host/util.h"
#include "runtime/rt.h"

/* A staging area so the big integer arrays are not written one printf at a time. */
typedef struct out {
    api_buf_t *buf;
    char tmp[1 << 16];
    size_t len;
} out_t;

/* Where a writer is: the section it writes and its place in it. */
typedef enum phase { P_HEAD, P_NODES, P_EDGES, P_LOCATIONS, P_STRINGS, P_DONE } phase_t;

struct api_heapsnapshot_writer {
    const rt_graph *g; /* borrowed; must not change until the writer is freed */
    api_buf_t buf;     /* the text so far (owned) */
    out_t out;         /* staging into buf */
    phase_t phase;
    uint32_t i;      /* the node (or string) the section goes on at */
    uint32_t j;      /* the edge of node i it goes on at (P_EDGES) */
    bool first;      /* nothing written in the section yet (edges, locations) */
    uint32_t nn, ns; /* the graph's node and string counts */
};

static void flush(out_t *o)
{
    if (o->len)
        api_buf_append(o->buf, o->tmp, o->len);
    o->len = 0;
}

static void put(out_t *o, const char *s, size_t n)
{
    if (n > sizeof o->tmp - o->len) {
        flush(o);
        if (n > sizeof o->tmp) {
            api_buf_append(o->buf, s, n);
            return;
        }
    }
    memcpy(o->tmp + o->len, s, n);
    o->len += n;
}

static void puts_(out_t *o, const char *s)
{
    put(o, s, strlen(s));
}

static void put_u64(out_t *o, uint64_t v)
{
    char d[24];
    size_t n = sizeof d;
    do {
        d[--n] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    put(o, d + n, sizeof d - n);
}

static void put_json_utf8(out_t *o, const char *s);

/* A JSON string literal; an ill-formed UTF-8 sequence (a file name from disk, say) is
 * written as U+FFFD, never as is. */
static void put_json_string(out_t *o, const char *s)
{
    size_t len = strlen(s);
    if (rt_utf8_valid(s, len, NULL)) {
        put_json_utf8(o, s);
        return;
    }
    char *copy = malloc(len + 1);
    if (copy) {
        memcpy(copy, s, len + 1);
        copy = api_utf8_scrub(copy, &len);
    }
    if (!copy) {
        o->buf->failed = true;
        return;
    }
    put_json_utf8(o, copy);
    free(copy);
}

/* A JSON string literal of valid UTF-8. */
static void put_json_utf8(out_t *o, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    put(o, "\"", 1);
    const char *run = s;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        put(o, run, (size_t)(s - run));
        run = s + 1;
        char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
        if (c == '"' || c == '\\') {
            esc[1] = (char)c;
            put(o, esc, 2);
        } else if (c == '\n') {
            put(o, "\\n", 2);
        } else if (c == '\t') {
            put(o, "\\t", 2);
        } else if (c == '\r') {
            put(o, "\\r", 2);
        } else {
            put(o, esc, 6);
        }
    }
    put(o, run, (size_t)(s - run));
    put(o, "\"", 1);
}

static const char meta[] =
    "{\"snapshot\":{\"meta\":{"
    "\"node_fields\":[\"type\",\"name\",\"id\",\"self_size\",\"edge_count\",\"detachedness\"],"
    "\"node_types\":[[\"hidden\",\"array\",\"string\",\"object\",\"code\",\"closure\",\"regexp\","
    "\"number\",\"native\",\"synthetic\",\"concatenated string\",\"sliced string\",\"symbol\","
    "\"bigint\",\"object shape\"],\"string\",\"number\",\"number\",\"number\",\"number\"],"
    "\"edge_fields\":[\"type\",\"name_or_index\",\"to_node\"],"
    "\"edge_types\":[[\"context\",\"element\",\"property\",\"internal\",\"hidden\",\"shortcut\","
    "\"weak\"],\"string_or_number\",\"node\"],"
    "\"trace_function_info_fields\":[\"function_id\",\"name\",\"script_name\",\"script_id\","
    "\"line\",\"column\"],"
    "\"trace_node_fields\":[\"id\",\"function_info_index\",\"count\",\"size\",\"children\"],"
    "\"sample_fields\":[\"timestamp_us\",\"last_assigned_id\"],"
    "\"location_fields\":[\"object_index\",\"script_id\",\"line\",\"column\"]},";

/* V8 node type and name string of node n. Cells become objects named "cell";
 * objects are named by their type (DevTools groups them by that name); the
 * rest keep the graph's name (qualname, "list (3 items)", text, repr). */
static void v8_type_name(const rt_graph *g, const rt_graph_node *n, unsigned *type, uint32_t *name)
{
    const char *tn = rt_graph_string(g, n->type_name);
    *type = n->kind;
    *name = n->name ? n->name : n->type_name;
    if (strcmp(tn, "cell") == 0) {
        *type = RT_GRAPH_OBJECT;
        *name = n->type_name;
    } else if (n->kind == RT_GRAPH_OBJECT) {
        *name = n->type_name;
    }
}

/* Items (nodes, edges, strings) written between two looks at the clock. */
#define CLOCK_EVERY 4096

api_heapsnapshot_writer_t *api_heapsnapshot_writer_new(const rt_graph *g)
{
    api_heapsnapshot_writer_t *w = malloc(sizeof *w); /* 64 KiB of staging: not the stack */
    if (!w)
        return NULL;
    w->g = g;
    api_buf_init(&w->buf);
    w->out.buf = &w->buf;
    w->out.len = 0;
    w->phase = P_HEAD;
    w->i = w->j = 0;
    w->first = true;
    w->nn = rt_graph_node_count(g);
    w->ns = rt_graph_string_count(g);
    return w;
}

void api_heapsnapshot_writer_free(api_heapsnapshot_writer_t *w)
{
    if (!w)
        return;
    api_buf_dispose(&w->buf);
    free(w);
}

static void write_head(api_heapsnapshot_writer_t *w)
{
    out_t *o = &w->out;
    uint64_t ne = 0; /* the edges written: those of every node, in node order */
    for (uint32_t i = 0; i < w->nn; i++) {
        uint32_t ec = 0;
        rt_graph_edges(w->g, i, &ec);
        ne += ec;
    }
    puts_(o, meta);
    puts_(o, "\"node_count\":");
    put_u64(o, w->nn);
    puts_(o, ",\"edge_count\":");
    put_u64(o, ne);
    puts_(o, ",\"trace_function_count\":0},\n\"nodes\":[");
}

static void write_node(api_heapsnapshot_writer_t *w, uint32_t i)
{
    out_t *o = &w->out;
    const rt_graph_node *n = rt_graph_node_at(w->g, i);
    unsigned type;
    uint32_t name;
    v8_type_name(w->g, n, &type, &name);
    if (name >= w->ns)
        name = 0;
    /* The graph's ids: objects' opaque ids (the API's), synthetic nodes 1, 3, 5, ... */
    uint64_t id = n->id;
    uint32_t ec = 0;
    rt_graph_edges(w->g, i, &ec);
    if (i)
        put(o, ",\n", 2);
    put_u64(o, type);
    put(o, ",", 1);
    put_u64(o, name);
    put(o, ",", 1);
    put_u64(o, id);
    put(o, ",", 1);
    put_u64(o, (n->flags & RT_GRAPH_N_SYNTHETIC) ? 0 : n->self_size);
    put(o, ",", 1);
    put_u64(o, ec);
    put(o, ",0", 2);
}

static void write_edge(api_heapsnapshot_writer_t *w, const rt_graph_edge *e)
{
    out_t *o = &w->out;
    if (!w->first)
        put(o, ",\n", 2);
    w->first = false;
    unsigned kind = e->kind;
    uint32_t ni = e->name_or_index;
    if (kind != RT_GRAPH_EDGE_ELEMENT && kind != RT_GRAPH_EDGE_HIDDEN && ni >= w->ns)
        ni = 0;
    put_u64(o, kind);
    put(o, ",", 1);
    put_u64(o, ni);
    put(o, ",", 1);
    put_u64(o, (uint64_t)e->to * API_HEAPSNAPSHOT_NODE_FIELDS);
}

static void write_location(api_heapsnapshot_writer_t *w, uint32_t i)
{
    out_t *o = &w->out;
    const rt_graph_node *n = rt_graph_node_at(w->g, i);
    if (n->kind != RT_GRAPH_CLOSURE || n->line <= 0 || (n->flags & RT_GRAPH_N_SYNTHETIC))
        return;
    if (!w->first)
        put(o, ",\n", 2);
    w->first = false;
    put_u64(o, (uint64_t)i * API_HEAPSNAPSHOT_NODE_FIELDS);
    put(o, ",", 1);
    put_u64(o, n->filename < w->ns ? n->filename : 0); /* script id: the file's string */
    put(o, ",", 1);
    put_u64(o, (uint64_t)(n->line - 1));
    put(o, ",0", 2);
}

/* Counts one item written; true when the step's time is spent (the clock is read every
 * CLOCK_EVERY items; deadline 0: never). */
static bool spent(uint32_t *items, uint64_t deadline_ns)
{
    if (++*items < CLOCK_EVERY)
        return false;
    *items = 0;
    return deadline_ns && d_now_ns() >= deadline_ns;
}

int api_heapsnapshot_writer_step(api_heapsnapshot_writer_t *w, uint64_t deadline_ns)
{
    out_t *o = &w->out;
    uint32_t items = 0;
    bool more = false;
    if (w->phase == P_HEAD) {
        write_head(w);
        w->phase = P_NODES;
        w->i = 0;
    }
    if (w->phase == P_NODES) {
        for (; w->i < w->nn && !more; w->i++) {
            write_node(w, w->i);
            more = spent(&items, deadline_ns);
        }
        if (w->i == w->nn) {
            puts_(o, "],\n\"edges\":[");
            w->phase = P_EDGES;
            w->i = w->j = 0;
            w->first = true;
        }
    }
    if (w->phase == P_EDGES && !more) {
        for (; w->i < w->nn && !more; w->i++, w->j = 0) {
            uint32_t ec = 0;
            const rt_graph_edge *e = rt_graph_edges(w->g, w->i, &ec);
            for (; w->j < ec && !more; w->j++) {
                write_edge(w, &e[w->j]);
                more = spent(&items, deadline_ns);
            }
            if (w->j < ec)
                break; /* the rest of node i's edges at the next step */
        }
        if (w->i == w->nn) {
            puts_(o, "],\n\"trace_function_infos\":[],\n\"trace_tree\":[],\n\"samples\":[],\n"
                     "\"locations\":[");
            w->phase = P_LOCATIONS;
            w->i = 0;
            w->first = true;
        }
    }
    if (w->phase == P_LOCATIONS && !more) {
        for (; w->i < w->nn && !more; w->i++) {
            write_location(w, w->i);
            more = spent(&items, deadline_ns);
        }
        if (w->i == w->nn) {
            puts_(o, "],\n\"strings\":[");
            w->phase = P_STRINGS;
            w->i = 0;
        }
    }
    if (w->phase == P_STRINGS && !more) {
        for (; w->i < w->ns && !more; w->i++) {
            if (w->i)
                put(o, ",\n", 2);
            put_json_string(o, rt_graph_string(w->g, w->i));
            more = spent(&items, deadline_ns);
        }
        if (w->i == w->ns) {
            if (w->ns == 0)
                put_json_string(o, "");
            puts_(o, "]}\n");
            w->phase = P_DONE;
        }
    }
    flush(o);
    if (w->buf.failed)
        return -1;
    return w->phase == P_DONE ? 1 : 0;
}

char *api_heapsnapshot_writer_take(api_heapsnapshot_writer_t *w, size_t *len)
{
    return w->phase == P_DONE ? api_buf_take(&w->buf, len) : NULL;
}
