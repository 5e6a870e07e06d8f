/* str_format.c: str.format(*args, **kwargs): template fields resolved
 * against the arguments (index, name, .attr, [key]), converted (!r !s !a)
 * and formatted with rt_format, nested specs expanded. The template syntax
 * itself is scanned by format.c. */
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/format.h"
#include "runtime/heap.h"
#include "runtime/str.h"
#include "runtime/strbuf.h"
#include "runtime/tuple.h"

typedef struct fmt_args {
    const rt_value *args;
    size_t nargs;
    rt_value kwnames;
    rt_value mapping; /* format_map's: names are its keys; RT_NULL for format() */
} fmt_args;

static int raise_fmt(rt_state *rt, const rt_format_err *err)
{
    switch (err->kind) {
    case RT_FMT_OVERFLOW_ERROR: rt_raise(rt, RT_EXC_OverflowError, "%s", err->msg); break;
    case RT_FMT_NO_MEMORY: rt_heap_strbuf_error(rt); break;
    default: rt_raise(rt, RT_EXC_ValueError, "%s", err->msg); break;
    }
    return -1;
}

/* The argument a field names (new reference), or RT_NULL with
 * IndexError/KeyError set. */
static rt_value field_object(rt_state *rt, const rt_format_field *f, const fmt_args *a)
{
    if (a->mapping) {
        if (f->index >= 0)
            return rt_raise(rt, RT_EXC_ValueError, "Format string contains positional fields");
        rt_value key = rt_str_new(rt, f->first, f->first_len);
        rt_value v = key ? rt_getitem(rt, a->mapping, key) : RT_NULL;
        rt_decref(rt, key);
        return v;
    }
    if (f->index >= 0) {
        if ((size_t)f->index >= a->nargs)
            return rt_raise(rt, RT_EXC_IndexError,
                            "Replacement index %lld out of range for positional args tuple",
                            (long long)f->index);
        rt_incref(a->args[f->index]);
        return a->args[f->index];
    }
    size_t nkw = rt_kw_count(a->kwnames);
    for (size_t k = 0; k < nkw; k++) {
        rt_value kn = rt_tuple_get(a->kwnames, (int64_t)k);
        if (rt_str_len(kn) == f->first_len &&
            memcmp(rt_str_data(kn), f->first, f->first_len) == 0) {
            rt_incref(a->args[a->nargs + k]);
            return a->args[a->nargs + k];
        }
    }
    rt_value key = rt_str_new(rt, f->first, f->first_len);
    if (key == RT_NULL)
        return RT_NULL;
    rt_raise_value(rt, RT_EXC_KeyError, key);
    rt_decref(rt, key);
    return RT_NULL;
}

/* Applies the field's ".attr" and "[key]" parts to obj (stolen). */
static rt_value walk_rest(rt_state *rt, const rt_format_field *f, rt_value obj)
{
    const char *rest = f->rest;
    size_t rest_len = f->rest_len;
    rt_format_err err;
    for (;;) {
        int is_attr;
        const char *name;
        size_t name_len;
        int64_t key_index;
        int rc = rt_format_field_rest_next(&rest, &rest_len, &is_attr, &name, &name_len, &key_index,
                                           &err);
        if (rc == 0)
            return obj;
        if (rc < 0) {
            rt_decref(rt, obj);
            raise_fmt(rt, &err);
            return RT_NULL;
        }
        rt_value key = is_attr          ? rt_str_intern(rt, name, name_len)
                       : key_index >= 0 ? rt_int_from_i64(rt, key_index)
                                        : rt_str_new(rt, name, name_len);
        if (key == RT_NULL) {
            rt_decref(rt, obj);
            return RT_NULL;
        }
        rt_value next = is_attr ? rt_getattr(rt, obj, key) : rt_getitem(rt, obj, key);
        rt_decref(rt, key);
        rt_decref(rt, obj);
        if (next == RT_NULL)
            return RT_NULL;
        obj = next;
    }
}

static int expand(rt_state *rt, rt_format_template *t, const fmt_args *a, rt_strbuf *out);

/* Formats one replacement field into out. 0 or -1. */
static int render_field(rt_state *rt, rt_format_template *t, const rt_format_field *f,
                        const fmt_args *a, rt_strbuf *out)
{
    rt_format_err err;
    rt_value obj = field_object(rt, f, a);
    if (obj == RT_NULL)
        return -1;
    obj = walk_rest(rt, f, obj);
    if (obj == RT_NULL)
        return -1;
    if (rt_format_check_conversion(f->conversion, &err) != RT_FMT_OK) {
        rt_decref(rt, obj);
        return raise_fmt(rt, &err);
    }
    if (f->conversion == 'r' || f->conversion == 'a' || f->conversion == 's') {
        rt_value conv = f->conversion == 's'   ? rt_str(rt, obj)
                        : f->conversion == 'a' ? rt_ascii(rt, obj)
                                               : rt_repr(rt, obj);
        rt_decref(rt, obj);
        if (conv == RT_NULL)
            return -1;
        obj = conv;
    }
    rt_value spec;
    if (f->spec_needs_expanding) {
        rt_format_template nested;
        if (rt_format_template_init_nested(&nested, t, f->spec, f->spec_len, &err) != RT_FMT_OK) {
            rt_decref(rt, obj);
            return raise_fmt(rt, &err);
        }
        rt_strbuf sb;
        rt_heap_strbuf_init(rt, &sb);
        if (expand(rt, &nested, a, &sb) < 0) {
            rt_strbuf_dispose(&sb);
            rt_decref(rt, obj);
            return -1;
        }
        spec = rt_str_new(rt, rt_strbuf_cstr(&sb), sb.len);
        rt_strbuf_dispose(&sb);
    } else {
        spec = rt_str_new(rt, f->spec ? f->spec : "", f->spec_len);
    }
    if (spec == RT_NULL) {
        rt_decref(rt, obj);
        return -1;
    }
    rt_value s = rt_format(rt, obj, spec);
    rt_decref(rt, spec);
    rt_decref(rt, obj);
    if (s == RT_NULL)
        return -1;
    rt_strbuf_append(out, rt_str_data(s), rt_str_len(s));
    rt_decref(rt, s);
    return 0;
}

/* Appends the expansion of template t to out. 0 or -1. */
static int expand(rt_state *rt, rt_format_template *t, const fmt_args *a, rt_strbuf *out)
{
    rt_format_field f;
    rt_format_err err;
    for (;;) {
        int rc = rt_format_template_next(t, &f, &err);
        if (rc == 0)
            break;
        if (rc < 0)
            return raise_fmt(rt, &err);
        rt_strbuf_append(out, f.literal, f.literal_len);
        if (f.has_field && render_field(rt, t, &f, a, out) < 0)
            return -1;
    }
    if (out->failed) {
        rt_heap_strbuf_error(rt);
        return -1;
    }
    return 0;
}

static rt_value format_with(rt_state *rt, rt_value fmt, fmt_args a)
{
    rt_format_template t;
    rt_format_template_init(&t, rt_str_data(fmt), rt_str_len(fmt));
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    rt_value r = RT_NULL;
    if (expand(rt, &t, &a, &sb) == 0)
        r = rt_str_new(rt, rt_strbuf_cstr(&sb), sb.len);
    rt_strbuf_dispose(&sb);
    return r;
}

rt_value rt_str_format(rt_state *rt, rt_value fmt, const rt_value *args, size_t nargs,
                       rt_value kwnames)
{
    fmt_args a = {args, nargs, kwnames, RT_NULL};
    return format_with(rt, fmt, a);
}

rt_value rt_str_format_map(rt_state *rt, rt_value fmt, rt_value mapping)
{
    fmt_args a = {NULL, 0, RT_NULL, mapping};
    return format_with(rt, fmt, a);
}
