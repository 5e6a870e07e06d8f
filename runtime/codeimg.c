/* codeimg.c: code images (codeimg.h): writing a code object tree as bytes and
 * reading it back.
 *
 * Layout: the magic "CLCI", a format byte, the number of opcodes of the
 * build that wrote it, the image's str table (count, then each str's byte
 * length and bytes), then one value: the module's code. A value is a tag
 * byte and its payload; a code object is its counts, its instructions, its
 * lines (each as the difference from the one before), its columns, its
 * constants, and its name tables as indexes into the str table. Counts and
 * numbers are LEB128 varints, signed ones zigzag-coded first.
 *
 * Reading checks every length against the bytes that are left, so a cut or
 * damaged image ends in ValueError, never in a read past its end. */
#include "runtime/codeimg.h"

#include <stdlib.h>
#include <string.h>

#include "runtime/bigint.h"
#include "runtime/bytes.h"
#include "runtime/code.h"
#include "runtime/complex.h"
#include "runtime/num.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

#define IMG_MAGIC "CLCI"
#define IMG_FORMAT 1

enum {
    TAG_NONE = 'N',
    TAG_TRUE = 'T',
    TAG_FALSE = 'F',
    TAG_ELLIPSIS = 'E',
    TAG_SMALLINT = 'i',
    TAG_BIGINT = 'I',
    TAG_FLOAT = 'f',
    TAG_COMPLEX = 'c',
    TAG_STR = 's',
    TAG_BYTES = 'b',
    TAG_TUPLE = 't',
    TAG_CODE = 'C',
};

/* ---- writing ------------------------------------------------------------------------- */

/* The str table is built while the body is written: each distinct str (by
 * identity: the compiler interns them all) gets the next index. */
typedef struct writer {
    rt_state *rt;
    rt_strbuf body;
    rt_value *strs; /* borrowed: the code tree holds them */
    size_t nstrs, capstrs;
    uint32_t *slot; /* open addressing by value: index + 1, 0 empty */
    size_t nslots;
    bool nomem;
} writer;

static void put_uv(rt_strbuf *b, uint64_t v)
{
    char buf[10];
    size_t n = 0;
    do {
        unsigned char byte = v & 0x7f;
        v >>= 7;
        buf[n++] = (char)(byte | (v ? 0x80 : 0));
    } while (v);
    rt_strbuf_append(b, buf, n);
}

static void put_sv(rt_strbuf *b, int64_t v)
{
    put_uv(b, v < 0 ? ~((uint64_t)v << 1) : (uint64_t)v << 1);
}

static size_t slot_of(rt_value v, size_t nslots)
{
    return (size_t)((v >> 3) * UINT64_C(0x9E3779B97F4A7C15) >> 20) & (nslots - 1);
}

/* The index of str v in the table, adding it; SIZE_MAX out of memory. */
static size_t str_index(writer *w, rt_value v)
{
    if (w->nslots) {
        for (size_t h = slot_of(v, w->nslots); w->slot[h]; h = (h + 1) & (w->nslots - 1))
            if (w->strs[w->slot[h] - 1] == v)
                return w->slot[h] - 1;
    }
    if (w->nstrs == w->capstrs) {
        size_t cap = w->capstrs ? w->capstrs * 2 : 256;
        rt_value *n = realloc(w->strs, cap * sizeof *n);
        if (!n)
            return SIZE_MAX;
        w->strs = n;
        w->capstrs = cap;
    }
    if ((w->nstrs + 1) * 2 > w->nslots) { /* keep the index at most half full */
        size_t ns = w->nslots ? w->nslots * 2 : 512;
        uint32_t *s = calloc(ns, sizeof *s);
        if (!s)
            return SIZE_MAX;
        for (size_t i = 0; i < w->nstrs; i++) {
            size_t h = slot_of(w->strs[i], ns);
            while (s[h])
                h = (h + 1) & (ns - 1);
            s[h] = (uint32_t)(i + 1);
        }
        free(w->slot);
        w->slot = s;
        w->nslots = ns;
    }
    size_t h = slot_of(v, w->nslots);
    while (w->slot[h])
        h = (h + 1) & (w->nslots - 1);
    w->strs[w->nstrs] = v;
    w->slot[h] = (uint32_t)(w->nstrs + 1);
    return w->nstrs++;
}

static int put_str(writer *w, rt_value s)
{
    size_t i = str_index(w, s);
    if (i == SIZE_MAX) {
        w->nomem = true;
        return -1;
    }
    put_uv(&w->body, i);
    return 0;
}

static int put_strs(writer *w, const rt_value *a, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (put_str(w, a[i]) < 0)
            return -1;
    return 0;
}

static int put_value(writer *w, rt_value v);

static int put_code(writer *w, const rt_code *c)
{
    rt_strbuf *b = &w->body;
    rt_strbuf_append_char(b, TAG_CODE);
    const uint64_t counts[] = {
        c->ninsns,          c->nconsts,   c->nnames,           c->ngcache,   c->nlocals,
        c->ncellvars,       c->nfreevars, (uint64_t)c->nlines, c->argcount,  c->kwonlyargcount,
        c->posonlyargcount, c->flags,     c->stacksize,        c->maxblocks, c->fast_argc};
    for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++)
        put_uv(b, counts[i]);
    put_sv(b, c->firstline);
    for (uint32_t i = 0; i < c->ninsns; i++)
        put_uv(b, c->insns[i]);
    int32_t line = c->firstline;
    for (uint32_t i = 0; i < c->ninsns; i++) {
        put_sv(b, (int64_t)c->lines[i] - line);
        line = c->lines[i];
    }
    for (uint32_t i = 0; i < c->ninsns; i++)
        put_uv(b, c->cols[i]);
    for (uint32_t i = 0; i < c->nconsts; i++)
        if (put_value(w, c->consts[i]) < 0)
            return -1;
    if (put_strs(w, c->names, c->nnames) < 0 || put_strs(w, c->varnames, c->nlocals) < 0 ||
        put_strs(w, c->cellvars, c->ncellvars) < 0 || put_strs(w, c->freevars, c->nfreevars) < 0)
        return -1;
    for (uint32_t i = 0; i < c->ncellvars; i++)
        put_sv(b, c->cell2arg[i]);
    for (uint32_t i = 0; i < c->ngcache; i++)
        put_uv(b, c->gcache[i].name);
    if (put_str(w, c->filename) < 0 || put_str(w, c->name) < 0 || put_str(w, c->qualname) < 0)
        return -1;
    return 0;
}

static int put_value(writer *w, rt_value v)
{
    rt_state *rt = w->rt;
    rt_strbuf *b = &w->body;
    if (v == RT_NONE || v == RT_TRUE || v == RT_FALSE || v == rt->ellipsis) {
        rt_strbuf_append_char(b, (char)(v == RT_NONE    ? TAG_NONE
                                        : v == RT_TRUE  ? TAG_TRUE
                                        : v == RT_FALSE ? TAG_FALSE
                                                        : TAG_ELLIPSIS));
        return 0;
    }
    if (rt_is_smallint(v)) {
        rt_strbuf_append_char(b, TAG_SMALLINT);
        put_sv(b, rt_smallint_get(v));
        return 0;
    }
    if (rt_is_str(v)) {
        rt_strbuf_append_char(b, TAG_STR);
        return put_str(w, v);
    }
    if (rt_is_obj(v) && rt_as_obj(v)->type == RT_T_CODE)
        return put_code(w, rt_code_of(v));
    if (rt_is_tuple(v)) {
        rt_strbuf_append_char(b, TAG_TUPLE);
        put_uv(b, (uint64_t)rt_tuple_len(v));
        for (int64_t i = 0; i < rt_tuple_len(v); i++)
            if (put_value(w, rt_tuple_items(v)[i]) < 0)
                return -1;
        return 0;
    }
    if (rt_is_float(v)) {
        double d = rt_float_get(v);
        rt_strbuf_append_char(b, TAG_FLOAT);
        rt_strbuf_append(b, (const char *)&d, sizeof d);
        return 0;
    }
    if (rt_is_complex(v)) {
        double d[2] = {rt_complex_of(v)->re, rt_complex_of(v)->im};
        rt_strbuf_append_char(b, TAG_COMPLEX);
        rt_strbuf_append(b, (const char *)d, sizeof d);
        return 0;
    }
    if (rt_is_bytes(v)) {
        rt_strbuf_append_char(b, TAG_BYTES);
        put_uv(b, (uint64_t)rt_bytes_len(v));
        rt_strbuf_append(b, rt_bytes_data(v), (size_t)rt_bytes_len(v));
        return 0;
    }
    if (rt_is_bigint(v)) {
        rt_value s = rt_bigint_to_base_str(rt, v, 16, NULL); /* "-" and hex digits */
        if (!s)
            return -1;
        rt_strbuf_append_char(b, TAG_BIGINT);
        put_uv(b, rt_str_len(s));
        rt_strbuf_append(b, rt_str_data(s), rt_str_len(s));
        rt_decref(rt, s);
        return 0;
    }
    rt_raise(rt, RT_EXC_TypeError, "a code image cannot hold a constant of type '%s'",
             rt_type_name(v));
    return -1;
}

int rt_codeimg_write(rt_state *rt, rt_value code, rt_strbuf *out)
{
    if (!rt_is_obj(code) || rt_as_obj(code)->type != RT_T_CODE) {
        rt_raise(rt, RT_EXC_TypeError, "a code image is made from a code object, not '%s'",
                 rt_type_name(code));
        return -1;
    }
    writer w = {.rt = rt};
    rt_strbuf_init(&w.body);
    int r = put_value(&w, code);
    if (r == 0 && !w.nomem && !w.body.failed) {
        rt_strbuf_append(out, IMG_MAGIC, 4);
        rt_strbuf_append_char(out, IMG_FORMAT);
        put_uv(out, RT_OP__COUNT);
        put_uv(out, w.nstrs);
        for (size_t i = 0; i < w.nstrs; i++) {
            put_uv(out, rt_str_len(w.strs[i]));
            rt_strbuf_append(out, rt_str_data(w.strs[i]), rt_str_len(w.strs[i]));
        }
        rt_strbuf_append(out, w.body.data, w.body.len);
    }
    if (r == 0 && (w.nomem || w.body.failed || out->failed)) {
        rt_raise(rt, RT_EXC_MemoryError, "out of memory");
        r = -1;
    }
    rt_strbuf_dispose(&w.body);
    free(w.strs);
    free(w.slot);
    return r;
}

/* ---- reading ------------------------------------------------------------------------- */

typedef struct reader {
    rt_state *rt;
    const unsigned char *p, *end;
    rt_value *strs; /* owned: the image's strs, interned */
    size_t nstrs;
    bool bad; /* the bytes are not a well-formed image */
} reader;

static uint64_t get_uv(reader *r)
{
    uint64_t v = 0;
    for (unsigned shift = 0; shift < 64; shift += 7) {
        if (r->p >= r->end)
            break;
        unsigned char byte = *r->p++;
        v |= (uint64_t)(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return v;
    }
    r->bad = true;
    return 0;
}

static int64_t get_sv(reader *r)
{
    uint64_t u = get_uv(r);
    return (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
}

/* A count of items each taking at least one byte: more than the bytes left
 * is a damaged image (and would ask for an absurd allocation). */
static uint64_t get_count(reader *r, uint64_t max)
{
    uint64_t n = get_uv(r);
    if (n > max || n > (uint64_t)(r->end - r->p))
        r->bad = true;
    return r->bad ? 0 : n;
}

static const unsigned char *get_bytes(reader *r, size_t n)
{
    if (r->bad || n > (size_t)(r->end - r->p)) {
        r->bad = true;
        return NULL;
    }
    const unsigned char *p = r->p;
    r->p += n;
    return p;
}

/* A str of the table (a new reference), RT_NULL when the index is bad. */
static rt_value get_str(reader *r)
{
    uint64_t i = get_uv(r);
    if (r->bad || i >= r->nstrs) {
        r->bad = true;
        return RT_NULL;
    }
    rt_incref(r->strs[i]);
    return r->strs[i];
}

static bool get_strs(reader *r, rt_value *a, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!(a[i] = get_str(r)))
            return false;
    return true;
}

static rt_value get_value(reader *r);

static rt_value get_code(reader *r)
{
    uint64_t k[15];
    static const uint64_t max[15] = {UINT32_MAX, UINT32_MAX, UINT32_MAX, UINT32_MAX, UINT16_MAX,
                                     UINT16_MAX, UINT16_MAX, INT32_MAX,  UINT16_MAX, UINT16_MAX,
                                     UINT16_MAX, UINT16_MAX, UINT16_MAX, UINT16_MAX, UINT16_MAX};
    for (size_t i = 0; i < 15; i++)
        if ((k[i] = get_uv(r)) > max[i])
            r->bad = true;
    int64_t firstline = get_sv(r);
    /* every instruction, constant and name takes at least a byte */
    if (k[0] + k[1] + k[2] + k[3] + k[4] + k[5] + k[6] > (uint64_t)(r->end - r->p) || k[7] < 1 ||
        firstline < 0 || firstline > INT32_MAX - (int64_t)k[7] || k[0] == 0)
        r->bad = true;
    if (r->bad)
        return RT_NULL;
    rt_code_shape shape = {
        .ninsns = (uint32_t)k[0],
        .nconsts = (uint32_t)k[1],
        .nnames = (uint32_t)k[2],
        .ngcache = (uint32_t)k[3],
        .nlocals = (uint16_t)k[4],
        .ncellvars = (uint16_t)k[5],
        .nfreevars = (uint16_t)k[6],
        .firstline = (int)firstline,
        .lastline = (int)(firstline + (int64_t)k[7] - 1),
    };
    rt_value cv = rt_code_new(r->rt, &shape);
    if (!cv)
        return RT_NULL;
    rt_code *c = rt_code_of(cv);
    c->argcount = (uint16_t)k[8];
    c->kwonlyargcount = (uint16_t)k[9];
    c->posonlyargcount = (uint16_t)k[10];
    c->flags = (uint16_t)k[11];
    c->stacksize = (uint16_t)k[12];
    c->maxblocks = (uint16_t)k[13];
    c->fast_argc = (uint16_t)k[14];
    for (uint32_t i = 0; i < c->ninsns; i++) {
        uint64_t insn = get_uv(r);
        if (insn > UINT32_MAX || RT_INSN_OP((uint32_t)insn) >= RT_OP__COUNT)
            r->bad = true;
        c->insns[i] = (uint32_t)insn;
    }
    int64_t line = firstline;
    for (uint32_t i = 0; i < c->ninsns; i++) {
        line += get_sv(r);
        if (line < 0 || line > INT32_MAX)
            r->bad = true;
        c->lines[i] = (int32_t)line;
    }
    for (uint32_t i = 0; i < c->ninsns; i++) {
        uint64_t cols = get_uv(r);
        if (cols > UINT32_MAX)
            r->bad = true;
        c->cols[i] = (uint32_t)cols;
    }
    bool ok = !r->bad;
    for (uint32_t i = 0; i < c->nconsts && ok; i++)
        ok = (c->consts[i] = get_value(r)) != RT_NULL;
    ok = ok && get_strs(r, c->names, c->nnames) && get_strs(r, c->varnames, c->nlocals) &&
         get_strs(r, c->cellvars, c->ncellvars) && get_strs(r, c->freevars, c->nfreevars);
    for (uint32_t i = 0; i < c->ncellvars && ok; i++) {
        int64_t a = get_sv(r);
        if (a < -1 || a >= c->nlocals)
            r->bad = true;
        c->cell2arg[i] = (int32_t)a;
    }
    for (uint32_t i = 0; i < c->ngcache && ok; i++) {
        uint64_t name = get_uv(r);
        if (name >= c->nnames)
            r->bad = true;
        c->gcache[i].name = (uint32_t)name;
        c->gcache[i].epoch = UINT64_MAX;
    }
    ok = ok && !r->bad && (c->filename = get_str(r)) && (c->name = get_str(r)) &&
         (c->qualname = get_str(r));
    if (!ok || r->bad) {
        rt_decref(r->rt, cv);
        return RT_NULL;
    }
    return cv;
}

static rt_value get_value(reader *r)
{
    rt_state *rt = r->rt;
    const unsigned char *tag = get_bytes(r, 1);
    if (!tag)
        return RT_NULL;
    switch (*tag) {
    case TAG_NONE: return RT_NONE;
    case TAG_TRUE: return RT_TRUE;
    case TAG_FALSE: return RT_FALSE;
    case TAG_ELLIPSIS: rt_incref(rt->ellipsis); return rt->ellipsis;
    case TAG_SMALLINT: {
        int64_t n = get_sv(r);
        if (r->bad || n < RT_SMALLINT_MIN || n > RT_SMALLINT_MAX) {
            r->bad = true;
            return RT_NULL;
        }
        return rt_smallint(n);
    }
    case TAG_STR: return get_str(r);
    case TAG_CODE: return get_code(r);
    case TAG_TUPLE: {
        uint64_t n = get_count(r, INT32_MAX);
        if (r->bad)
            return RT_NULL;
        rt_value t = rt_tuple_new(rt, (int64_t)n);
        for (uint64_t i = 0; t && i < n; i++) {
            rt_value item = get_value(r);
            if (!item) {
                rt_decref(rt, t);
                return RT_NULL;
            }
            rt_tuple_items(t)[i] = item;
        }
        return t;
    }
    case TAG_FLOAT:
    case TAG_COMPLEX: {
        double d[2];
        size_t n = *tag == TAG_FLOAT ? 1 : 2;
        const unsigned char *p = get_bytes(r, n * sizeof(double));
        if (!p)
            return RT_NULL;
        memcpy(d, p, n * sizeof(double));
        return n == 1 ? rt_float_new(rt, d[0]) : rt_complex_new(rt, d[0], d[1]);
    }
    case TAG_BYTES: {
        uint64_t n = get_count(r, INT32_MAX);
        const unsigned char *p = get_bytes(r, (size_t)n);
        return p ? rt_bytes_new(rt, p, (size_t)n) : RT_NULL;
    }
    case TAG_BIGINT: {
        uint64_t n = get_count(r, INT32_MAX);
        const char *p = (const char *)get_bytes(r, (size_t)n);
        if (!p)
            return RT_NULL;
        bool neg = n && p[0] == '-';
        size_t nd = (size_t)n - (neg ? 1 : 0);
        for (size_t i = 0; i < nd; i++)
            if (!strchr("0123456789abcdef", p[(neg ? 1 : 0) + i]) || !p[(neg ? 1 : 0) + i])
                r->bad = true;
        if (!nd || r->bad) {
            r->bad = true;
            return RT_NULL;
        }
        return rt_bigint_from_digits(rt, p + (neg ? 1 : 0), nd, 16, neg);
    }
    default: r->bad = true; return RT_NULL;
    }
}

rt_value rt_codeimg_read(rt_state *rt, const unsigned char *p, size_t n)
{
    reader r = {.rt = rt, .p = p, .end = p + n};
    const unsigned char *magic = get_bytes(&r, 5);
    if (!magic || memcmp(magic, IMG_MAGIC, 4) != 0 || magic[4] != IMG_FORMAT ||
        get_uv(&r) != RT_OP__COUNT)
        r.bad = true;
    uint64_t nstrs = get_count(&r, UINT32_MAX);
    rt_value code = RT_NULL;
    if (!r.bad && nstrs) {
        r.strs = calloc((size_t)nstrs, sizeof *r.strs);
        if (!r.strs)
            return rt_raise(rt, RT_EXC_MemoryError, "out of memory");
    }
    bool nomem = false;
    for (; !r.bad && r.nstrs < nstrs; r.nstrs++) {
        uint64_t len = get_count(&r, UINT32_MAX);
        const unsigned char *s = get_bytes(&r, (size_t)len);
        if (!s)
            break;
        if (!(r.strs[r.nstrs] = rt_str_intern(rt, (const char *)s, (size_t)len))) {
            nomem = true;
            break;
        }
    }
    if (!r.bad && !nomem) {
        const unsigned char *tag = r.p;
        code = tag < r.end && *tag == TAG_CODE ? get_value(&r) : RT_NULL;
        if (!code && !rt->exc)
            r.bad = true;
        if (code && r.p != r.end) { /* bytes after the code: not an image this build wrote */
            rt_decref(rt, code);
            code = RT_NULL;
            r.bad = true;
        }
    }
    for (size_t i = 0; i < r.nstrs; i++)
        rt_decref(rt, r.strs[i]);
    free(r.strs);
    if (code)
        return code;
    if (r.bad && !rt->exc)
        return rt_raise(rt, RT_EXC_ValueError, "bad code image");
    if (!rt->exc)
        rt_raise(rt, RT_EXC_MemoryError, "out of memory");
    return RT_NULL;
}
