/* mod_imp.c: module objects made from Python (types.ModuleType(name, doc),
 * classes deriving from it) and `_imp`, the native half of importlib: what
 * closured's own finders know of a name, a source file read through the
 * embedder, for importlib.util and importlib.machinery (stdlib/importlib/),
 * and the names of the frozen library, for pkgutil.
 *
 * An instance of a class deriving from `module` is an ordinary instance
 * with a __dict__ (not a module object): module.__init__ fills it with the
 * attributes CPython's does, and module.__repr__ prints it as a module. The
 * import system takes such objects in sys.modules and as packages (their
 * __path__ through getattr), as six's lazy modules need. */
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

/* module(name, doc=None): the arguments of module.__init__, checked. */
static int module_args(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames,
                       rt_value *name, rt_value *doc)
{
    static const char *const names[] = {"name", "doc", NULL};
    rt_value out[2] = {RT_NULL, RT_NULL};
    if (rt_args_parse(rt, "module", args, nargs, kwnames, 2, names, out) < 0)
        return -1;
    if (!out[0]) {
        rt_raise(rt, RT_EXC_TypeError, "module() missing required argument 'name' (pos 1)");
        return -1;
    }
    if (!rt_is_str(out[0])) {
        rt_raise(rt, RT_EXC_TypeError, "module() argument 'name' must be str, not %s",
                 rt_type_name(out[0]));
        return -1;
    }
    *name = out[0];
    *doc = out[1] ? out[1] : RT_NONE;
    return 0;
}

/* Sets the five attributes module.__init__ gives every module. */
static int module_fill(rt_state *rt, rt_value self, rt_value name, rt_value doc)
{
    static const char *const keys[] = {"__name__", "__doc__", "__package__", "__loader__",
                                       "__spec__"};
    for (int i = 0; i < 5; i++) {
        rt_value v = i == 0 ? name : i == 1 ? doc : RT_NONE;
        int r;
        if (rt_is_module(self)) {
            r = rt_dict_set_cstr(rt, rt_module_of(self)->dict, keys[i], v);
        } else {
            rt_value k = rt_str_intern(rt, keys[i], strlen(keys[i]));
            r = k ? rt_setattr(rt, self, k, v) : -1;
            rt_decref(rt, k);
        }
        if (r < 0)
            return -1;
    }
    return 0;
}

rt_value rt__module_construct(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames)
{
    rt_value name, doc;
    if (module_args(rt, args, nargs, kwnames, &name, &doc) < 0)
        return RT_NULL;
    /* a module of no file: its repr is <module 'name'> */
    rt_value m = rt_module_new(rt, rt_str_data(name), RT_MODULE_SOURCE);
    if (m && module_fill(rt, m, name, doc) < 0) {
        rt_decref(rt, m);
        return RT_NULL;
    }
    return m;
}

static rt_value module_init(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    rt_value name, doc;
    if (module_args(rt, args, nargs, kwnames, &name, &doc) < 0 ||
        module_fill(rt, self, name, doc) < 0)
        return RT_NULL;
    return RT_NONE;
}

/* The value of attribute `attr` of self as a str, or NULL (no exception). */
static rt_value str_attr(rt_state *rt, rt_value self, const char *attr)
{
    rt_value k = rt_str_intern(rt, attr, strlen(attr));
    rt_value v = k ? rt_getattr(rt, self, k) : RT_NULL;
    rt_decref(rt, k);
    if (!v)
        rt_exc_clear(rt);
    else if (!rt_is_str(v)) {
        rt_decref(rt, v);
        v = RT_NULL;
    }
    return v;
}

static rt_value module_repr(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "__repr__", nargs, kwnames) < 0)
        return RT_NULL;
    return rt__module_inst_repr(rt, self);
}

rt_value rt__module_inst_repr(rt_state *rt, rt_value self)
{
    if (rt_is_module(self))
        return rt__module_repr(rt, self);
    rt_value name = str_attr(rt, self, "__name__");
    rt_value file = str_attr(rt, self, "__file__");
    const char *n = name ? rt_str_data(name) : "?";
    rt_value r = file ? rt_str_printf(rt, "<module '%s' from '%s'>", n, rt_str_data(file))
                      : rt_str_printf(rt, "<module '%s'>", n);
    rt_decref(rt, name);
    rt_decref(rt, file);
    return r;
}

static const rt_builtin_def module_methods[] = {
    {"__init__", module_init},
    {"__repr__", module_repr},
    {NULL, NULL},
};

const rt_builtin_def *rt__module_method_find(rt_state *rt, rt_value name)
{
    (void)rt;
    for (const rt_builtin_def *d = module_methods; d->name; d++)
        if (rt_str_eq_cstr(name, d->name))
            return d;
    return NULL;
}

bool rt__module_init_is(const rt_builtin_def *def)
{
    return def == &module_methods[0];
}

/* ---- _imp ------------------------------------------------------------------------- */

/* _imp.find(name, path): what closured's own finders know of the dotted
 * name, searching `path` (a package's __path__) or, for None, the native
 * modules, the frozen library and sys.path: None, or (kind, origin,
 * is_package, package_dir) with kind 'built-in', 'frozen' or 'source', or
 * ('namespace', None, True, [directories]) for a namespace package. */
static rt_value imp_find(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "find", nargs, kwnames, 2, 2) < 0)
        return RT_NULL;
    if (!rt_is_str(args[0]))
        return rt_raise(rt, RT_EXC_TypeError, "find() argument 1 must be str, not %s",
                        rt_type_name(args[0]));
    return rt__import_find_spec_info(rt, args[0], args[1]);
}

/* _imp.read(path): the bytes of a Python source the embedder provides (what
 * `import` may read), or None when there is none. A path not ending in
 * ".py" is a PermissionError whether or not the file exists: the reader may
 * be able to open any file (`closured run`'s), and import asks it only for
 * sources, so this asks no more. */
static rt_value imp_read(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    (void)self;
    if (rt_args_one(rt, "read", nargs, kwnames) < 0)
        return RT_NULL;
    if (!rt_is_str(args[0]))
        return rt_raise(rt, RT_EXC_TypeError, "read() argument must be str, not %s",
                        rt_type_name(args[0]));
    const char *path = rt_str_data(args[0]);
    size_t n = rt_str_obj_of(args[0])->nbytes;
    if (strlen(path) != n)
        return rt_raise(rt, RT_EXC_ValueError, "embedded null byte");
    if (n < 3 || strcmp(path + n - 3, ".py") != 0) {
        rt_value cls = rt_dict_get_cstr(rt, rt->builtins, "PermissionError");
        rt_value msg =
            cls ? rt_str_printf(rt, "closured reads only Python sources (.py files): '%s'", path)
                : RT_NULL;
        rt_value e = msg ? rt_call(rt, cls, &msg, 1, RT_NULL) : RT_NULL;
        rt_decref(rt, msg);
        if (e)
            rt_raise_obj(rt, e);
        else if (!rt->exc)
            rt_raise(rt, RT_EXC_OSError, "closured reads only Python sources");
        return RT_NULL;
    }
    return rt__import_read_source(rt, path);
}

/* _imp.frozen(): the frozen library as a list of (dotted name, is_package)
 * pairs, in the table's order, for pkgutil's iter_modules and walk_packages
 * (the frozen modules have no directory to list). */
static rt_value imp_frozen(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames)
{
    (void)self;
    (void)args;
    if (rt_args_range(rt, "frozen", nargs, kwnames, 0, 0) < 0)
        return RT_NULL;
    rt_value out = rt_list_new(rt, (int64_t)rt__frozen_count);
    if (!out)
        return RT_NULL;
    for (size_t i = 0; i < rt__frozen_count; i++) {
        rt_value name = rt_str_from_cstr(rt, rt__frozen_modules[i].name);
        rt_value pair =
            name ? rt_tuple_pack(rt, 2, name, rt_bool(rt__frozen_modules[i].is_package)) : RT_NULL;
        rt_decref(rt, name);
        if (!pair || rt_list_append_steal(rt, out, pair) < 0) {
            rt_decref(rt, out);
            return RT_NULL;
        }
    }
    return out;
}

/* _imp.frozen_source(name): the source of the frozen module `name` (dotted)
 * as bytes, or None when the library has no such module. What pkgutil.get_data
 * reads for a frozen package's own .py files. */
static rt_value imp_frozen_source(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                  rt_value kwnames)
{
    (void)self;
    if (rt_args_one(rt, "frozen_source", nargs, kwnames) < 0)
        return RT_NULL;
    if (!rt_is_str(args[0]))
        return rt_raise(rt, RT_EXC_TypeError, "frozen_source() argument must be str, not %s",
                        rt_type_name(args[0]));
    for (size_t i = 0; i < rt__frozen_count; i++)
        if (rt_str_eq_cstr(args[0], rt__frozen_modules[i].name))
            return rt_bytes_new(rt, rt__frozen_modules[i].src, rt__frozen_modules[i].len);
    rt_incref(RT_NONE);
    return RT_NONE;
}

static const rt_builtin_def imp_functions[] = {
    {"find", imp_find},     {"read", imp_read},
    {"frozen", imp_frozen}, {"frozen_source", imp_frozen_source},
    {NULL, NULL},
};

int rt__mod_imp_fill(rt_state *rt, rt_value d)
{
    return rt__module_add_funcs(rt, d, imp_functions);
}
