/* import.c: the import system: sys.modules and sys.path, finding a module
 * (native table, frozen library, then the embedder's source files on
 * sys.path), running its top level in its own namespace, packages and
 * relative names, and the three import instructions' semantics
 * (IMPORT_NAME, IMPORT_FROM, IMPORT_STAR), with CPython's errors.
 *
 * The runtime never opens a file: source modules come from the embedder's
 * reader (rt_config.read_source), which `closured run` backs with the
 * script's directory and the daemon with the workload's own files. With no
 * reader only the native and frozen modules exist, so a workload can reach
 * nothing of the host by importing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/code.h"
#include "runtime/codeimg.h"
#include "runtime/compile.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/frame.h"
#include "runtime/itertools.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/strbuf.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm.h"
#include "runtime/vm_support.h"

/* ---- source texts kept for tracebacks --------------------------------------------- */

typedef struct rt_srcfile {
    char *filename; /* malloc'd */
    char *text;     /* malloc'd, NUL-terminated */
    size_t len;
} rt_srcfile;

/* Keeps a copy of a loaded file's text (best effort: without it a
 * traceback shows no source line). */
static void source_keep(rt_state *rt, const char *filename, const char *src, size_t len)
{
    if (rt->nsrcfiles == rt->srcfiles_cap) {
        uint32_t cap = rt->srcfiles_cap ? rt->srcfiles_cap * 2 : 8;
        rt_srcfile *n = realloc(rt->srcfiles, cap * sizeof *n);
        if (!n)
            return;
        rt->srcfiles = n;
        rt->srcfiles_cap = cap;
    }
    rt_srcfile *f = &rt->srcfiles[rt->nsrcfiles];
    f->filename = strdup(filename);
    f->text = malloc(len + 1);
    if (!f->filename || !f->text) {
        free(f->filename);
        free(f->text);
        return;
    }
    memcpy(f->text, src, len);
    f->text[len] = 0;
    f->len = len;
    rt->nsrcfiles++;
}

const char *rt__source_text(const rt_state *rt, const char *filename, size_t *len)
{
    for (uint32_t i = rt->nsrcfiles; i-- > 0;)
        if (strcmp(rt->srcfiles[i].filename, filename) == 0) {
            *len = rt->srcfiles[i].len;
            return rt->srcfiles[i].text;
        }
    *len = 0;
    return NULL;
}

static rt_value import_module(rt_state *rt, rt_value name, bool quiet);

/* ---- boot and teardown ------------------------------------------------------------- */

static int set_steal(rt_state *rt, rt_value d, const char *k, rt_value v)
{
    if (!v)
        return -1;
    int r = rt_dict_set_cstr(rt, d, k, v);
    rt_decref(rt, v);
    return r;
}

static rt_value sys_dict(rt_state *rt)
{
    rt_value sys = rt_dict_get_cstr(rt, rt->modules, "sys");
    return sys && rt_is_module(sys) ? rt_module_of(sys)->dict : RT_NULL;
}

/* __import__(name, globals=None, locals=None, fromlist=(), level=0), the
 * builtin form of the import statement (rt_import_name). */
static rt_value bi_import(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    (void)self;
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    rt_value a[5] = {RT_NULL, RT_NULL, RT_NULL, RT_NULL, RT_NULL};
    if (rt_args_parse(rt, "__import__", args, nargs, kwnames, 5, names, a) < 0)
        return RT_NULL;
    if (!a[0])
        return rt_raise(rt, RT_EXC_TypeError,
                        "__import__() missing required argument 'name' (pos 1)");
    if (!rt_is_str(a[0]))
        return rt_raise(rt, RT_EXC_TypeError, "__import__() argument 1 must be str, not %s",
                        rt_type_name(a[0]));
    int64_t level = 0;
    if (a[4] && rt_arg_index(rt, a[4], &level) < 0)
        return RT_NULL;
    if (level < 0)
        return rt_raise(rt, RT_EXC_ValueError, "level must be >= 0");
    if (level == 0 && rt_str_len(a[0]) == 0)
        return rt_raise(rt, RT_EXC_ValueError, "Empty module name");
    rt_value globals = a[1] && rt_is_dict(a[1]) ? a[1] : RT_NULL;
    return rt_import_name(rt, a[0], a[3] ? a[3] : RT_NONE, (int)level, globals);
}

static const rt_builtin_def import_builtin = {"__import__", bi_import};

static int exc_classes_init(rt_state *rt)
{
    rt->exc_import_error =
        rt_type_new_exc_class(rt, "ImportError", rt->exc_types[RT_EXC_Exception], -1);
    if (!rt->exc_import_error)
        return -1;
    rt->exc_module_not_found =
        rt_type_new_exc_class(rt, "ModuleNotFoundError", rt->exc_import_error, -1);
    if (!rt->exc_module_not_found)
        return -1;
    rt_type_obj_of(rt->exc_import_error)->tflags |= RT_TF_EXCBUILT;
    rt_type_obj_of(rt->exc_module_not_found)->tflags |= RT_TF_EXCBUILT;
    if (rt_dict_set_cstr(rt, rt->builtins, "ImportError", rt->exc_import_error) < 0 ||
        rt_dict_set_cstr(rt, rt->builtins, "ModuleNotFoundError", rt->exc_module_not_found) < 0)
        return -1;
    return set_steal(rt, rt->builtins, "__import__", rt_builtin_new(rt, &import_builtin, RT_NULL));
}

int rt__modules_init(rt_state *rt)
{
    rt->modules = rt_dict_new(rt);
    if (!rt->modules || exc_classes_init(rt) < 0)
        return -1;
    rt_value sys = rt_module_new(rt, "sys", RT_MODULE_NATIVE);
    if (!sys)
        return -1;
    rt_value d = rt_module_of(sys)->dict;
    if (rt__mod_sys_fill(rt, d) < 0 || rt_dict_set_cstr(rt, rt->modules, "sys", sys) < 0 ||
        rt_dict_set_cstr(rt, d, "modules", rt->modules) < 0 ||
        set_steal(rt, d, "path", rt_list_new(rt, 0)) < 0 ||
        set_steal(rt, d, "meta_path", rt_list_new(rt, 0)) < 0 ||
        set_steal(rt, d, "path_hooks", rt_list_new(rt, 0)) < 0 ||
        set_steal(rt, d, "path_importer_cache", rt_dict_new(rt)) < 0) {
        rt_decref(rt, sys);
        return -1;
    }
    rt_decref(rt, sys);
    /* gc too, from the start: the collector reads gc.callbacks at every
     * collection, which must not allocate when the module is absent */
    rt_value gcname = rt_str_intern(rt, "gc", 2);
    rt_value gc = gcname ? import_module(rt, gcname, false) : RT_NULL;
    rt_decref(rt, gcname);
    if (!gc)
        return -1;
    rt_decref(rt, gc);
    rt_value main = rt__module_wrap(rt, "__main__", rt->globals, RT_MODULE_SOURCE);
    if (!main)
        return -1;
    int r = rt_dict_set_cstr(rt, rt->modules, "__main__", main);
    rt_decref(rt, main);
    /* a script run by name has no spec, as in CPython */
    if (r < 0 || rt_dict_set_cstr(rt, rt->globals, "__doc__", RT_NONE) < 0 ||
        rt_dict_set_cstr(rt, rt->globals, "__package__", RT_NONE) < 0 ||
        rt_dict_set_cstr(rt, rt->globals, "__spec__", RT_NONE) < 0)
        return -1;
    /* __main__'s __builtins__ is the builtins module, as CPython's */
    rt_value bname = rt_str_intern(rt, "builtins", 8);
    rt_value bmod = bname ? import_module(rt, bname, false) : RT_NULL;
    rt_decref(rt, bname);
    r = bmod ? rt_dict_set_cstr(rt, rt->globals, "__builtins__", bmod) : -1;
    rt_decref(rt, bmod);
    return r;
}

void rt__modules_dispose(rt_state *rt)
{
    /* The namespaces first, as CPython's shutdown does: they hold the
     * program's objects, and functions refer back to their namespace. */
    if (rt->modules) {
        int64_t pos = 0;
        rt_value m;
        while (rt_dict_next(rt->modules, &pos, NULL, &m))
            if (rt_is_module(m) && rt_module_of(m)->dict && m != RT_NULL)
                rt_dict_clear(rt, rt_module_of(m)->dict);
    }
    rt__itertool_types_dispose(rt);
    rt_value v = rt->modules;
    rt->modules = RT_NULL;
    rt_decref(rt, v);
    v = rt->exc_module_not_found;
    rt->exc_module_not_found = RT_NULL;
    rt_decref(rt, v);
    v = rt->exc_import_error;
    rt->exc_import_error = RT_NULL;
    rt_decref(rt, v);
    for (uint32_t i = 0; i < rt->nsrcfiles; i++) {
        free(rt->srcfiles[i].filename);
        free(rt->srcfiles[i].text);
    }
    free(rt->srcfiles);
    rt->srcfiles = NULL;
    rt->nsrcfiles = rt->srcfiles_cap = 0;
}

int rt__import_main(rt_state *rt, const char *filename, const char *src, size_t len)
{
    source_keep(rt, filename, src, len);
    if (set_steal(rt, rt->globals, "__file__", rt_str_from_cstr(rt, filename)) < 0)
        return -1;
    if (!rt->cfg.read_source)
        return 0;
    rt_value d = sys_dict(rt);
    rt_value path = d ? rt_dict_get_cstr(rt, d, "path") : RT_NULL;
    if (!path || !rt_is_list(path) || rt_list_len(path) > 0)
        return 0;
    const char *slash = strrchr(filename, '/');
    rt_value dir =
        slash ? rt_str_new(rt, filename, slash == filename ? 1 : (size_t)(slash - filename))
              : rt_str_from_cstr(rt, "");
    if (!dir)
        return -1;
    int r = rt_list_append(rt, path, dir);
    rt_decref(rt, dir);
    return r;
}

/* ---- errors ---------------------------------------------------------------------------- */

/* Raises cls(msg) with its `name`, `path` (RT_NULL: None) and `msg` attributes. */
static rt_value import_error(rt_state *rt, rt_value cls, rt_value msg, rt_value name, rt_value path)
{
    if (!msg)
        return RT_NULL;
    rt_value args = rt_tuple_pack(rt, 1, msg);
    rt_decref(rt, msg);
    if (!args)
        return RT_NULL;
    rt_value e = rt_exc_new(rt, cls, args);
    rt_decref(rt, args);
    if (!e)
        return RT_NULL;
    const char *keys[3] = {"name", "path", "msg"};
    rt_value vals[3] = {name ? name : RT_NONE, path ? path : RT_NONE,
                        rt_tuple_get(rt_exc_of(e)->args, 0)};
    for (int i = 0; i < 3; i++) {
        rt_value k = rt_str_intern(rt, keys[i], strlen(keys[i]));
        int r = k ? rt_setattr(rt, e, k, vals[i]) : -1;
        rt_decref(rt, k);
        if (r < 0) {
            rt_decref(rt, e);
            return RT_NULL;
        }
    }
    rt_raise_obj(rt, e);
    return RT_NULL;
}

static rt_value not_found(rt_state *rt, rt_value name)
{
    return import_error(rt, rt->exc_module_not_found,
                        rt_str_printf(rt, "No module named '%s'", rt_str_data(name)), name,
                        RT_NULL);
}

/* ---- running a module --------------------------------------------------------------------- */

/* Runs module code (borrowed) with the module's namespace as its globals,
 * in a nested loop like exec(). 0, or -1 with the exception it raised. */
static int run_module_code(rt_state *rt, rt_value code, rt_value globals)
{
    if (rt__vm_nest_check(rt) < 0)
        return -1;
    if (rt->depth >= rt->recursion_limit) {
        rt_raise(rt, RT_EXC_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    rt_code *c = rt_code_of(code);
    rt_frame *f = rt__frame_push(rt, c, RT_NULL);
    if (!f)
        return -1;
    rt->depth++;
    f->globals = globals == rt->globals ? RT_NULL : globals;
    if ((c->ncellvars || c->nfreevars) && rt__frame_init_cells(rt, f) < 0) {
        rt__frame_pop(rt, f);
        rt->depth--;
        return -1;
    }
    rt_value res = RT_NULL;
    rt_status st = rt__vm_resume(rt, f, &res);
    if (st != RT_DONE)
        return -1;
    rt_decref(rt, res);
    return 0;
}

/* What a found module is made of: a source text (frozen or read, owned when
 * `owned`) with its file name, and for a package its directory. */
typedef struct found {
    rt_module_kind kind;
    const char *src;
    size_t len;
    char *owned;       /* the read source to free, or NULL */
    char *filename;    /* malloc'd: the code's file name (and __file__ for sources) */
    char *pkgdir;      /* malloc'd directory for __path__ (a package), or NULL */
    bool is_package;   /* a frozen package has no directory */
    rt_value portions; /* a namespace package's directories (list, owned), or RT_NULL */
    const rt_native_module *native;
    const rt_frozen_image *image; /* a frozen module's compiled code, or NULL */
} found;

static void found_dispose(rt_state *rt, found *fd)
{
    rt_decref(rt, fd->portions);
    free(fd->owned);
    free(fd->filename);
    free(fd->pkgdir);
}

/* Fills a fresh module's namespace with what CPython's loader sets. */
static int module_attrs(rt_state *rt, rt_value m, rt_value name, const found *fd)
{
    rt_value d = rt_module_of(m)->dict;
    if (fd->kind == RT_MODULE_SOURCE &&
        set_steal(rt, d, "__file__", rt_str_from_cstr(rt, fd->filename)) < 0)
        return -1;
    const char *s = rt_str_data(name);
    const char *dot = strrchr(s, '.');
    rt_value pkg =
        fd->is_package ? (rt_incref(name), name) : rt_str_new(rt, s, dot ? (size_t)(dot - s) : 0);
    if (set_steal(rt, d, "__package__", pkg) < 0)
        return -1;
    /* as CPython: an imported module's __builtins__ is the builtins dict */
    if (rt_dict_set_cstr(rt, d, "__builtins__", rt->builtins) < 0)
        return -1;
    if (!fd->is_package)
        return 0;
    if (fd->portions) { /* as CPython's: __file__ None, __path__ every portion */
        if (rt_dict_set_cstr(rt, d, "__file__", RT_NONE) < 0)
            return -1;
        rt_value copy = rt_list_from_iter(rt, fd->portions);
        return copy ? set_steal(rt, d, "__path__", copy) : -1;
    }
    rt_value path = rt_list_new(rt, 1);
    if (!path)
        return -1;
    if (fd->pkgdir) {
        rt_value dir = rt_str_from_cstr(rt, fd->pkgdir);
        if (!dir || rt_list_append_steal(rt, path, dir) < 0) {
            rt_decref(rt, path);
            return -1;
        }
    }
    return set_steal(rt, d, "__path__", path);
}

/* Creates, registers and runs the module `name` from fd. The module from
 * sys.modules afterwards (new reference; the top level may replace it), or
 * RT_NULL with its error, sys.modules then without it. */
static rt_value load(rt_state *rt, rt_value name, const found *fd)
{
    rt_value m = rt_module_new(rt, rt_str_data(name), fd->kind);
    if (!m)
        return RT_NULL;
    rt_value code = RT_NULL;
    if (fd->native && !fd->native->fill) { /* `builtins`: the builtins dict itself */
        rt_decref(rt, m);
        m = rt__module_wrap(rt, rt_str_data(name), rt->builtins, RT_MODULE_NATIVE);
        if (!m || rt_dict_set(rt, rt->modules, name, m) < 0) {
            rt_decref(rt, m);
            return RT_NULL;
        }
        return m;
    }
    if (fd->native) {
        if (fd->native->fill(rt, rt_module_of(m)->dict) < 0 ||
            rt_dict_set(rt, rt->modules, name, m) < 0) {
            rt_decref(rt, m);
            return RT_NULL;
        }
        return m;
    }
    if (module_attrs(rt, m, name, fd) < 0 || rt_dict_set(rt, rt->modules, name, m) < 0) {
        rt_decref(rt, m);
        return RT_NULL;
    }
    if (fd->kind == RT_MODULE_NAMESPACE) /* no code of its own */
        return m;
    if (fd->kind == RT_MODULE_SOURCE)
        source_keep(rt, fd->filename, fd->src, fd->len);
    if (fd->image)
        code = rt_codeimg_read(rt, fd->image->bytes, fd->image->len);
    else
        code = rt_compile_text(rt, fd->filename, fd->src, fd->len, RT_COMPILE_EXEC);
    int r = -1;
    if (code) {
        rt_module_of(m)->importing = 1;
        r = run_module_code(rt, code, rt_module_of(m)->dict);
        rt_module_of(m)->importing = 0;
        rt_decref(rt, code);
    }
    rt_decref(rt, m);
    if (r < 0) {
        rt_value e = rt_exc_fetch(rt);
        rt_value gone = RT_NULL;
        if (rt_dict_pop(rt, rt->modules, name, &gone) < 0)
            rt_exc_clear(rt);
        rt_decref(rt, gone);
        rt__exc_restore(rt, e);
        return RT_NULL;
    }
    rt_value res = rt_dict_get(rt, rt->modules, name);
    if (!res) {
        if (!rt->exc)
            import_error(
                rt, rt->exc_import_error,
                rt_str_printf(rt, "Loaded module %s not found in sys.modules", rt_str_data(name)),
                name, RT_NULL);
        return RT_NULL;
    }
    rt_incref(res);
    return res;
}

/* ---- finding a module ------------------------------------------------------------------------ */

static char *path_join(const char *dir, const char *a, const char *b)
{
    size_t n = strlen(dir) + strlen(a) + strlen(b) + 3;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s%s%s%s", dir, dir[0] ? "/" : "", a, b);
    return p;
}

/* dir/last as a str (new reference), or RT_NULL with MemoryError. */
static rt_value path_join_str(rt_state *rt, const char *dir, const char *last)
{
    char *p = path_join(dir, last, "");
    rt_value s = p ? rt_str_from_cstr(rt, p) : RT_NULL;
    free(p);
    return s;
}

/* Asks the embedder for `path`; 1 with fd's source filled, 0 when there is
 * no such file, -1 out of memory. */
static int read_file(rt_state *rt, char *path, found *fd)
{
    if (!path)
        return -1;
    size_t len = 0;
    char *src = rt->cfg.read_source(rt->cfg.source_ctx, path, &len);
    if (!src) {
        free(path);
        return 0;
    }
    fd->kind = RT_MODULE_SOURCE;
    fd->owned = src;
    fd->src = src;
    fd->len = len;
    fd->filename = path;
    return 1;
}

/* Whether the embedder has a directory dir/last (a portion of a namespace
 * package): 1 yes, 0 no, -1 out of memory. */
static int dir_exists(rt_state *rt, const char *dir, const char *last)
{
    char *path = path_join(dir, last, "/");
    if (!path)
        return -1;
    size_t len = 0;
    char *buf = rt->cfg.read_source(rt->cfg.source_ctx, path, &len);
    free(path);
    free(buf);
    return buf != NULL;
}

/* Looks for `last` in each directory of `dirs` (a list of str): a package
 * (dir/last/__init__.py) first, then dir/last.py, as CPython's path finder
 * does; when no directory has either, the directories named `last` make a
 * namespace package (fd->portions). 1 found, 0 not, -1 error. */
static int find_in_dirs(rt_state *rt, rt_value dirs, const char *last, found *fd)
{
    if (!rt->cfg.read_source || !dirs || !rt_is_list(dirs))
        return 0;
    rt_value portions = RT_NULL;
    for (int64_t i = 0; i < rt_list_len(dirs); i++) {
        rt_value dir = rt_list_get(dirs, i);
        if (!rt_is_str(dir))
            continue;
        const char *d = rt_str_data(dir);
        int r = read_file(rt, path_join(d, last, "/__init__.py"), fd);
        if (r > 0) {
            fd->is_package = true;
            fd->pkgdir = path_join(d, last, "");
            if (!fd->pkgdir)
                r = -1;
        }
        if (r == 0)
            r = read_file(rt, path_join(d, last, ".py"), fd);
        if (r == 0) {
            r = dir_exists(rt, d, last);
            if (r > 0) {
                rt_value p = path_join_str(rt, d, last);
                if (p && !portions)
                    portions = rt_list_new(rt, 0);
                if (!portions)
                    rt_decref(rt, p);
                r = !p || !portions || rt_list_append_steal(rt, portions, p) < 0 ? -1 : 0;
            }
        }
        if (r < 0) {
            rt_decref(rt, portions);
            rt_raise(rt, RT_EXC_MemoryError, "out of memory");
            return -1;
        }
        if (r > 0) {
            rt_decref(rt, portions);
            return 1;
        }
    }
    if (!portions)
        return 0;
    fd->kind = RT_MODULE_NAMESPACE;
    fd->is_package = true;
    fd->portions = portions;
    return 1;
}

/* The frozen library's entry for the dotted name, or NULL; *image its code
 * image (NULL when the build made none). */
static const rt_frozen_module *frozen_find(const char *name, const rt_frozen_image **image)
{
    for (size_t i = 0; i < rt__frozen_count; i++)
        if (strcmp(rt__frozen_modules[i].name, name) == 0) {
            const rt_frozen_image *im = &rt__frozen_images[i];
            *image = i < rt__frozen_images_count && strcmp(im->name, name) == 0 ? im : NULL;
            return &rt__frozen_modules[i];
        }
    return NULL;
}

/* Finds the module `name` (not in sys.modules) whose parent package's
 * __path__ is `dirs` (RT_NULL: top level, search sys.path). 1 found, 0
 * not, -1 error. */
static int find(rt_state *rt, rt_value name, rt_value dirs, found *fd)
{
    memset(fd, 0, sizeof *fd);
    const char *s = rt_str_data(name);
    if (!dirs) {
        for (const rt_native_module *n = rt__native_modules; n->name; n++)
            if (strcmp(n->name, s) == 0) {
                fd->kind = RT_MODULE_NATIVE;
                fd->native = n;
                return 1;
            }
    }
    const rt_frozen_module *fz = frozen_find(s, &fd->image);
    if (fz) {
        fd->kind = RT_MODULE_FROZEN;
        fd->src = fz->src;
        fd->len = fz->len;
        fd->is_package = fz->is_package;
        size_t n = strlen(s) + 10;
        fd->filename = malloc(n);
        if (!fd->filename) {
            rt_raise(rt, RT_EXC_MemoryError, "out of memory");
            return -1;
        }
        snprintf(fd->filename, n, "<frozen %s>", s);
        return 1;
    }
    if (!dirs) {
        rt_value d = sys_dict(rt);
        dirs = d ? rt_dict_get_cstr(rt, d, "path") : RT_NULL;
    }
    const char *dot = strrchr(s, '.');
    return find_in_dirs(rt, dirs, dot ? dot + 1 : s, fd);
}

/* getattr(obj, attr) as a new reference, or RT_NULL: with no exception when
 * obj has no such attribute, with it on any other error. */
static rt_value attr_or_null(rt_state *rt, rt_value obj, const char *attr)
{
    if (rt_is_module(obj)) {
        rt_value v = rt_dict_get_cstr(rt, rt_module_of(obj)->dict, attr);
        if (v)
            rt_incref(v);
        return v;
    }
    rt_value n = rt_str_intern(rt, attr, strlen(attr));
    rt_value v = n ? rt_getattr(rt, obj, n) : RT_NULL;
    rt_decref(rt, n);
    if (!v && rt_exc_matches(rt, RT_EXC_AttributeError))
        rt_exc_clear(rt);
    return v;
}

/* The finders a program put on sys.meta_path, asked (by
 * importlib.machinery._meta_path_load, in Python) for a module closured's own
 * finders did not find: the module (new reference), or RT_NULL, with no
 * exception when none of them knows it. closured's own finders are not on
 * the list: they are always asked first. */
static rt_value meta_path_load(rt_state *rt, rt_value name, rt_value dirs)
{
    rt_value d = sys_dict(rt);
    rt_value mp = d ? rt_dict_get_cstr(rt, d, "meta_path") : RT_NULL;
    if (!mp || (rt_is_list(mp) && rt_list_len(mp) == 0))
        return RT_NULL;
    rt_value mname = rt_str_intern(rt, "importlib.machinery", 19);
    rt_value from = mname ? rt_str_intern(rt, "_meta_path_load", 15) : RT_NULL;
    rt_value mod = from ? import_module(rt, mname, false) : RT_NULL;
    rt_value fn = mod ? rt_getattr(rt, mod, from) : RT_NULL;
    rt_decref(rt, mname);
    rt_decref(rt, from);
    rt_decref(rt, mod);
    if (!fn)
        return RT_NULL;
    rt_value args[2] = {name, dirs ? dirs : RT_NONE};
    rt_value m = rt_call(rt, fn, args, 2, RT_NULL);
    rt_decref(rt, fn);
    if (m == RT_NONE)
        return RT_NULL;
    return m;
}

rt_value rt__import_find_spec_info(rt_state *rt, rt_value name, rt_value dirs)
{
    found fd;
    int r = find(rt, name, dirs == RT_NONE ? RT_NULL : dirs, &fd);
    rt_value res = RT_NULL;
    if (r == 0) {
        res = RT_NONE;
    } else if (r > 0) {
        const char *kind = fd.kind == RT_MODULE_NATIVE      ? "built-in"
                           : fd.kind == RT_MODULE_FROZEN    ? "frozen"
                           : fd.kind == RT_MODULE_NAMESPACE ? "namespace"
                                                            : "source";
        rt_value k = rt_str_from_cstr(rt, kind);
        rt_value origin = fd.kind == RT_MODULE_SOURCE      ? rt_str_from_cstr(rt, fd.filename)
                          : fd.kind == RT_MODULE_NAMESPACE ? (rt_incref(RT_NONE), RT_NONE)
                                                           : (rt_incref(k), k);
        rt_value dir = fd.portions     ? rt_list_from_iter(rt, fd.portions)
                       : fd.pkgdir     ? rt_str_from_cstr(rt, fd.pkgdir)
                       : fd.is_package ? rt_str_from_cstr(rt, "")
                                       : (rt_incref(RT_NONE), RT_NONE);
        if (k && origin && dir)
            res = rt_tuple_pack(rt, 4, k, origin, rt_bool(fd.is_package), dir);
        rt_decref(rt, k);
        rt_decref(rt, origin);
        rt_decref(rt, dir);
    }
    found_dispose(rt, &fd);
    return res;
}

rt_value rt__import_read_source(rt_state *rt, const char *path)
{
    size_t len = 0;
    char *src = rt->cfg.read_source ? rt->cfg.read_source(rt->cfg.source_ctx, path, &len) : NULL;
    if (!src)
        return RT_NONE;
    rt_value b = rt_bytes_new(rt, src, len);
    free(src);
    return b;
}

/* sys.modules[name], importing it (and its parents) when missing. New
 * reference. RT_NULL with the error; when `quiet` and the module itself
 * (not a parent) does not exist, RT_NULL with no exception set. */
static rt_value import_module(rt_state *rt, rt_value name, bool quiet)
{
    rt_value m = rt_dict_get(rt, rt->modules, name);
    if (m) {
        if (m == RT_NONE)
            return import_error(
                rt, rt->exc_module_not_found,
                rt_str_printf(rt, "import of %s halted; None in sys.modules", rt_str_data(name)),
                name, RT_NULL);
        rt_incref(m);
        return m;
    }
    if (rt->exc)
        return RT_NULL;
    const char *s = rt_str_data(name);
    const char *dot = strrchr(s, '.');
    rt_value parent = RT_NULL, dirs = RT_NULL;
    if (dot) {
        rt_value pname = rt_str_new(rt, s, (size_t)(dot - s));
        if (!pname)
            return RT_NULL;
        parent = import_module(rt, pname, false);
        if (!parent) {
            rt_decref(rt, pname);
            return RT_NULL;
        }
        m = rt_dict_get(rt, rt->modules, name);
        if (m) { /* the parent's top level imported it */
            rt_decref(rt, pname);
            rt_decref(rt, parent);
            rt_incref(m);
            return m;
        }
        dirs = attr_or_null(rt, parent, "__path__");
        if (!dirs && rt->exc) {
            rt_decref(rt, pname);
            rt_decref(rt, parent);
            return RT_NULL;
        }
        if (!dirs) {
            rt_decref(rt, parent);
            rt_value r =
                import_error(rt, rt->exc_module_not_found,
                             rt_str_printf(rt, "No module named '%s'; '%s' is not a package", s,
                                           rt_str_data(pname)),
                             name, RT_NULL);
            rt_decref(rt, pname);
            return r;
        }
        rt_decref(rt, pname);
    }
    found fd;
    int r = find(rt, name, dirs, &fd);
    m = RT_NULL;
    if (r > 0)
        m = load(rt, name, &fd);
    else if (r == 0)
        m = meta_path_load(rt, name, dirs);
    found_dispose(rt, &fd);
    rt_decref(rt, dirs);
    if (!m) {
        rt_decref(rt, parent);
        return rt->exc || quiet ? RT_NULL : not_found(rt, name);
    }
    if (parent) { /* the parent gets the submodule as an attribute, as CPython's setattr */
        rt_value last = rt_str_from_cstr(rt, dot + 1);
        int sr = !last                  ? -1
                 : rt_is_module(parent) ? rt_dict_set(rt, rt_module_of(parent)->dict, last, m)
                                        : rt_setattr(rt, parent, last, m);
        if (sr < 0) {
            rt_decref(rt, m);
            m = RT_NULL;
        }
        rt_decref(rt, last);
    }
    rt_decref(rt, parent);
    return m;
}

/* ---- the import instructions ---------------------------------------------------------------- */

/* The absolute name of a relative import (new reference), as CPython's
 * _resolve_name with the package from globals. */
static rt_value resolve_name(rt_state *rt, rt_value name, rt_value globals, int level)
{
    rt_value pkg = globals ? rt_dict_get_cstr(rt, globals, "__package__") : RT_NULL;
    rt_value own = RT_NULL;
    if (!pkg || pkg == RT_NONE) {
        rt_value mname = globals ? rt_dict_get_cstr(rt, globals, "__name__") : RT_NULL;
        if (mname && rt_is_str(mname)) {
            if (rt_dict_get_cstr(rt, globals, "__path__")) {
                pkg = mname;
            } else {
                const char *s = rt_str_data(mname);
                const char *dot = strrchr(s, '.');
                own = rt_str_new(rt, s, dot ? (size_t)(dot - s) : 0);
                if (!own)
                    return RT_NULL;
                pkg = own;
            }
        }
    }
    if (!pkg || !rt_is_str(pkg) || rt_str_len(pkg) == 0) {
        rt_decref(rt, own);
        return import_error(
            rt, rt->exc_import_error,
            rt_str_from_cstr(rt, "attempted relative import with no known parent package"), RT_NULL,
            RT_NULL);
    }
    const char *p = rt_str_data(pkg);
    size_t base = rt_str_len(pkg);
    for (int i = 1; i < level; i++) {
        while (base > 0 && p[base - 1] != '.')
            base--;
        if (base == 0) {
            rt_decref(rt, own);
            return import_error(
                rt, rt->exc_import_error,
                rt_str_from_cstr(rt, "attempted relative import beyond top-level package"), RT_NULL,
                RT_NULL);
        }
        base--;
    }
    rt_value res = rt_str_len(name) ? rt_str_printf(rt, "%.*s.%s", (int)base, p, rt_str_data(name))
                                    : rt_str_new(rt, p, base);
    rt_decref(rt, own);
    return res;
}

/* For `from package import a, b`: imports package.a when a is not already
 * an attribute (a missing submodule is left for IMPORT_FROM to report).
 * `*` stands for the package's __all__. 0 or -1. */
static int handle_fromlist(rt_state *rt, rt_value m, rt_value fromlist, bool star_ok)
{
    int64_t n = rt_is_tuple(fromlist) ? rt_tuple_len(fromlist) : rt_list_len(fromlist);
    for (int64_t i = 0; i < n; i++) {
        rt_value x = rt_is_tuple(fromlist) ? rt_tuple_get(fromlist, i) : rt_list_get(fromlist, i);
        if (!rt_is_str(x))
            continue;
        if (rt_str_eq_cstr(x, "*")) {
            rt_value all = attr_or_null(rt, m, "__all__");
            int r = star_ok && all && (rt_is_list(all) || rt_is_tuple(all))
                        ? handle_fromlist(rt, m, all, false)
                        : 0;
            rt_decref(rt, all);
            if (r < 0 || rt->exc)
                return -1;
            continue;
        }
        rt_value have = attr_or_null(rt, m, rt_str_data(x));
        rt_decref(rt, have);
        if (have)
            continue;
        if (rt->exc)
            return -1;
        rt_value mname = rt_is_module(m) ? (rt_incref(rt_module_of(m)->name), rt_module_of(m)->name)
                                         : attr_or_null(rt, m, "__name__");
        if (!mname || !rt_is_str(mname)) {
            rt_decref(rt, mname);
            if (rt->exc)
                return -1;
            continue;
        }
        rt_value sub = rt_str_printf(rt, "%s.%s", rt_str_data(mname), rt_str_data(x));
        rt_decref(rt, mname);
        if (!sub)
            return -1;
        rt_value r = import_module(rt, sub, true);
        rt_decref(rt, sub);
        if (!r && rt->exc)
            return -1;
        rt_decref(rt, r);
    }
    return 0;
}

rt_value rt_import_name(rt_state *rt, rt_value name, rt_value fromlist, int level, rt_value globals)
{
    rt_value abs = name;
    if (level > 0) {
        abs = resolve_name(rt, name, globals, level);
        if (!abs)
            return RT_NULL;
    } else {
        rt_incref(abs);
    }
    rt_value m = import_module(rt, abs, false);
    bool has_from = fromlist && fromlist != RT_NONE &&
                    ((rt_is_tuple(fromlist) && rt_tuple_len(fromlist) > 0) ||
                     (rt_is_list(fromlist) && rt_list_len(fromlist) > 0));
    if (m && has_from) {
        rt_value path = attr_or_null(rt, m, "__path__");
        rt_decref(rt, path);
        if (rt->exc || (path && handle_fromlist(rt, m, fromlist, true) < 0)) {
            rt_decref(rt, m);
            m = RT_NULL;
        }
    } else if (m && level == 0) {
        const char *s = rt_str_data(abs);
        const char *dot = strchr(s, '.');
        if (dot) {
            rt_value top = rt_str_new(rt, s, (size_t)(dot - s));
            rt_value t = top ? rt_dict_get(rt, rt->modules, top) : RT_NULL;
            rt_decref(rt, m);
            m = RT_NULL;
            if (t) {
                rt_incref(t);
                m = t;
            } else if (top && !rt->exc) {
                m = import_module(rt, top, false);
            }
            rt_decref(rt, top);
        }
    }
    rt_decref(rt, abs);
    return m;
}

rt_value rt_import_from(rt_state *rt, rt_value module, rt_value name)
{
    rt_value v = rt_getattr(rt, module, name);
    if (v || !rt_exc_matches(rt, RT_EXC_AttributeError))
        return v;
    rt_exc_clear(rt);
    rt_value mname = rt_is_module(module)
                         ? rt_dict_get_cstr(rt, rt_module_of(module)->dict, "__name__")
                         : RT_NULL;
    if (mname && rt_is_str(mname)) {
        rt_value full = rt_str_printf(rt, "%s.%s", rt_str_data(mname), rt_str_data(name));
        if (!full)
            return RT_NULL;
        v = rt_dict_get(rt, rt->modules, full);
        rt_decref(rt, full);
        if (v) {
            rt_incref(v);
            return v;
        }
    }
    const char *mn = mname && rt_is_str(mname) ? rt_str_data(mname) : "<unknown module name>";
    rt_value file = rt_is_module(module)
                        ? rt_dict_get_cstr(rt, rt_module_of(module)->dict, "__file__")
                        : RT_NULL;
    if (file && !rt_is_str(file))
        file = RT_NULL;
    const char *where = file ? rt_str_data(file) : "unknown location";
    rt_value msg;
    if (rt_is_module(module) && rt_module_of(module)->importing)
        msg = rt_str_printf(rt,
                            "cannot import name '%s' from partially initialized module '%s' "
                            "(most likely due to a circular import) (%s)",
                            rt_str_data(name), mn, where);
    else
        msg = rt_str_printf(rt, "cannot import name '%s' from '%s' (%s)", rt_str_data(name), mn,
                            where);
    return import_error(rt, rt->exc_import_error, msg, mname, file);
}

int rt_import_star(rt_state *rt, rt_value module, rt_value ns)
{
    if (!rt_is_module(module)) {
        rt_raise(rt, RT_EXC_TypeError, "from-import-* object has no __dict__ and no __all__");
        return -1;
    }
    rt_value d = rt_module_of(module)->dict;
    rt_value all = rt_dict_get_cstr(rt, d, "__all__");
    if (all) {
        if (!rt_is_list(all) && !rt_is_tuple(all)) {
            rt_raise(rt, RT_EXC_TypeError, "'%s' object is not iterable", rt_type_name(all));
            return -1;
        }
        rt_incref(all); /* the module may change while we bind */
        int64_t n = rt_is_tuple(all) ? rt_tuple_len(all) : rt_list_len(all);
        for (int64_t i = 0; i < n && i < (rt_is_tuple(all) ? rt_tuple_len(all) : rt_list_len(all));
             i++) {
            rt_value k = rt_is_tuple(all) ? rt_tuple_get(all, i) : rt_list_get(all, i);
            if (!rt_is_str(k)) {
                rt_raise(rt, RT_EXC_TypeError, "Item in %s.__all__ must be str, not %s",
                         rt_str_data(rt_module_of(module)->name), rt_type_name(k));
                rt_decref(rt, all);
                return -1;
            }
            rt_value v = rt_getattr(rt, module, k);
            if (!v || rt__vm_ns_set(rt, ns, k, v) < 0) {
                rt_decref(rt, v);
                rt_decref(rt, all);
                return -1;
            }
            rt_decref(rt, v);
        }
        rt_decref(rt, all);
        return 0;
    }
    rt_value copy = rt_dict_copy(rt, d);
    if (!copy)
        return -1;
    int64_t pos = 0;
    rt_value k, v;
    int r = 0;
    while (r == 0 && rt_dict_next(copy, &pos, &k, &v))
        if (rt_is_str(k) && rt_str_data(k)[0] != '_')
            r = rt__vm_ns_set(rt, ns, k, v); /* (exec's locals may be any mapping) */
    rt_decref(rt, copy);
    return r;
}

rt_value rt_import_attr(rt_state *rt, const char *module, const char *attr)
{
    rt_value name = rt_str_intern(rt, module, strlen(module));
    rt_value m = name ? rt_import_name(rt, name, RT_NULL, 0, RT_NULL) : RT_NULL;
    if (m && strchr(module, '.')) { /* the submodule itself, not its top package */
        rt_value sub = rt_dict_get(rt, rt->modules, name);
        rt_decref(rt, m);
        m = sub ? (rt_incref(sub), sub) : RT_NULL;
        if (!m)
            rt_raise(rt, RT_EXC_KeyError, "module %s vanished from sys.modules", module);
    }
    rt_decref(rt, name);
    if (!m)
        return RT_NULL;
    rt_value key = rt_str_intern(rt, attr, strlen(attr));
    rt_value v = key ? rt_getattr(rt, m, key) : RT_NULL;
    rt_decref(rt, key);
    rt_decref(rt, m);
    return v;
}
