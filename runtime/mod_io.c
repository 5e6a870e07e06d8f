/* mod_io.c: `_io`, the native half of stdlib/io.py: the fast write of a
 * StringIO or BytesIO whose position is at its end. io.py keeps the value
 * as a list of pieces; while writes only append, it puts one of these
 * writers, bound to that list, in the stream's instance dict, so
 * `stream.write(s)` is one call into C that appends s. Any other state
 * (a seek, a read, close) removes the writer and the Python method runs. */
#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/class.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/type.h"

#define IO_ARGS rt_state *rt, rt_value self, const rt_value *args, size_t nargs, rt_value kwnames

/* write(s) of a StringIO at its end: appends s (a str subclass as its str)
 * to the bound list; returns len(s). */
static rt_value str_write(IO_ARGS)
{
    if (rt_args_one(rt, "write", nargs, kwnames) < 0)
        return RT_NULL;
    rt_value s = rt__native_unwrap(args[0]);
    if (!rt_is_str(s))
        return rt_raise(rt, RT_EXC_TypeError, "string argument expected, got '%s'",
                        rt_type_name(args[0]));
    if (rt_str_nchars(s) && rt_list_append(rt, self, s) < 0)
        return RT_NULL;
    return rt_int_from_i64(rt, rt_str_nchars(s));
}

/* write(b) of a BytesIO at its end: appends b (bytes; a bytearray as a
 * bytes copy) to the bound list; returns len(b). */
static rt_value bytes_write(IO_ARGS)
{
    if (rt_args_one(rt, "write", nargs, kwnames) < 0)
        return RT_NULL;
    rt_value b = rt__native_unwrap(args[0]);
    if (rt_is_bytearray(b)) {
        rt_value copy = rt_bytes_new(rt, rt_bytearray_data(b), (size_t)rt_bytearray_len(b));
        if (!copy)
            return RT_NULL;
        int64_t n = rt_bytes_len(copy);
        int r = n ? rt_list_append(rt, self, copy) : 0;
        rt_decref(rt, copy);
        return r < 0 ? RT_NULL : rt_int_from_i64(rt, n);
    }
    if (!rt_is_bytes(b))
        return rt_raise(rt, RT_EXC_TypeError, "a bytes-like object is required, not '%s'",
                        rt_type_name(args[0]));
    if (rt_bytes_len(b) && rt_list_append(rt, self, b) < 0)
        return RT_NULL;
    return rt_int_from_i64(rt, rt_bytes_len(b));
}

static const rt_builtin_def str_write_def = {"write", str_write};
static const rt_builtin_def bytes_write_def = {"write", bytes_write};

/* str_writer(parts) / bytes_writer(parts): the writer bound to the list. */
static rt_value make_writer(rt_state *rt, const char *qual, const rt_builtin_def *def,
                            const rt_value *args, size_t nargs, rt_value kwnames)
{
    if (rt_args_one(rt, qual, nargs, kwnames) < 0)
        return RT_NULL;
    if (!rt_is_list(args[0]))
        return rt_raise(rt, RT_EXC_TypeError, "%s() argument must be list, not %s", qual,
                        rt_type_name(args[0]));
    return rt_builtin_new(rt, def, args[0]);
}

static rt_value io_str_writer(IO_ARGS)
{
    (void)self;
    return make_writer(rt, "str_writer", &str_write_def, args, nargs, kwnames);
}

static rt_value io_bytes_writer(IO_ARGS)
{
    (void)self;
    return make_writer(rt, "bytes_writer", &bytes_write_def, args, nargs, kwnames);
}

static const rt_builtin_def io_funcs[] = {
    {"str_writer", io_str_writer},
    {"bytes_writer", io_bytes_writer},
    {NULL, NULL},
};

int rt__mod_io_fill(rt_state *rt, rt_value d)
{
    return rt__module_add_funcs(rt, d, io_funcs);
}
