/* structseq.c: named tuples made in C, CPython's "struct sequences"
 * (sys.version_info, sys.float_info, sys.int_info, sys.flags): a class
 * deriving from tuple with one read-only property per field, printed as
 * "sys.float_info(max=..., ...)". */
#include "runtime/structseq.h"

#include <string.h>

#include "runtime/builtin.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/heap.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/strbuf.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

/* A field's getter: bound to the field's index, called with the instance. */
static rt_value field_get(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    if (rt_args_range(rt, "field", nargs, kwnames, 1, 1) < 0)
        return RT_NULL;
    rt_value key = self;
    return rt_getitem(rt, args[0], key);
}

/* __repr__: "<module>.<name>(field=repr, ...)" from the class's _fields. */
static rt_value seq_repr(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "__repr__", nargs, kwnames, 1, 1) < 0)
        return RT_NULL;
    rt_value obj = args[0];
    rt_value cls = rt_type_obj_get(rt, obj);
    rt_value names = rt_dict_get_cstr(rt, rt_type_obj_of(cls)->dict, "_fields");
    rt_value mod = rt_dict_get_cstr(rt, rt_type_obj_of(cls)->dict, "__module__");
    if (!names || !rt_is_tuple(names) || !mod || !rt_is_str(mod))
        return rt_raise(rt, RT_EXC_TypeError, "not a struct sequence");
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    rt_strbuf_append_cstr(&sb, rt_str_data(mod));
    rt_strbuf_append_char(&sb, '.');
    rt_strbuf_append_cstr(&sb, rt_type_obj_name(cls));
    rt_strbuf_append_char(&sb, '(');
    for (int64_t i = 0; i < rt_tuple_len(names); i++) {
        rt_value item = rt_getitem(rt, obj, rt_smallint(i));
        rt_value r = item ? rt_repr(rt, item) : RT_NULL;
        rt_decref(rt, item);
        if (!r) {
            rt_strbuf_dispose(&sb);
            return RT_NULL;
        }
        if (i)
            rt_strbuf_append_cstr(&sb, ", ");
        rt_strbuf_append_cstr(&sb, rt_str_data(rt_tuple_get(names, i)));
        rt_strbuf_append_char(&sb, '=');
        rt_strbuf_append(&sb, rt_str_data(r), rt_str_len(r));
        rt_decref(rt, r);
    }
    rt_strbuf_append_char(&sb, ')');
    if (sb.failed) {
        rt_strbuf_dispose(&sb);
        return rt_heap_strbuf_error(rt);
    }
    rt_value s = rt_str_new(rt, sb.data, sb.len);
    rt_strbuf_dispose(&sb);
    return s;
}

static const rt_builtin_def field_get_def = {"field", field_get};
static const rt_builtin_def seq_repr_def = {"__repr__", seq_repr};

/* Sets key to a new value v (stolen) in dict d. */
static int set_steal(rt_state *rt, rt_value d, const char *key, rt_value v)
{
    if (!v)
        return -1;
    int r = rt_dict_set_cstr(rt, d, key, v);
    rt_decref(rt, v);
    return r;
}

rt_value rt__structseq_new(rt_state *rt, const char *module, const char *name,
                           const char *const *fields, size_t n, rt_value *values)
{
    rt_value result = RT_NULL, ns = RT_NULL, names = RT_NULL;
    rt_value cls = RT_NULL, bases = RT_NULL, tname = RT_NULL, items = RT_NULL;
    for (size_t i = 0; i < n; i++)
        if (!values[i])
            goto done;
    ns = rt_dict_new(rt);
    names = ns ? rt_tuple_new(rt, (int64_t)n) : RT_NULL;
    if (!names)
        goto done;
    for (size_t i = 0; i < n; i++) {
        rt_value fname = rt_str_from_cstr(rt, fields[i]);
        rt_value get =
            fname ? rt_builtin_new(rt, &field_get_def, rt_smallint((int64_t)i)) : RT_NULL;
        rt_value prop =
            get ? rt_descr_new(rt, RT_T_PROPERTY, get, RT_NULL, RT_NULL, RT_NONE) : RT_NULL;
        rt_decref(rt, get);
        int r = prop ? rt_dict_set(rt, ns, fname, prop) : -1;
        rt_decref(rt, prop);
        if (r < 0) {
            rt_decref(rt, fname);
            goto done;
        }
        rt_tuple_items(names)[i] = fname;
    }
    rt_incref(names);
    if (set_steal(rt, ns, "_fields", names) < 0 ||
        set_steal(rt, ns, "n_fields", rt_int_from_i64(rt, (int64_t)n)) < 0 ||
        set_steal(rt, ns, "__module__", rt_str_from_cstr(rt, module)) < 0 ||
        set_steal(rt, ns, "__repr__", rt_builtin_new(rt, &seq_repr_def, RT_NULL)) < 0)
        goto done;
    tname = rt_str_from_cstr(rt, name);
    bases = tname ? rt_tuple_pack(rt, 1, rt->type_objs[RT_T_TUPLE]) : RT_NULL;
    cls = bases ? rt_class_new(rt, tname, bases, ns) : RT_NULL;
    items = cls ? rt_tuple_new(rt, (int64_t)n) : RT_NULL;
    if (!items)
        goto done;
    for (size_t i = 0; i < n; i++) {
        rt_tuple_items(items)[i] = values[i];
        values[i] = RT_NULL;
    }
    result = rt_call(rt, cls, &items, 1, RT_NULL);
done:
    for (size_t i = 0; i < n; i++)
        rt_decref(rt, values[i]);
    rt_decref(rt, items);
    rt_decref(rt, cls);
    rt_decref(rt, bases);
    rt_decref(rt, tname);
    rt_decref(rt, names);
    rt_decref(rt, ns);
    return result;
}
