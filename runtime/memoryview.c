/* memoryview.c: memoryview objects: views of a bytes' or a bytearray's
 * memory (see memoryview.h): construction, items and slices, cast, the
 * conversions (tobytes, tolist, hex), comparison and hashing, release and
 * the export count that keeps a viewed bytearray from changing length. */
#include "runtime/memoryview.h"

#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <string.h>

#include "runtime/bigint.h"
#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/class.h"
#include "runtime/heap.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/num.h"
#include "runtime/objid.h"
#include "runtime/ops.h"
#include "runtime/slice.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"

/* ---- object ------------------------------------------------------------------ */

static size_t mview_size(const rt_obj *o)
{
    (void)o;
    return sizeof(rt_gc_link) + sizeof(rt_mview_obj);
}

static void mview_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt_mview_obj *m = (rt_mview_obj *)o;
    if (rt_is_obj(m->obj))
        visit(rt_as_obj(m->obj), arg);
    if (rt_is_obj(m->owner))
        visit(rt_as_obj(m->owner), arg);
}

/* Releases the view: drops the exporter and the export it counts. A
 * cleared view is a released one, so no use reaches a missing exporter. */
static void drop_exporter(rt_state *rt, rt_mview_obj *m)
{
    rt_value o = m->obj, owner = m->owner;
    m->released = 1;
    m->owner = RT_NULL;
    rt_decref(rt, owner);
    if (!o)
        return;
    m->obj = RT_NULL;
    if (rt_is_bytearray(o))
        rt_bytearray_obj_of(o)->exports--;
    rt_decref(rt, o);
}

static void mview_clear(rt_state *rt, rt_obj *o)
{
    drop_exporter(rt, (rt_mview_obj *)o);
}

static void mview_dealloc(rt_state *rt, rt_obj *o)
{
    drop_exporter(rt, (rt_mview_obj *)o);
    rt_obj_free(rt, o, sizeof(rt_mview_obj));
}

const rt_typeinfo rt__mview_typeinfo = {"memoryview",   true,        mview_size,
                                        mview_traverse, mview_clear, mview_dealloc};

/* A new view of exporter (borrowed: a bytes or a bytearray) with no layout
 * yet; NULL on MemoryError. */
static rt_mview_obj *view_new(rt_state *rt, rt_value exporter)
{
    rt_mview_obj *m = (rt_mview_obj *)rt_obj_alloc(rt, RT_T_MEMORYVIEW, sizeof(rt_mview_obj));
    if (!m)
        return NULL;
    rt_incref(exporter);
    m->obj = exporter;
    m->hash = -1;
    if (rt_is_bytearray(exporter))
        rt_bytearray_obj_of(exporter)->exports++;
    else
        m->readonly = 1;
    return m;
}

/* A new view with src's exporter and layout. */
static rt_mview_obj *view_copy(rt_state *rt, const rt_mview_obj *src)
{
    rt_mview_obj *m = view_new(rt, src->obj);
    if (!m)
        return NULL;
    m->owner = src->owner;
    rt_incref(m->owner);
    m->ndim = src->ndim;
    m->itemsize = src->itemsize;
    m->readonly = src->readonly;
    m->fmt = src->fmt;
    m->offset = src->offset;
    memcpy(m->shape, src->shape, sizeof m->shape);
    memcpy(m->strides, src->strides, sizeof m->strides);
    return m;
}

/* The address of the view's first item (of a byte that is never written
 * when the exporter is empty). */
static char *view_buf(const rt_mview_obj *m)
{
    static char empty[1];
    rt_value o = m->obj;
    char *d = rt_is_bytes(o) ? rt_bytes_obj_of(o)->data : rt_bytearray_obj_of(o)->data;
    return d ? d + m->offset : empty;
}

static int64_t view_nitems(const rt_mview_obj *m)
{
    int64_t n = 1;
    for (int i = 0; i < m->ndim; i++)
        n *= m->shape[i];
    return n;
}

static int64_t view_nbytes(const rt_mview_obj *m)
{
    return view_nitems(m) * m->itemsize;
}

/* True when the items lie one after the other in C order (fortran: in
 * Fortran order), as CPython's PyBuffer_IsContiguous decides. */
static bool view_contiguous(const rt_mview_obj *m, bool fortran)
{
    if (view_nbytes(m) == 0)
        return true;
    int64_t sd = m->itemsize;
    for (int k = 0; k < m->ndim; k++) {
        int i = fortran ? k : m->ndim - 1 - k;
        if (m->shape[i] > 1 && m->strides[i] != sd)
            return false;
        sd *= m->shape[i];
    }
    return true;
}

/* True (with ValueError set) when m was released. */
static bool is_released(rt_state *rt, const rt_mview_obj *m)
{
    if (!m->released)
        return false;
    rt_raise(rt, RT_EXC_ValueError, "operation forbidden on released memoryview object");
    return true;
}

/* Fills the layout of a 1-D byte view of n bytes. */
static void layout_bytes(rt_mview_obj *m, int64_t n)
{
    m->fmt = 'B';
    m->itemsize = 1;
    m->ndim = 1;
    m->shape[0] = n;
    m->strides[0] = 1;
}

/* memoryview(src) of an object whose class has __buffer__(flags): a copy of
 * the view that method returns, whose .obj is src; TypeError for others. */
static rt_value from_buffer_method(rt_state *rt, rt_value src)
{
    rt_value meth = rt__is_user_obj(src)
                        ? rt_type_lookup_cstr(rt, rt_type_obj_get(rt, src), "__buffer__")
                        : RT_NULL;
    if (!meth) {
        if (rt->exc)
            return RT_NULL;
        return rt_raise(rt, RT_EXC_TypeError,
                        "memoryview: a bytes-like object is required, not '%s'", rt_type_name(src));
    }
    rt_value flags = rt_smallint(0);
    rt_value r = rt__call_special(rt, meth, src, &flags, 1);
    if (!r)
        return RT_NULL;
    if (!rt_is_mview(r)) {
        rt_decref(rt, r);
        return rt_raise(rt, RT_EXC_TypeError, "__buffer__ returned non-memoryview object");
    }
    rt_mview_obj *m = is_released(rt, rt_mview_of(r)) ? NULL : view_copy(rt, rt_mview_of(r));
    rt_decref(rt, r);
    if (!m)
        return RT_NULL;
    rt_setref(rt, &m->owner, src);
    return rt_from_obj(m);
}

rt_value rt__mview_construct(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames)
{
    static const char *const names[] = {"object", NULL};
    rt_value a[1];
    if (rt_args_parse(rt, "memoryview", args, nargs, kwnames, 1, names, a) < 0)
        return RT_NULL;
    if (!a[0])
        return rt_raise(rt, RT_EXC_TypeError,
                        "memoryview() missing required argument 'object' (pos 1)");
    rt_value src = a[0];
    rt_mview_obj *m;
    if (rt_is_mview(src)) {
        if (is_released(rt, rt_mview_of(src)))
            return RT_NULL;
        m = view_copy(rt, rt_mview_of(src));
    } else if (rt_is_byteslike(src)) {
        m = view_new(rt, src);
        if (m)
            layout_bytes(m, rt_byteslike_len(src));
    } else {
        return from_buffer_method(rt, src);
    }
    return m ? rt_from_obj(m) : RT_NULL;
}

bool rt__mview_span(rt_value v, const char **p, size_t *n)
{
    const rt_mview_obj *m = rt_mview_of(v);
    if (m->released || !view_contiguous(m, false))
        return false;
    *p = view_buf(m);
    *n = (size_t)view_nbytes(m);
    return true;
}

/* ---- formats ----------------------------------------------------------------------- */

/* The size of a native single-character format, 0 for any other. */
static int fmt_size(char f)
{
    switch (f) {
    case 'c':
    case 'b':
    case 'B':
    case '?': return 1;
    case 'h':
    case 'H': return 2;
    case 'i':
    case 'I':
    case 'f': return 4;
    case 'l':
    case 'L':
    case 'q':
    case 'Q':
    case 'n':
    case 'N':
    case 'P':
    case 'd': return 8;
    default: return 0;
    }
}

static bool byte_fmt(char f)
{
    return f == 'B' || f == 'b' || f == 'c';
}

/* The item at p as a value. */
static rt_value unpack(rt_state *rt, char f, const char *p)
{
    switch (f) {
    case 'B': return rt_smallint(*(const unsigned char *)p);
    case 'b': return rt_smallint((signed char)*p);
    case 'c': return rt_bytes_new(rt, p, 1);
    case '?': return rt_bool(*p != 0);
    case 'h': {
        int16_t x;
        memcpy(&x, p, sizeof x);
        return rt_smallint(x);
    }
    case 'H': {
        uint16_t x;
        memcpy(&x, p, sizeof x);
        return rt_smallint(x);
    }
    case 'i': {
        int32_t x;
        memcpy(&x, p, sizeof x);
        return rt_smallint(x);
    }
    case 'I': {
        uint32_t x;
        memcpy(&x, p, sizeof x);
        return rt_smallint((int64_t)x);
    }
    case 'f': {
        float x;
        memcpy(&x, p, sizeof x);
        return rt_float_new(rt, (double)x);
    }
    case 'd': {
        double x;
        memcpy(&x, p, sizeof x);
        return rt_float_new(rt, x);
    }
    case 'l':
    case 'q':
    case 'n': {
        int64_t x;
        memcpy(&x, p, sizeof x);
        return rt_int_from_i64(rt, x);
    }
    default: { /* L Q N P */
        uint64_t x;
        memcpy(&x, p, sizeof x);
        return x <= (uint64_t)INT64_MAX ? rt_int_from_i64(rt, (int64_t)x)
                                        : rt_bigint_from_u64(rt, x);
    }
    }
}

static int bad_type(rt_state *rt, char f)
{
    rt_raise(rt, RT_EXC_TypeError, "memoryview: invalid type for format '%c'", f);
    return -1;
}

static int bad_value(rt_state *rt, char f)
{
    rt_raise(rt, RT_EXC_ValueError, "memoryview: invalid value for format '%c'", f);
    return -1;
}

/* An int v as uint64: false when negative or too large. */
static bool int_as_u64(rt_value v, uint64_t *out)
{
    int64_t s;
    if (rt_int_as_i64(v, &s)) {
        if (s < 0)
            return false;
        *out = (uint64_t)s;
        return true;
    }
    rt_limb buf[2];
    size_t n;
    bool neg;
    const rt_limb *l = rt_bigint_limbs(v, buf, &n, &neg);
    if (neg || n > 1)
        return false;
    *out = n ? l[0] : 0;
    return true;
}

/* Stores v at p as an item of format f: 0, or -1 with CPython's
 * "invalid type"/"invalid value" errors. */
static int pack(rt_state *rt, char f, char *p, rt_value v)
{
    if (f == 'c') {
        if (!rt_is_bytes(v))
            return bad_type(rt, f);
        if (rt_bytes_len(v) != 1)
            return bad_value(rt, f);
        *p = rt_bytes_data(v)[0];
        return 0;
    }
    if (f == '?') {
        int t = rt_truthy(rt, v);
        if (t < 0)
            return -1;
        *p = (char)t;
        return 0;
    }
    if (f == 'f' || f == 'd') {
        double d;
        if (rt_is_float(v))
            d = rt_float_get(v);
        else if (rt_is_intlike(v) && rt_is_obj(v) && rt_as_obj(v)->type == RT_T_INT) {
            if (!rt_bigint_to_double(v, &d))
                return bad_value(rt, f);
        } else if (rt_is_intlike(v))
            d = (double)rt_int_get(v);
        else
            return bad_type(rt, f);
        if (f == 'd') {
            memcpy(p, &d, sizeof d);
        } else {
            /* past the largest float the conversion is undefined in C: make it inf */
            float x = isfinite(d) && fabs(d) > FLT_MAX ? (d > 0 ? INFINITY : -INFINITY) : (float)d;
            memcpy(p, &x, sizeof x);
        }
        return 0;
    }
    if (!rt_is_intlike(v))
        return bad_type(rt, f);
    if (f == 'L' || f == 'Q' || f == 'N' || f == 'P' || f == 'I' || f == 'H' || f == 'B') {
        uint64_t u;
        if (!int_as_u64(v, &u))
            return bad_value(rt, f);
        uint64_t max = f == 'B'   ? UINT8_MAX
                       : f == 'H' ? UINT16_MAX
                       : f == 'I' ? UINT32_MAX
                                  : UINT64_MAX;
        if (u > max)
            return bad_value(rt, f);
        if (f == 'B') {
            *p = (char)(uint8_t)u;
        } else if (f == 'H') {
            uint16_t x = (uint16_t)u;
            memcpy(p, &x, sizeof x);
        } else if (f == 'I') {
            uint32_t x = (uint32_t)u;
            memcpy(p, &x, sizeof x);
        } else {
            memcpy(p, &u, sizeof u);
        }
        return 0;
    }
    int64_t s;
    if (!rt_int_as_i64(v, &s))
        return bad_value(rt, f);
    int64_t lo = f == 'b' ? INT8_MIN : f == 'h' ? INT16_MIN : f == 'i' ? INT32_MIN : INT64_MIN;
    int64_t hi = f == 'b' ? INT8_MAX : f == 'h' ? INT16_MAX : f == 'i' ? INT32_MAX : INT64_MAX;
    if (s < lo || s > hi)
        return bad_value(rt, f);
    if (f == 'b') {
        *p = (char)(int8_t)s;
    } else if (f == 'h') {
        int16_t x = (int16_t)s;
        memcpy(p, &x, sizeof x);
    } else if (f == 'i') {
        int32_t x = (int32_t)s;
        memcpy(p, &x, sizeof x);
    } else {
        memcpy(p, &s, sizeof s);
    }
    return 0;
}

/* ---- walking the items ----------------------------------------------------------- */

/* Copies the items of m below dimension dim, starting at p, to *out in C
 * order (Fortran order: the first index varies fastest), advancing *out.
 * Each item is a step of a C loop (vm.h: a huge strided view charges the
 * slice): 0, or -1 with KeyboardInterrupt. */
static int gather(rt_state *rt, const rt_mview_obj *m, int dim, const char *p, char **out,
                  bool fortran)
{
    if (dim == m->ndim) {
        memcpy(*out, p, m->itemsize);
        *out += m->itemsize;
        return rt__vm_c_step(rt);
    }
    int d = fortran ? m->ndim - 1 - dim : dim;
    for (int64_t i = 0; i < m->shape[d]; i++)
        if (gather(rt, m, dim + 1, p + i * m->strides[d], out, fortran) < 0)
            return -1;
    return 0;
}

/* The reverse: copies the items from *in to the view's places in C order. */
static void scatter(const rt_mview_obj *m, int dim, char *p, const char **in)
{
    if (dim == m->ndim) {
        memcpy(p, *in, m->itemsize);
        *in += m->itemsize;
        return;
    }
    for (int64_t i = 0; i < m->shape[dim]; i++)
        scatter(m, dim + 1, p + i * m->strides[dim], in);
}

static rt_value tobytes_order(rt_state *rt, const rt_mview_obj *m, bool fortran)
{
    int64_t n = view_nbytes(m);
    rt_value r = rt_bytes_new_uninit(rt, (size_t)n);
    if (!r)
        return RT_NULL;
    char *out = rt_bytes_obj_of(r)->data;
    if (view_contiguous(m, fortran) && (m->ndim <= 1 || !fortran || view_contiguous(m, false)))
        memcpy(out, view_buf(m), (size_t)n);
    else if (gather(rt, m, 0, view_buf(m), &out, fortran) < 0) {
        rt_decref(rt, r);
        return RT_NULL;
    }
    return r;
}

rt_value rt_mview_tobytes(rt_state *rt, rt_value v)
{
    const rt_mview_obj *m = rt_mview_of(v);
    if (is_released(rt, m))
        return RT_NULL;
    return tobytes_order(rt, m, false);
}

static rt_value tolist_dim(rt_state *rt, const rt_mview_obj *m, int dim, const char *p)
{
    if (dim == m->ndim)
        return unpack(rt, m->fmt, p);
    rt_value l = rt_list_new(rt, m->shape[dim]);
    for (int64_t i = 0; l && i < m->shape[dim]; i++) {
        rt_value x =
            rt__vm_c_step(rt) < 0 ? RT_NULL : tolist_dim(rt, m, dim + 1, p + i * m->strides[dim]);
        if (!x || rt_list_append_steal(rt, l, x) < 0) {
            rt_decref(rt, l);
            l = RT_NULL;
        }
    }
    return l;
}

/* ---- items --------------------------------------------------------------------------- */

/* key as an index: false with IndexError when it does not fit. */
static bool index_of(rt_state *rt, rt_value key, int64_t *out)
{
    if (rt_int_as_i64(key, out))
        return true;
    rt_raise(rt, RT_EXC_IndexError, "cannot fit 'int' into an index-sized integer");
    return false;
}

/* The address of item i of dimension dim from p; NULL with IndexError. */
static char *lookup(rt_state *rt, const rt_mview_obj *m, char *p, int dim, int64_t i)
{
    int64_t n = m->shape[dim];
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        rt_raise(rt, RT_EXC_IndexError, "index out of bounds on dimension %d", dim + 1);
        return NULL;
    }
    return p + i * m->strides[dim];
}

/* True when key is a tuple of ints (of slices: slices). */
static bool tuple_of(rt_value key, bool slices)
{
    if (!rt_is_tuple(key))
        return false;
    for (int64_t i = 0; i < rt_tuple_len(key); i++)
        if (slices ? !rt_is_slice(rt_tuple_get(key, i)) : !rt_is_intlike(rt_tuple_get(key, i)))
            return false;
    return true;
}

/* The address of the item a full tuple of indices names; NULL with an error.
 * A partial tuple, an int index or a slice into a view of more than one
 * dimension are NotImplementedErrors with CPython 3.11's own messages
 * ("sub-views are not implemented", "multi-dimensional sub-views are not
 * implemented", "multi-dimensional slicing is not implemented"): CPython's
 * memoryview refuses them too, so closured matches it rather than going
 * further. */
static char *item_of_tuple(rt_state *rt, const rt_mview_obj *m, rt_value key)
{
    int64_t k = rt_tuple_len(key);
    if (k < m->ndim) {
        rt_raise(rt, RT_EXC_NotImplementedError, "sub-views are not implemented");
        return NULL;
    }
    if (k > m->ndim) {
        rt_raise(rt, RT_EXC_TypeError, "cannot index %d-dimension view with %lld-element tuple",
                 m->ndim, (long long)k);
        return NULL;
    }
    char *p = view_buf(m);
    for (int d = 0; p && d < k; d++) {
        int64_t i;
        if (!index_of(rt, rt_tuple_get(key, d), &i))
            return NULL;
        p = lookup(rt, m, p, d, i);
    }
    return p;
}

rt_value rt__mview_getitem(rt_state *rt, rt_value v, rt_value key)
{
    const rt_mview_obj *m = rt_mview_of(v);
    if (is_released(rt, m))
        return RT_NULL;
    if (m->ndim == 0) {
        if (rt_is_tuple(key) && rt_tuple_len(key) == 0)
            return unpack(rt, m->fmt, view_buf(m));
        if (rt_type_of(key) == RT_T_ELLIPSIS) {
            rt_incref(v);
            return v;
        }
        return rt_raise(rt, RT_EXC_TypeError, "invalid indexing of 0-dim memory");
    }
    if (rt_is_intlike(key)) {
        int64_t i;
        if (!index_of(rt, key, &i))
            return RT_NULL;
        if (m->ndim != 1)
            return rt_raise(rt, RT_EXC_NotImplementedError,
                            "multi-dimensional sub-views are not implemented");
        const char *p = lookup(rt, m, view_buf(m), 0, i);
        return p ? unpack(rt, m->fmt, p) : RT_NULL;
    }
    if (rt_is_slice(key)) {
        int64_t start, step, n;
        if (rt_slice_indices(rt, key, m->shape[0], &start, &step, &n) != 0)
            return RT_NULL;
        rt_mview_obj *s = view_copy(rt, m);
        if (!s)
            return RT_NULL;
        if (n > 0) /* an empty slice keeps its place: its start may lie outside */
            s->offset += start * m->strides[0];
        s->shape[0] = n;
        s->strides[0] = m->strides[0] * step;
        return rt_from_obj(s);
    }
    if (tuple_of(key, false)) {
        const char *p = item_of_tuple(rt, m, key);
        return p ? unpack(rt, m->fmt, p) : RT_NULL;
    }
    if (tuple_of(key, true))
        return rt_raise(rt, RT_EXC_NotImplementedError,
                        "multi-dimensional slicing is not implemented");
    return rt_raise(rt, RT_EXC_TypeError, "memoryview: invalid slice key");
}

/* The layout and first item of a buffer operand: a view, or a bytes-like
 * seen as a 1-D byte view in *tmp. False when x is neither (nothing set). */
static bool operand(rt_value x, rt_mview_obj *tmp, const rt_mview_obj **m, const char **p)
{
    if (rt_is_mview(x)) {
        *m = rt_mview_of(x);
        *p = view_buf(*m);
        return true;
    }
    if (!rt_is_byteslike(x))
        return false;
    memset(tmp, 0, sizeof *tmp);
    layout_bytes(tmp, rt_byteslike_len(x));
    *m = tmp;
    *p = rt_byteslike_data(x);
    return true;
}

/* m[start::step] (n items) = val for a 1-D view. */
static int assign_slice(rt_state *rt, const rt_mview_obj *m, rt_value key, rt_value val)
{
    rt_mview_obj tmp;
    const rt_mview_obj *src;
    const char *sp;
    if (rt_is_mview(val) && is_released(rt, rt_mview_of(val)))
        return -1;
    if (!operand(val, &tmp, &src, &sp)) {
        rt_raise(rt, RT_EXC_TypeError, "a bytes-like object is required, not '%s'",
                 rt_type_name(val));
        return -1;
    }
    int64_t start, step, n;
    if (rt_slice_indices(rt, key, m->shape[0], &start, &step, &n) != 0)
        return -1;
    if (src->fmt != m->fmt || src->ndim != 1 || src->shape[0] != n) {
        rt_raise(rt, RT_EXC_ValueError,
                 "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    if (n == 0)
        return 0;
    /* through a copy: the source may overlap the destination */
    size_t bytes = (size_t)n * m->itemsize;
    char *buf = rt_heap_alloc(rt, &m->hdr, bytes);
    if (!buf)
        return -1;
    char *out = buf;
    if (gather(rt, src, 0, sp, &out, false) < 0) {
        rt_heap_free(rt, &m->hdr, buf, bytes);
        return -1;
    }
    rt_mview_obj dest = *m;
    dest.shape[0] = n;
    dest.strides[0] = m->strides[0] * step;
    const char *in = buf;
    scatter(&dest, 0, view_buf(m) + start * m->strides[0], &in);
    rt_heap_free(rt, &m->hdr, buf, bytes);
    return 0;
}

int rt__mview_setitem(rt_state *rt, rt_value v, rt_value key, rt_value val)
{
    const rt_mview_obj *m = rt_mview_of(v);
    if (is_released(rt, m))
        return -1;
    if (m->readonly) {
        rt_raise(rt, RT_EXC_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!val) {
        rt_raise(rt, RT_EXC_TypeError, "cannot delete memory");
        return -1;
    }
    if (m->ndim == 0) {
        if (rt_type_of(key) == RT_T_ELLIPSIS || (rt_is_tuple(key) && rt_tuple_len(key) == 0))
            return pack(rt, m->fmt, view_buf(m), val);
        rt_raise(rt, RT_EXC_TypeError, "invalid indexing of 0-dim memory");
        return -1;
    }
    if (rt_is_intlike(key)) {
        if (m->ndim > 1) {
            rt_raise(rt, RT_EXC_NotImplementedError, "sub-views are not implemented");
            return -1;
        }
        int64_t i;
        if (!index_of(rt, key, &i))
            return -1;
        char *p = lookup(rt, m, view_buf(m), 0, i);
        return p ? pack(rt, m->fmt, p, val) : -1;
    }
    if (rt_is_slice(key) && m->ndim == 1)
        return assign_slice(rt, m, key, val);
    if (tuple_of(key, false)) {
        char *p = item_of_tuple(rt, m, key);
        return p ? pack(rt, m->fmt, p, val) : -1;
    }
    if (rt_is_slice(key) || tuple_of(key, true)) {
        rt_raise(rt, RT_EXC_NotImplementedError,
                 "memoryview slice assignments are currently restricted to ndim = 1");
        return -1;
    }
    rt_raise(rt, RT_EXC_TypeError, "memoryview: invalid slice key");
    return -1;
}

int rt__mview_len(rt_state *rt, rt_value v, int64_t *out)
{
    const rt_mview_obj *m = rt_mview_of(v);
    if (is_released(rt, m))
        return -1;
    *out = m->ndim == 0 ? 1 : m->shape[0]; /* a 0-dim view holds one item */
    return 0;
}

rt_value rt__mview_iter(rt_state *rt, rt_value v)
{
    const rt_mview_obj *m = rt_mview_of(v);
    if (is_released(rt, m))
        return RT_NULL;
    if (m->ndim == 0)
        return rt_raise(rt, RT_EXC_TypeError, "invalid indexing of 0-dim memory");
    if (m->ndim != 1)
        return rt_raise(rt, RT_EXC_NotImplementedError,
                        "multi-dimensional sub-views are not implemented");
    return rt_iter_seq_new(rt, v);
}

/* ---- comparison, hash, repr ------------------------------------------------------ */

/* Compares the items below dimension dim: 1 equal, 0 not, -1 error. */
static int items_eq(rt_state *rt, const rt_mview_obj *a, const char *pa, const rt_mview_obj *b,
                    const char *pb, int dim)
{
    if (dim == a->ndim) {
        if (rt__vm_c_step(rt) < 0) /* a step of a C loop (vm.h) */
            return -1;
        if (a->fmt == b->fmt && a->fmt != 'f' && a->fmt != 'd' && a->fmt != '?')
            return memcmp(pa, pb, a->itemsize) == 0;
        rt_value x = unpack(rt, a->fmt, pa);
        rt_value y = x ? unpack(rt, b->fmt, pb) : RT_NULL;
        int r = y ? rt_eq(rt, x, y) : -1;
        rt_decref(rt, x);
        rt_decref(rt, y);
        return r;
    }
    for (int64_t i = 0; i < a->shape[dim]; i++) {
        int r = items_eq(rt, a, pa + i * a->strides[dim], b, pb + i * b->strides[dim], dim + 1);
        if (r != 1)
            return r;
    }
    return 1;
}

int rt__mview_eq(rt_state *rt, rt_value a, rt_value b)
{
    /* a released view equals only itself; an unreleased one compares its
     * items even with itself (a NaN item makes it unequal) */
    if ((rt_is_mview(a) && rt_mview_of(a)->released) ||
        (rt_is_mview(b) && rt_mview_of(b)->released))
        return a == b;
    rt_mview_obj ta, tb;
    const rt_mview_obj *ma, *mb;
    const char *pa, *pb;
    if (!operand(a, &ta, &ma, &pa) || !operand(b, &tb, &mb, &pb))
        return 0;
    if (ma->ndim != mb->ndim)
        return 0;
    for (int i = 0; i < ma->ndim; i++)
        if (ma->shape[i] != mb->shape[i])
            return 0;
    return items_eq(rt, ma, pa, mb, pb, 0);
}

int rt__mview_hash(rt_state *rt, rt_value v, int64_t *out)
{
    rt_mview_obj *m = rt_mview_of(v);
    if (m->hash != -1) {
        *out = m->hash;
        return 0;
    }
    if (is_released(rt, m))
        return -1;
    if (!m->readonly) {
        rt_raise(rt, RT_EXC_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    if (!byte_fmt(m->fmt)) {
        rt_raise(rt, RT_EXC_ValueError,
                 "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    if (rt_is_bytearray(m->obj)) { /* the exporter must be hashable too */
        rt_raise(rt, RT_EXC_TypeError, "unhashable type: 'bytearray'");
        return -1;
    }
    rt_value b = tobytes_order(rt, m, false);
    if (!b)
        return -1;
    m->hash = rt_bytes_hash(b);
    rt_decref(rt, b);
    *out = m->hash;
    return 0;
}

rt_value rt__mview_repr(rt_state *rt, rt_value v)
{
    return rt_str_printf(rt, "<%smemory at 0x%" PRIx64 ">",
                         rt_mview_of(v)->released ? "released " : "", rt__objid_of_value(rt, v));
}

/* ---- attributes ----------------------------------------------------------------------- */

static rt_value int_tuple(rt_state *rt, const int64_t *xs, int n)
{
    rt_value t = rt_tuple_new(rt, n);
    for (int i = 0; t && i < n; i++) {
        rt_value x = rt_int_from_i64(rt, xs[i]);
        if (!x) {
            rt_decref(rt, t);
            return RT_NULL;
        }
        rt_tuple_set_steal(t, i, x);
    }
    return t;
}

static const char *const data_attrs[] = {
    "obj",     "nbytes",     "readonly",     "itemsize",     "format",     "ndim", "shape",
    "strides", "suboffsets", "c_contiguous", "f_contiguous", "contiguous", NULL,
};

rt_value rt__mview_getattr(rt_state *rt, rt_value v, rt_value name)
{
    const rt_mview_obj *m = rt_mview_of(v);
    int k = -1;
    for (int i = 0; data_attrs[i]; i++)
        if (rt_str_eq_cstr(name, data_attrs[i]))
            k = i;
    if (k >= 0) {
        if (is_released(rt, m))
            return RT_NULL;
        switch (k) {
        case 0: {
            rt_value o = m->owner ? m->owner : m->obj;
            rt_incref(o);
            return o;
        }
        case 1: return rt_int_from_i64(rt, view_nbytes(m));
        case 2: return rt_bool(m->readonly);
        case 3: return rt_smallint(m->itemsize);
        case 4: return rt_str_printf(rt, "%c", m->fmt);
        case 5: return rt_smallint(m->ndim);
        case 6: return int_tuple(rt, m->shape, m->ndim);
        case 7: return int_tuple(rt, m->strides, m->ndim);
        case 8: return rt_tuple_new(rt, 0);
        case 9: return rt_bool(view_contiguous(m, false));
        case 10: return rt_bool(view_contiguous(m, true));
        default: return rt_bool(view_contiguous(m, false) || view_contiguous(m, true));
        }
    }
    if (rt_str_eq_cstr(name, "__class__")) {
        rt_value c = rt_type_obj_get(rt, v);
        rt_incref(c);
        return c;
    }
    const rt_builtin_def *def = rt_method_find(rt, RT_T_MEMORYVIEW, name);
    if (def)
        return rt_builtin_new(rt, def, v);
    if (rt->exc)
        return RT_NULL;
    return rt_raise(rt, RT_EXC_AttributeError, "'memoryview' object has no attribute '%s'",
                    rt_str_data(name));
}

int rt__mview_setattr(rt_state *rt, rt_value v, rt_value name, rt_value value)
{
    (void)v;
    (void)value;
    for (int i = 0; data_attrs[i]; i++)
        if (rt_str_eq_cstr(name, data_attrs[i])) {
            rt_raise(rt, RT_EXC_AttributeError,
                     "attribute '%s' of 'memoryview' objects is not writable", data_attrs[i]);
            return -1;
        }
    rt_raise(rt, RT_EXC_AttributeError, "'memoryview' object has no attribute '%s'",
             rt_str_data(name));
    return -1;
}

/* ---- methods --------------------------------------------------------------------------- */

static rt_value mv_tobytes(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    static const char *const names[] = {"order", NULL};
    rt_value a[1];
    if (rt_args_parse(rt, "tobytes", args, nargs, kwnames, 1, names, a) < 0)
        return RT_NULL;
    bool fortran = false;
    if (a[0] && a[0] != RT_NONE) {
        if (!rt_is_str(a[0]))
            return rt_raise(rt, RT_EXC_TypeError,
                            "tobytes() argument 'order' must be str or None, not %s",
                            rt_type_name(a[0]));
        const char *o = rt_str_data(a[0]);
        if (rt_str_len(a[0]) != 1 || (o[0] != 'C' && o[0] != 'F' && o[0] != 'A'))
            return rt_raise(rt, RT_EXC_ValueError, "order must be 'C', 'F' or 'A'");
        fortran = o[0] == 'F';
    }
    const rt_mview_obj *m = rt_mview_of(self);
    if (is_released(rt, m))
        return RT_NULL;
    return tobytes_order(rt, m, fortran);
}

static rt_value mv_tolist(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "tolist", nargs, kwnames) < 0)
        return RT_NULL;
    const rt_mview_obj *m = rt_mview_of(self);
    if (is_released(rt, m))
        return RT_NULL;
    return tolist_dim(rt, m, 0, view_buf(m));
}

static rt_value mv_hex(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                       rt_value kwnames)
{
    rt_value b = rt_mview_tobytes(rt, self);
    if (!b)
        return RT_NULL;
    rt_value r = RT_NULL;
    for (const rt_builtin_def *d = rt__bytes_methods; d->name; d++)
        if (strcmp(d->name, "hex") == 0)
            r = d->fn(rt, b, args, nargs, kwnames);
    rt_decref(rt, b);
    return r;
}

/* The dimensions of a cast's shape argument into m (already 1-D with the
 * new format): 0, or -1 with CPython's error. */
static int cast_shape(rt_state *rt, rt_mview_obj *m, rt_value shape)
{
    int64_t k = rt_is_list(shape) ? rt_list_len(shape) : rt_tuple_len(shape);
    if (k > RT_MVIEW_MAXDIM) {
        rt_raise(rt, RT_EXC_NotImplementedError, "memoryview: casts to more than %d dimensions",
                 RT_MVIEW_MAXDIM);
        return -1;
    }
    int64_t len = m->itemsize, dims[RT_MVIEW_MAXDIM];
    for (int64_t i = 0; i < k; i++) {
        rt_value x = rt_is_list(shape) ? rt_list_get(shape, i) : rt_tuple_get(shape, i);
        if (!rt_is_intlike(x)) {
            rt_raise(rt, RT_EXC_TypeError, "memoryview.cast(): elements of shape must be integers");
            return -1;
        }
        int64_t d;
        if (!rt_int_as_i64(x, &d)) {
            rt_int_overflow(rt);
            return -1;
        }
        if (d > 0 && d > INT64_MAX / len) {
            rt_raise(rt, RT_EXC_ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
            return -1;
        }
        if (d <= 0) {
            rt_raise(rt, RT_EXC_ValueError,
                     "memoryview.cast(): elements of shape must be integers > 0");
            return -1;
        }
        dims[i] = d;
        len *= d;
    }
    if (len != view_nbytes(m)) {
        rt_raise(rt, RT_EXC_TypeError, "memoryview: product(shape) * itemsize != buffer size");
        return -1;
    }
    m->ndim = (uint8_t)k;
    int64_t sd = m->itemsize;
    for (int64_t i = k - 1; i >= 0; i--) {
        m->shape[i] = dims[i];
        m->strides[i] = sd;
        sd *= dims[i];
    }
    return 0;
}

static rt_value mv_cast(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames)
{
    static const char *const names[] = {"format", "shape", NULL};
    rt_value a[2];
    if (rt_args_parse(rt, "cast", args, nargs, kwnames, 2, names, a) < 0)
        return RT_NULL;
    if (!a[0])
        return rt_raise(rt, RT_EXC_TypeError, "cast() missing required argument 'format' (pos 1)");
    if (!rt_is_str(a[0]))
        return rt_raise(rt, RT_EXC_TypeError, "cast() argument 'format' must be str, not %s",
                        rt_type_name(a[0]));
    const rt_mview_obj *m = rt_mview_of(self);
    if (is_released(rt, m))
        return RT_NULL;
    if (!view_contiguous(m, false))
        return rt_raise(rt, RT_EXC_TypeError,
                        "memoryview: casts are restricted to C-contiguous views");
    bool zero = false;
    for (int i = 0; i < m->ndim; i++)
        zero |= m->shape[i] == 0;
    rt_value shape = a[1];
    if ((shape || m->ndim != 1) && zero)
        return rt_raise(rt, RT_EXC_TypeError,
                        "memoryview: cannot cast view with zeros in shape or strides");
    if (shape) {
        if (!rt_is_list(shape) && !rt_is_tuple(shape))
            return rt_raise(rt, RT_EXC_TypeError, "shape must be a list or a tuple");
        int64_t k = rt_is_list(shape) ? rt_list_len(shape) : rt_tuple_len(shape);
        if (k > 64)
            return rt_raise(rt, RT_EXC_ValueError,
                            "memoryview: number of dimensions must not exceed 64");
        if (m->ndim != 1 && k != 1)
            return rt_raise(rt, RT_EXC_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
    }
    const char *f = rt_str_data(a[0]);
    size_t flen = rt_str_len(a[0]);
    if (flen && f[0] == '@') {
        f++;
        flen--;
    }
    int size = flen == 1 ? fmt_size(f[0]) : 0;
    if (size == 0)
        return rt_raise(rt, RT_EXC_ValueError,
                        "memoryview: destination format must be a native single character format "
                        "prefixed with an optional '@'");
    if (!byte_fmt(m->fmt) && !byte_fmt(f[0]))
        return rt_raise(rt, RT_EXC_TypeError,
                        "memoryview: cannot cast between two non-byte formats");
    int64_t nbytes = view_nbytes(m);
    if (nbytes % size)
        return rt_raise(rt, RT_EXC_TypeError, "memoryview: length is not a multiple of itemsize");
    rt_mview_obj *c = view_copy(rt, m);
    if (!c)
        return RT_NULL;
    c->fmt = f[0];
    c->itemsize = (uint8_t)size;
    c->ndim = 1;
    c->shape[0] = nbytes / size;
    c->strides[0] = size;
    if (shape && cast_shape(rt, c, shape) < 0) {
        rt_decref(rt, rt_from_obj(c));
        return RT_NULL;
    }
    return rt_from_obj(c);
}

static rt_value mv_release(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "release", nargs, kwnames) < 0)
        return RT_NULL;
    drop_exporter(rt, rt_mview_of(self));
    return RT_NONE;
}

static rt_value mv_toreadonly(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                              rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "toreadonly", nargs, kwnames) < 0)
        return RT_NULL;
    const rt_mview_obj *m = rt_mview_of(self);
    if (is_released(rt, m))
        return RT_NULL;
    rt_mview_obj *c = view_copy(rt, m);
    if (!c)
        return RT_NULL;
    c->readonly = 1;
    return rt_from_obj(c);
}

static rt_value mv_enter(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__enter__", nargs, kwnames) < 0 || is_released(rt, rt_mview_of(self)))
        return RT_NULL;
    rt_incref(self);
    return self;
}

static rt_value mv_exit(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames)
{
    (void)args;
    (void)nargs;
    if (rt_kw_count(kwnames))
        return rt_raise(rt, RT_EXC_TypeError, "__exit__() takes no keyword arguments");
    drop_exporter(rt, rt_mview_of(self));
    return RT_NONE;
}

const rt_builtin_def rt__mview_methods[] = {
    {"tobytes", mv_tobytes}, {"tolist", mv_tolist},   {"hex", mv_hex},
    {"cast", mv_cast},       {"release", mv_release}, {"toreadonly", mv_toreadonly},
    {"__enter__", mv_enter}, {"__exit__", mv_exit},   {NULL, NULL},
};
