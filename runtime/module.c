/* module.c: module objects (creation, attributes, repr), the table of
 * native modules and the `sys` module's members. The gc module's functions
 * live in mod_gc.c (the collector's surface); finding and loading modules
 * is import.c's. */
#include "runtime/module.h"

#include <float.h>
#include <stdio.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/builtins_mod.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/excepthook.h"
#include "runtime/frame.h"
#include "runtime/gc.h"
#include "runtime/gen.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/num.h"
#include "runtime/sort.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/structseq.h"
#include "runtime/sys_stdin.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

/* ---- sys ---------------------------------------------------------------------- */

static rt_value sys_getsizeof(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                              rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "getsizeof", nargs, kwnames, 1, 2) < 0)
        return RT_NULL;
    return rt_int_from_i64(rt, (int64_t)rt_value_sizeof(args[0]));
}

/* The argument is on the VM stack while the call runs, so refcnt already
 * includes the temporary reference CPython's getrefcount reports. */
static rt_value sys_getrefcount(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                rt_value kwnames)
{
    (void)self;
    if (rt_args_one(rt, "getrefcount", nargs, kwnames) < 0)
        return RT_NULL;
    rt_value v = args[0];
    if (!rt_is_obj(v))
        return rt_int_from_i64(rt, 4294967295LL); /* immediates are immortal */
    return rt_int_from_i64(rt, (int64_t)rt_as_obj(v)->refcnt);
}

/* sys.exit([code]): raises SystemExit(code). As CPython builds it (the code
 * is the exception's value): None or no code gives SystemExit(), a tuple
 * gives SystemExit(*code). */
rt_value rt__sys_exit(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                      rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "exit", nargs, kwnames, 0, 1) < 0)
        return RT_NULL;
    rt_value code = nargs ? args[0] : RT_NONE;
    rt_value t;
    if (rt_is_tuple(code)) {
        rt_incref(code);
        t = code;
    } else {
        t = code == RT_NONE ? rt_tuple_new(rt, 0) : rt_tuple_pack(rt, 1, code);
    }
    if (!t)
        return RT_NULL;
    rt_value e = rt_exc_new(rt, rt->exc_types[RT_EXC_SystemExit], t);
    rt_decref(rt, t);
    if (!e)
        return RT_NULL;
    rt_raise_obj(rt, e);
    return RT_NULL;
}

static rt_value sys_getrecursionlimit(rt_state *rt, rt_value self, const rt_value *args,
                                      size_t nargs, rt_value kwnames)
{
    (void)self;
    (void)args;
    if (rt_args_none(rt, "getrecursionlimit", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_smallint(rt->recursion_limit + rt->obj_depth); /* see rt__nest_enter */
}

static rt_value sys_setrecursionlimit(rt_state *rt, rt_value self, const rt_value *args,
                                      size_t nargs, rt_value kwnames)
{
    (void)self;
    if (rt_args_one(rt, "setrecursionlimit", nargs, kwnames) < 0)
        return RT_NULL;
    if (!rt_is_int(args[0]) && !rt_is_bool(args[0]))
        return rt_raise(rt, RT_EXC_TypeError, "'%s' object cannot be interpreted as an integer",
                        rt_type_name(args[0]));
    /* CPython's limit is a C int */
    if ((rt_is_int(args[0]) && !rt_is_smallint(args[0])) || rt_int_get(args[0]) > INT32_MAX ||
        rt_int_get(args[0]) < INT32_MIN)
        return rt_raise(rt, RT_EXC_OverflowError, "Python int too large to convert to C int");
    int64_t n = rt_int_get(args[0]);
    if (n < 1)
        return rt_raise(rt, RT_EXC_ValueError, "recursion limit must be greater or equal than 1");
    /* the depth CPython compares with counts this call of a builtin as a level */
    int depth = rt->depth + rt->obj_depth + 1;
    if (n <= depth)
        return rt_raise(rt, RT_EXC_RecursionError,
                        "cannot set the recursion limit to %lld at the recursion depth %d: the "
                        "limit is too low",
                        (long long)n, depth);
    /* less the nested levels being run (rt__nest_enter) */
    rt->recursion_limit = (n > 1000000 ? 1000000 : (int)n) - rt->obj_depth;
    return RT_NONE;
}

/* ---- sys.stdout and sys.stderr ------------------------------------------------------
 * Two instances of a class TextIOWrapper whose write(s) and flush() are
 * builtins bound to the stream's number (1 stdout, 2 stderr): write sends
 * the text to the embedder's output (rt_config.write_out / write_err).
 * print() writes through sys.stdout as it is at the call, so a program may
 * replace it (contextlib.redirect_stdout) with any object that has write. */

static rt_value stream_write(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    if (rt_args_one(rt, "write", nargs, kwnames) < 0)
        return RT_NULL;
    if (!rt_is_str(args[0]))
        return rt_raise(rt, RT_EXC_TypeError, "write() argument must be str, not %s",
                        rt_type_name(args[0]));
    if (self == rt_smallint(2))
        rt__write_err(rt, rt_str_data(args[0]), rt_str_len(args[0]));
    else if (rt__write_out_text(rt, rt_str_data(args[0]), rt_str_len(args[0])) < 0)
        return RT_NULL;
    return rt_int_from_i64(rt, rt_str_nchars(args[0]));
}

static rt_value stream_flush(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    (void)self;
    (void)args;
    if (rt_args_range(rt, "flush", nargs, kwnames, 0, 0) < 0)
        return RT_NULL;
    return RT_NONE;
}

/* writelines(lines): each item written as write() would (a str, or the
 * TypeError); the iterable is gathered first, as print gathers its args. */
static rt_value stream_writelines(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                  rt_value kwnames)
{
    if (rt_args_one(rt, "writelines", nargs, kwnames) < 0)
        return RT_NULL;
    rt_value lines = rt_list_from_iter(rt, args[0]);
    if (!lines)
        return RT_NULL;
    for (int64_t i = 0; i < rt_list_len(lines); i++) {
        rt_value line = rt_list_items(lines)[i];
        rt_value n = stream_write(rt, self, &line, 1, RT_NULL);
        if (!n) {
            rt_decref(rt, lines);
            return RT_NULL;
        }
        rt_decref(rt, n);
    }
    rt_decref(rt, lines);
    return RT_NONE;
}

const rt_builtin_def rt__stream_write_def = {"write", stream_write};
static const rt_builtin_def stream_flush_def = {"flush", stream_flush};
static const rt_builtin_def stream_writelines_def = {"writelines", stream_writelines};

/* sys.<name>: a TextIOWrapper of stream 1 or 2, named "<name>" as CPython's
 * (a StreamHandler's repr shows it). */
static int add_stream(rt_state *rt, rt_value d, rt_value cls, const char *name, int stream)
{
    rt_value o = rt_inst_new(rt, cls);
    if (!o)
        return -1;
    char label[16];
    snprintf(label, sizeof label, "<%s>", name);
    rt_value lv = rt_str_from_cstr(rt, label);
    rt_value lk = lv ? rt_str_intern(rt, "name", 4) : RT_NULL;
    int lr = lk ? rt_setattr(rt, o, lk, lv) : -1;
    rt_decref(rt, lk);
    rt_decref(rt, lv);
    if (lr < 0) {
        rt_decref(rt, o);
        return -1;
    }
    const rt_builtin_def *defs[] = {&rt__stream_write_def, &stream_flush_def,
                                    &stream_writelines_def};
    for (size_t i = 0; i < 3; i++) {
        rt_value f = rt_builtin_new(rt, defs[i], rt_smallint(stream));
        rt_value key = f ? rt_str_intern(rt, defs[i]->name, strlen(defs[i]->name)) : RT_NULL;
        int r = key ? rt_setattr(rt, o, key, f) : -1;
        rt_decref(rt, key);
        rt_decref(rt, f);
        if (r < 0) {
            rt_decref(rt, o);
            return -1;
        }
    }
    rt_value enc_key = rt_str_intern(rt, "encoding", 8);
    rt_value enc = enc_key ? rt_str_from_cstr(rt, "utf-8") : RT_NULL;
    int r = enc ? rt_setattr(rt, o, enc_key, enc) : -1;
    rt_decref(rt, enc);
    rt_decref(rt, enc_key);
    if (r == 0)
        r = rt_dict_set_cstr(rt, d, name, o);
    rt_decref(rt, o);
    return r;
}

static int add_streams(rt_state *rt, rt_value d)
{
    rt_value name = rt_str_from_cstr(rt, "TextIOWrapper");
    rt_value bases = name ? rt_tuple_new(rt, 0) : RT_NULL;
    rt_value ns = bases ? rt_dict_new(rt) : RT_NULL;
    rt_value mod = ns ? rt_str_from_cstr(rt, "_io") : RT_NULL;
    rt_value cls = RT_NULL;
    if (mod && rt_dict_set_cstr(rt, ns, "__module__", mod) == 0)
        cls = rt_class_new(rt, name, bases, ns);
    rt_decref(rt, name);
    rt_decref(rt, bases);
    rt_decref(rt, ns);
    rt_decref(rt, mod);
    if (!cls)
        return -1;
    int r =
        add_stream(rt, d, cls, "stdout", 1) < 0 || add_stream(rt, d, cls, "stderr", 2) < 0 ? -1 : 0;
    rt_decref(rt, cls);
    return r;
}

static rt_value sys_get_int_max_str_digits(rt_state *rt, rt_value self, const rt_value *args,
                                           size_t nargs, rt_value kwnames)
{
    (void)self;
    (void)args;
    if (rt_args_none(rt, "get_int_max_str_digits", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_int_from_i64(rt, rt->int_max_str_digits);
}

/* sys.set_int_max_str_digits(maxdigits): 0 lifts the limit; otherwise at
 * least 640 (CPython's threshold below which conversions are cheap). */
static rt_value sys_set_int_max_str_digits(rt_state *rt, rt_value self, const rt_value *args,
                                           size_t nargs, rt_value kwnames)
{
    (void)self;
    static const char *const names[] = {"maxdigits", NULL};
    rt_value a[1];
    if (rt_args_parse(rt, "set_int_max_str_digits", args, nargs, kwnames, 1, names, a) < 0)
        return RT_NULL;
    if (!a[0])
        return rt_raise(rt, RT_EXC_TypeError,
                        "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    int64_t n;
    if (rt_arg_index(rt, a[0], &n) < 0)
        return RT_NULL;
    if (n > INT32_MAX || n < INT32_MIN)
        return rt_raise(rt, RT_EXC_OverflowError, "Python int too large to convert to C int");
    if (n != 0 && n < 640)
        return rt_raise(rt, RT_EXC_ValueError, "maxdigits must be 0 or larger than 640");
    rt->int_max_str_digits = n;
    return RT_NONE;
}

/* The exception being handled: the innermost frame's `except` (or
 * `finally` during an exception) that is running, or RT_NULL. Borrowed. */
static rt_value handled_exception(rt_state *rt)
{
    for (rt_frame *f = rt->frame; f; f = f->back)
        if (f->handled)
            return f->handled;
    return RT_NULL;
}

/* sys.exception(): the exception being handled, or None. */
static rt_value sys_exception(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                              rt_value kwnames)
{
    (void)self;
    (void)args;
    if (rt_args_none(rt, "exception", nargs, kwnames) < 0)
        return RT_NULL;
    rt_value e = handled_exception(rt);
    if (!e)
        return RT_NONE;
    rt_incref(e);
    return e;
}

/* sys.exc_info(): (type, exception, traceback) of the exception being
 * handled, or (None, None, None). */
static rt_value sys_exc_info(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    (void)self;
    (void)args;
    if (rt_args_none(rt, "exc_info", nargs, kwnames) < 0)
        return RT_NULL;
    rt_value e = handled_exception(rt);
    if (!e)
        return rt_tuple_pack(rt, 3, RT_NONE, RT_NONE, RT_NONE);
    rt_value tb = rt__exc_traceback_get(rt, e);
    rt_value t = tb ? rt_tuple_pack(rt, 3, rt_exc_of(e)->cls, e, tb) : RT_NULL;
    rt_decref(rt, tb);
    return t;
}

/* sys.intern(s): s itself (the runtime interns identifiers on its own;
 * equal strings compare equal either way). */
static rt_value sys_intern(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)self;
    if (rt_args_one(rt, "intern", nargs, kwnames) < 0)
        return RT_NULL;
    if (!rt_is_str(args[0]))
        return rt_raise(rt, RT_EXC_TypeError, "intern() argument must be str, not %s",
                        rt_type_name(args[0]));
    rt_incref(args[0]);
    return args[0];
}

/* sys.getdefaultencoding() and getfilesystemencoding(): UTF-8 is the only
 * encoding of str and of file names here. */
static rt_value sys_utf8(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    (void)self;
    (void)args;
    if (rt_args_none(rt, "getdefaultencoding", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_str_from_cstr(rt, "utf-8");
}

/* sys._getframe([depth]): see rt__frame_snapshot. */
static rt_value sys_getframe(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "_getframe", nargs, kwnames, 0, 1) < 0)
        return RT_NULL;
    int64_t depth = 0;
    if (nargs && (!rt_is_int(args[0]) || !rt_int_as_i64(args[0], &depth))) {
        if (rt_is_int(args[0]))
            return rt_raise(rt, RT_EXC_OverflowError, "Python int too large to convert to C int");
        return rt_raise(rt, RT_EXC_TypeError, "'%s' object cannot be interpreted as an integer",
                        rt_type_name(args[0]));
    }
    return rt__frame_snapshot(rt, depth);
}

static const rt_builtin_def sys_funcs[] = {
    {"_getframe", sys_getframe},
    {"intern", sys_intern},
    {"getdefaultencoding", sys_utf8},
    {"getfilesystemencoding", sys_utf8},
    {"exception", sys_exception},
    {"exc_info", sys_exc_info},
    {"get_int_max_str_digits", sys_get_int_max_str_digits},
    {"set_int_max_str_digits", sys_set_int_max_str_digits},
    {"getsizeof", sys_getsizeof},
    {"getrefcount", sys_getrefcount},
    {"getrecursionlimit", sys_getrecursionlimit},
    {"setrecursionlimit", sys_setrecursionlimit},
    {"exit", rt__sys_exit},
    {"set_asyncgen_hooks", rt__sys_set_asyncgen_hooks},
    {"get_asyncgen_hooks", rt__sys_get_asyncgen_hooks},
    {NULL, NULL},
};

int rt__module_add_funcs(rt_state *rt, rt_value d, const rt_builtin_def *defs)
{
    for (; defs->name; defs++) {
        rt_value b = rt_builtin_new(rt, defs, RT_NULL);
        if (!b)
            return -1;
        int r = rt_dict_set_cstr(rt, d, defs->name, b);
        rt_decref(rt, b);
        if (r < 0)
            return -1;
    }
    return 0;
}

static int set_steal(rt_state *rt, rt_value d, const char *k, rt_value v)
{
    if (!v)
        return -1;
    int r = rt_dict_set_cstr(rt, d, k, v);
    rt_decref(rt, v);
    return r;
}

/* sys.version_info, float_info, int_info, hash_info and flags: named tuples (structseq.c),
 * made on first use: each is a class with a property per field, which a
 * runtime that never reads them (most daemon workloads) does not pay for.
 * Puts the one named `which` into sys's dict d: 1, 0 when `which` is none of
 * them, -1 with an exception set. */
static int add_struct_seq(rt_state *rt, rt_value d, const char *which)
{
    if (strcmp(which, "version_info") == 0) {
        static const char *const version_fields[] = {"major", "minor", "micro", "releaselevel",
                                                     "serial"};
        rt_value version[] = {rt_smallint(3), rt_smallint(11), rt_smallint(0),
                              rt_str_from_cstr(rt, "final"), rt_smallint(0)};
        return set_steal(rt, d, "version_info",
                         rt__structseq_new(rt, "sys", "version_info", version_fields, 5, version)) <
                       0
                   ? -1
                   : 1;
    }
    if (strcmp(which, "float_info") == 0) {
        static const char *const float_fields[] = {
            "max", "max_exp",  "max_10_exp", "min",   "min_exp", "min_10_exp",
            "dig", "mant_dig", "epsilon",    "radix", "rounds"};
        rt_value floats[] = {rt_float_new(rt, DBL_MAX),
                             rt_smallint(DBL_MAX_EXP),
                             rt_smallint(DBL_MAX_10_EXP),
                             rt_float_new(rt, DBL_MIN),
                             rt_smallint(DBL_MIN_EXP),
                             rt_smallint(DBL_MIN_10_EXP),
                             rt_smallint(DBL_DIG),
                             rt_smallint(DBL_MANT_DIG),
                             rt_float_new(rt, DBL_EPSILON),
                             rt_smallint(FLT_RADIX),
                             rt_smallint(1)};
        return set_steal(rt, d, "float_info",
                         rt__structseq_new(rt, "sys", "float_info", float_fields, 11, floats)) < 0
                   ? -1
                   : 1;
    }
    if (strcmp(which, "int_info") == 0) {
        /* closured's big ints are made of 32-bit limbs (bigint.h) */
        static const char *const int_fields[] = {"bits_per_digit", "sizeof_digit",
                                                 "default_max_str_digits",
                                                 "str_digits_check_threshold"};
        rt_value ints[] = {rt_smallint(32), rt_smallint(4), rt_smallint(4300), rt_smallint(640)};
        return set_steal(rt, d, "int_info",
                         rt__structseq_new(rt, "sys", "int_info", int_fields, 4, ints)) < 0
                   ? -1
                   : 1;
    }
    if (strcmp(which, "hash_info") == 0) {
        /* width, modulus, inf, nan and imag are the numeric hash closured
         * computes (num.h, complex.h: CPython's); the last four fields are
         * CPython 3.11's on x86-64 as programs print them, though closured's
         * str hash is its own unseeded one (str.c) */
        static const char *const hash_fields[] = {"width",     "modulus",   "inf",
                                                  "nan",       "imag",      "algorithm",
                                                  "hash_bits", "seed_bits", "cutoff"};
        rt_value hashes[] = {rt_smallint(64),      rt_int_from_i64(rt, (INT64_C(1) << 61) - 1),
                             rt_smallint(314159),  rt_smallint(0),
                             rt_smallint(1000003), rt_str_from_cstr(rt, "siphash13"),
                             rt_smallint(64),      rt_smallint(128),
                             rt_smallint(0)};
        return set_steal(rt, d, "hash_info",
                         rt__structseq_new(rt, "sys", "hash_info", hash_fields, 9, hashes)) < 0
                   ? -1
                   : 1;
    }
    if (strcmp(which, "flags") != 0)
        return 0;
    /* the command-line flags of `python3 FILE.py`; closured writes no bytecode */
    static const char *const flag_fields[] = {"debug",
                                              "inspect",
                                              "interactive",
                                              "optimize",
                                              "dont_write_bytecode",
                                              "no_user_site",
                                              "no_site",
                                              "ignore_environment",
                                              "verbose",
                                              "bytes_warning",
                                              "quiet",
                                              "hash_randomization",
                                              "isolated",
                                              "dev_mode",
                                              "utf8_mode",
                                              "warn_default_encoding",
                                              "safe_path",
                                              "int_max_str_digits"};
    rt_value flags[18];
    for (size_t i = 0; i < 18; i++)
        flags[i] = rt_smallint(0);
    flags[4] = rt_smallint(1);
    flags[11] = rt_smallint(1);
    flags[13] = RT_FALSE;
    flags[16] = RT_FALSE;
    flags[17] = rt_smallint(-1);
    return set_steal(rt, d, "flags",
                     rt__structseq_new(rt, "sys", "flags", flag_fields, 18, flags)) < 0
               ? -1
               : 1;
}

/* sys.implementation, made on first use: a types.SimpleNamespace as
 * CPython's, naming closured (cache_tag None: no bytecode is cached).
 * 1, or -1 with an exception set. */
static int add_implementation(rt_state *rt, rt_value d)
{
    rt_value vi = RT_NULL;
    if (add_struct_seq(rt, d, "version_info") < 0 ||
        !(vi = rt_dict_get_cstr(rt, d, "version_info")))
        return -1;
    rt_value mname = rt_str_intern(rt, "types", 5);
    rt_value types = mname ? rt_import_name(rt, mname, RT_NULL, 0, RT_NULL) : RT_NULL;
    rt_decref(rt, mname);
    rt_value cname = types ? rt_str_intern(rt, "SimpleNamespace", 15) : RT_NULL;
    rt_value ns_cls = cname ? rt_getattr(rt, types, cname) : RT_NULL;
    rt_decref(rt, cname);
    rt_decref(rt, types);
    if (!ns_cls)
        return -1;
    rt_value vals[5] = {rt_str_from_cstr(rt, "closured"), RT_NONE, vi,
                        rt_int_from_i64(rt, 0x030b00f0), rt_str_from_cstr(rt, "x86_64-linux-gnu")};
    static const char *const keys[5] = {"name", "cache_tag", "version", "hexversion", "_multiarch"};
    rt_value names = rt_tuple_new(rt, 5);
    for (int i = 0; names && i < 5; i++) {
        rt_value k = rt_str_intern(rt, keys[i], strlen(keys[i]));
        if (!k) {
            rt_decref(rt, names);
            names = RT_NULL;
            break;
        }
        rt_tuple_set_steal(names, i, k);
    }
    rt_value impl =
        names && vals[0] && vals[3] && vals[4] ? rt_call(rt, ns_cls, vals, 0, names) : RT_NULL;
    rt_decref(rt, names);
    rt_decref(rt, ns_cls);
    rt_decref(rt, vals[0]);
    rt_decref(rt, vals[3]);
    rt_decref(rt, vals[4]);
    return set_steal(rt, d, "implementation", impl) < 0 ? -1 : 1;
}

/* sys's members made on first use (add_struct_seq; sys.stdin, whose two
 * stream classes are as costly): the value of `name` after making it, a new
 * reference; RT_NULL without an exception when name is none of them. */
static rt_value sys_lazy(rt_state *rt, rt_value d, rt_value name)
{
    const char *s = rt_str_data(name);
    int r = strcmp(s, "stdin") == 0 || strcmp(s, "__stdin__") == 0
                ? (rt__stdin_add(rt, d) < 0 ? -1 : 1)
            : strcmp(s, "implementation") == 0 ? add_implementation(rt, d)
                                               : add_struct_seq(rt, d, s);
    if (r <= 0)
        return RT_NULL;
    rt_value v = rt_dict_get(rt, d, name);
    if (v)
        rt_incref(v);
    return v;
}

int rt__mod_sys_fill(rt_state *rt, rt_value d)
{
    if (rt__module_add_funcs(rt, d, sys_funcs) < 0 || add_streams(rt, d) < 0 ||
        rt__excepthook_fill(rt, d) < 0)
        return -1;
    if (set_steal(rt, d, "maxsize", rt_int_from_i64(rt, INT64_MAX)) < 0)
        return -1;
    if (set_steal(rt, d, "argv", rt_list_new(rt, 0)) < 0 ||
        set_steal(rt, d, "warnoptions", rt_list_new(rt, 0)) < 0) /* no -W options */
        return -1;
    if (set_steal(rt, d, "version",
                  rt_str_from_cstr(rt, "3.11.0 (closured " RT_VERSION_STRING ")")) < 0)
        return -1;
    if (set_steal(rt, d, "platform", rt_str_from_cstr(rt, "linux")) < 0)
        return -1;
    if (set_steal(rt, d, "byteorder", rt_str_from_cstr(rt, "little")) < 0)
        return -1;
    if (set_steal(rt, d, "hexversion", rt_int_from_i64(rt, 0x030b00f0)) < 0 ||
        set_steal(rt, d, "maxunicode", rt_int_from_i64(rt, 0x10ffff)) < 0 ||
        set_steal(rt, d, "executable", rt_str_from_cstr(rt, "")) < 0)
        return -1;
    /* the modules compiled into the runtime, sorted as CPython's tuple is */
    size_t n = 0;
    while (rt__native_modules[n].name)
        n++;
    rt_value names = rt_list_new(rt, 0);
    for (size_t i = 0; names && i < n; i++) {
        rt_value s = rt_str_from_cstr(rt, rt__native_modules[i].name);
        if (!s || rt_list_append(rt, names, s) < 0) {
            rt_decref(rt, s);
            rt_decref(rt, names);
            return -1;
        }
        rt_decref(rt, s);
    }
    if (!names || rt_list_sort(rt, names, RT_NULL, false) < 0) {
        rt_decref(rt, names);
        return -1;
    }
    rt_value t = rt_tuple_from_iter(rt, names);
    rt_decref(rt, names);
    if (set_steal(rt, d, "builtin_module_names", t) < 0)
        return -1;
    return 0;
}

/* ---- the native modules ------------------------------------------------------ */

/* One line per native module: its name and the function that fills its
 * namespace (module.h). Found by import before frozen and source modules. */
const rt_native_module rt__native_modules[] = {
    {"sys", rt__mod_sys_fill},
    {"gc", rt__mod_gc_fill},
    {"_weakref", rt__mod_weakref_fill},
    {"_heapq", rt__mod_heapq_fill},
    {"_imp", rt__mod_imp_fill},
    {"_ast", rt__mod_ast_fill},
    {"_zlib", rt__mod_zlib_fill},
    {"_types", rt__mod_types_fill},
    {"_collections", rt__mod_collections_fill},
    {"_itertools", rt__mod_itertools_fill},
    {"_functools", rt__mod_functools_fill},
    {"math", rt__mod_math_fill},
    {"cmath", rt__mod_cmath_fill},
    {"_time", rt__mod_time_fill},
    {"_random", rt__mod_random_fill},
    {"_io", rt__mod_io_fill},
    {"_os", rt__mod_os_fill},
    {"_traceback", rt__mod_traceback_fill},
    {"_binascii", rt__mod_binascii_fill},
    {"_unicodedata", rt__mod_unicodedata_fill},
    {"_hashlib", rt__mod_hashlib_fill},
    {"_struct", rt__mod_struct_fill},
    {"_re", rt__mod_re_fill},
    {"_unittest", rt__mod_unittest_fill},
    {"builtins", NULL}, /* NULL: the module over the builtins dict */
    {NULL, NULL},
};

/* ---- module objects -------------------------------------------------------------- */

rt_value rt__module_wrap(rt_state *rt, const char *name, rt_value dict, rt_module_kind kind)
{
    rt_module *m = (rt_module *)rt_obj_alloc(rt, RT_T_MODULE, sizeof(rt_module));
    if (!m)
        return RT_NULL;
    m->kind = (uint8_t)kind;
    m->importing = 0;
    m->name = rt_str_intern(rt, name, strlen(name));
    rt_incref(dict);
    m->dict = dict;
    rt_value mv = rt_from_obj(m);
    if (!m->name) {
        rt_decref(rt, mv);
        return RT_NULL;
    }
    return mv;
}

rt_value rt_module_new(rt_state *rt, const char *name, rt_module_kind kind)
{
    rt_value d = rt_dict_new(rt);
    if (!d)
        return RT_NULL;
    rt_value mv = rt__module_wrap(rt, name, d, kind);
    rt_decref(rt, d);
    if (!mv)
        return RT_NULL;
    if (rt_dict_set_cstr(rt, d, "__name__", rt_module_of(mv)->name) < 0 ||
        rt_dict_set_cstr(rt, d, "__doc__", RT_NONE) < 0) {
        rt_decref(rt, mv);
        return RT_NULL;
    }
    return mv;
}

rt_value rt__module_site_getattr(rt_state *rt, rt_value mod, rt_value name, rt_code *code,
                                 uint32_t k)
{
    rt_module *m = rt_module_of(mod);
    if (!code->msites) {
        /* the reserve: a cache that cannot be made is only a slower read */
        code->msites = rt__heap_alloc_reserve(rt, &code->hdr, RT_MSITES * sizeof(rt_msite));
        if (code->msites)
            memset(code->msites, 0, RT_MSITES * sizeof(rt_msite));
    }
    rt_as_obj(m->dict)->flags |= RT_DICT_F_WATCHED; /* before the lookup: see rt__vm_global_fill */
    uint64_t epoch = rt->watch_epoch;
    uint32_t dver = rt_dict_obj_of(m->dict)->version;
    int64_t ix = rt__dict_index(rt, m->dict, name);
    if (ix == -2)
        return RT_NULL;
    if (ix == -1)
        return rt__module_getattr(rt, mod, name);
    rt_value *slot = &rt__dict_entries(rt_dict_obj_of(m->dict))[ix].value;
    rt_value v = *slot;
    if (code->msites) {
        rt_msite *s = &code->msites[k & (RT_MSITES - 1)];
        s->epoch = epoch;
        s->dver = dver;
        s->dict = m->dict;
        s->slot = slot;
        s->k = k;
    }
    rt_incref(v);
    return v;
}

/* The spec of a module closured's own finders loaded (registered in
 * sys.modules under its name), made on first use by importlib.machinery's
 * finders and kept in its namespace, as CPython's import sets __spec__ at
 * load. New reference; RT_NULL without an exception when there is none. */
static rt_value module_spec(rt_state *rt, rt_value mv)
{
    rt_module *m = rt_module_of(mv);
    if (rt_dict_get(rt, rt->modules, m->name) != mv)
        return RT_NULL;
    rt_value path = RT_NONE;
    const char *s = rt_str_data(m->name);
    const char *dot = strrchr(s, '.');
    if (dot) { /* a submodule is found on its package's __path__ */
        rt_value pname = rt_str_new(rt, s, (size_t)(dot - s));
        rt_value parent = pname ? rt_dict_get(rt, rt->modules, pname) : RT_NULL;
        rt_decref(rt, pname);
        rt_value p = parent && rt_is_module(parent)
                         ? rt_dict_get_cstr(rt, rt_module_of(parent)->dict, "__path__")
                         : RT_NULL;
        if (!p)
            return RT_NULL;
        path = p;
    }
    rt_value find = rt_import_attr(rt, "importlib.machinery", "_own_spec");
    if (!find)
        return RT_NULL;
    rt_value args[2] = {m->name, path};
    rt_value spec = rt_call(rt, find, args, 2, RT_NULL);
    rt_decref(rt, find);
    if (spec == RT_NONE) {
        rt_decref(rt, spec);
        return RT_NULL;
    }
    if (spec && rt_dict_set_cstr(rt, m->dict, "__spec__", spec) < 0) {
        rt_decref(rt, spec);
        return RT_NULL;
    }
    return spec;
}

rt_value rt__module_getattr(rt_state *rt, rt_value mv, rt_value name)
{
    rt_module *m = rt_module_of(mv);
    rt_value v = rt_dict_get(rt, m->dict, name);
    if (v) {
        rt_incref(v);
        return v;
    }
    if (rt->exc)
        return RT_NULL;
    if (rt_str_eq_cstr(name, "__dict__")) {
        rt_incref(m->dict);
        return m->dict;
    }
    if (m->kind == RT_MODULE_NATIVE && rt_str_eq_cstr(m->name, "sys")) {
        v = sys_lazy(rt, m->dict, name);
        if (v || rt->exc)
            return v;
    }
    if (rt_str_eq_cstr(name, "__spec__")) {
        v = module_spec(rt, mv);
        if (v || rt->exc)
            return v;
    }
    rt_value hook = rt_dict_get_cstr(rt, m->dict, "__getattr__");
    if (hook) /* PEP 562: the module's own __getattr__(name) answers for missing names */
        return rt_call(rt, hook, &name, 1, RT_NULL);
    if (rt->exc)
        return RT_NULL;
    if (m->importing)
        return rt_raise(rt, RT_EXC_AttributeError,
                        "partially initialized module '%s' has no attribute '%s' (most likely due "
                        "to a circular import)",
                        rt_str_data(m->name), rt_str_data(name));
    return rt_raise(rt, RT_EXC_AttributeError, "module '%s' has no attribute '%s'",
                    rt_str_data(m->name), rt_str_data(name));
}

/* As CPython: built-in and frozen modules say so; a source module names its
 * file (its __file__, as the module may have changed it). */
rt_value rt__module_repr(rt_state *rt, rt_value mv)
{
    rt_module *m = rt_module_of(mv);
    const char *name = rt_str_data(m->name);
    if (m->kind == RT_MODULE_NATIVE)
        return rt_str_printf(rt, "<module '%s' (built-in)>", name);
    if (m->kind == RT_MODULE_FROZEN)
        return rt_str_printf(rt, "<module '%s' (frozen)>", name);
    if (m->kind == RT_MODULE_NAMESPACE)
        return rt_str_printf(rt, "<module '%s' (namespace)>", name);
    rt_value file = m->dict ? rt_dict_get_cstr(rt, m->dict, "__file__") : RT_NULL;
    if (file && rt_is_str(file))
        return rt_str_printf(rt, "<module '%s' from '%s'>", name, rt_str_data(file));
    return rt_str_printf(rt, "<module '%s'>", name);
}

static size_t module_size(const rt_obj *o)
{
    (void)o;
    return sizeof(rt_gc_link) + sizeof(rt_module);
}

static void module_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt_module *m = (rt_module *)o;
    if (rt_is_obj(m->name))
        visit(rt_as_obj(m->name), arg);
    if (rt_is_obj(m->dict))
        visit(rt_as_obj(m->dict), arg);
}

static void module_clear(rt_state *rt, rt_obj *o)
{
    rt_module *m = (rt_module *)o;
    rt_value d = m->dict;
    m->dict = RT_NULL;
    rt_decref(rt, d);
}

static void module_dealloc(rt_state *rt, rt_obj *o)
{
    rt_module *m = (rt_module *)o;
    module_clear(rt, o);
    rt_value n = m->name;
    rt_obj_free(rt, o, sizeof(rt_module));
    rt_decref(rt, n);
}

const rt_typeinfo rt__module_typeinfo = {"module",        true,         module_size,
                                         module_traverse, module_clear, module_dealloc};

int rt__module_setattr(rt_state *rt, rt_value m, rt_value name, rt_value v)
{
    rt_value d = rt_module_of(m)->dict;
    if (v)
        return rt_dict_set(rt, d, name, v);
    if (rt_dict_del(rt, d, name) < 0) {
        if (rt_exc_matches(rt, RT_EXC_KeyError)) {
            rt_exc_clear(rt);
            rt_raise(rt, RT_EXC_AttributeError, "module '%s' has no attribute '%s'",
                     rt_str_data(rt_module_of(m)->name), rt_str_data(name));
        }
        return -1;
    }
    return 0;
}
