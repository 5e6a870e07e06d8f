/* module.h: module objects (RT_T_MODULE), the table of native (C) modules,
 * and the import system's entry points (import.c).
 *
 * A module is a name and a namespace dict (`__dict__`), plus how it was
 * made (native, frozen or source: its repr says so) and whether its top
 * level is still running (a circular import sees it partially initialised).
 * Everything else a module has (`__file__`, `__path__`, `__package__`,
 * `__all__`) lives in its dict, as in CPython.
 *
 * Ownership: a module owns its name and dict. sys.modules (rt->modules, a
 * dict) owns the imported modules; import fills it and consults it first. */
#ifndef CLOSURED_RUNTIME_MODULE_H
#define CLOSURED_RUNTIME_MODULE_H

#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/object.h"
#include "runtime/ops.h"

typedef enum rt_module_kind {
    RT_MODULE_NATIVE,    /* filled by C: <module 'sys' (built-in)> */
    RT_MODULE_FROZEN,    /* Python source compiled into the binary (stdlib/): (frozen) */
    RT_MODULE_SOURCE,    /* a file the host provided: <module 'm' from '/dir/m.py'> */
    RT_MODULE_NAMESPACE, /* directories without __init__.py: <module 'p' (namespace)> */
} rt_module_kind;

typedef struct rt_module {
    rt_obj hdr;
    rt_value name;     /* str, owned */
    rt_value dict;     /* dict, owned */
    uint8_t kind;      /* rt_module_kind */
    uint8_t importing; /* 1 while its top level runs (circular imports see it so) */
} rt_module;

static inline rt_module *rt_module_of(rt_value v)
{
    return (rt_module *)rt_as_obj(v);
}
static inline bool rt_is_module(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_MODULE;
}

/* ---- module attribute sites ---------------------------------------------------
 * `math.sqrt`, `itertools.chain`: a LOAD_ATTR or LOAD_METHOD word k of a
 * code object that found name in a module's dict remembers the dict, its
 * version, rt->watch_epoch and the entry's index (dict.h), and reads the
 * value there while they hold; the dict is watched from then on.
 * RT_MSITES entries per code object, chosen by k. */
#define RT_MSITES 8
typedef struct rt_msite {
    uint64_t epoch; /* rt->watch_epoch when filled */
    rt_value dict;  /* the module's dict; RT_NULL when empty */
    rt_value *slot; /* the entry's value word */
    uint32_t dver;  /* the dict's version */
    uint32_t k;     /* the word's index */
} rt_msite;

/* The value (borrowed) site k of code remembers for module mod, or RT_NULL;
 * epoch is rt->watch_epoch. */
static inline rt_value rt__module_site_value(rt_value mod, const rt_code *code, uint32_t k,
                                             uint64_t epoch)
{
    const rt_msite *s = code->msites;
    if (!s)
        return RT_NULL;
    s += k & (RT_MSITES - 1);
    rt_value d = rt_module_of(mod)->dict;
    const rt_dict_obj *dd = rt_dict_obj_of(d);
    if (s->k == k && s->dict == d && s->epoch == epoch && s->dver == dd->version)
        return *s->slot;
    return RT_NULL;
}

/* mod.name (a new reference, or RT_NULL with an exception set) as
 * rt__module_getattr answers it, remembered in site k of code when the
 * module's dict has the name. */
rt_value rt__module_site_getattr(rt_state *rt, rt_value mod, rt_value name, rt_code *code,
                                 uint32_t k);

/* ---- native modules ----------------------------------------------------------
 * A native module is one line of rt__native_modules (module.c): its name and
 * a function that fills its fresh namespace dict (builtin functions via
 * rt_builtin_new, constants). It is created on first import, like any other
 * module, and found before frozen and source modules. A "mixed" module is a
 * native `_name` plus a frozen `name.py` that imports from it. */
typedef int (*rt_module_fill_fn)(rt_state *rt, rt_value dict);
typedef struct rt_native_module {
    const char *name;
    rt_module_fill_fn fill; /* 0, or -1 with an exception set; NULL only for `builtins` */
} rt_native_module;

extern const rt_native_module rt__native_modules[];

/* ---- the frozen library -------------------------------------------------------
 * Every file under stdlib/ is in the binary, as source (cmake/frozen_gen.cmake
 * writes the table) and compiled (the images below): stdlib/functools.py is the
 * module `functools`, stdlib/p/__init__.py the package `p`. Frozen modules
 * are found after native ones and before sys.path, like CPython's stdlib. */
typedef struct rt_frozen_module {
    const char *name; /* dotted */
    const char *src;  /* UTF-8 source, NUL-terminated */
    size_t len;
    bool is_package;
} rt_frozen_module;

extern const rt_frozen_module rt__frozen_modules[];
extern const size_t rt__frozen_count;

/* The frozen library compiled at build time: the code image (codeimg.h) of
 * rt__frozen_modules[i] is rt__frozen_images[i] (same name), for i below
 * rt__frozen_images_count. tools/freeze_code writes the table; the runtime
 * that tool itself links has none (count 0), and a module without an image
 * is compiled from its source. */
typedef struct rt_frozen_image {
    const char *name; /* dotted, as the module's */
    const unsigned char *bytes;
    size_t len;
} rt_frozen_image;

extern const rt_frozen_image rt__frozen_images[];
extern const size_t rt__frozen_images_count;

/* The fill functions of the native modules, one per line of the table. */
int rt__mod_sys_fill(rt_state *rt, rt_value dict);
int rt__mod_gc_fill(rt_state *rt, rt_value dict);
int rt__mod_weakref_fill(rt_state *rt, rt_value dict);
int rt__mod_heapq_fill(rt_state *rt, rt_value dict);
/* mod_imp.c: `_imp`, the native half of importlib */
int rt__mod_imp_fill(rt_state *rt, rt_value dict);
/* mod_ast.c: `_ast`, the parser's tree for stdlib/ast.py */
int rt__mod_ast_fill(rt_state *rt, rt_value dict);
/* mod_zlib.c: `_zlib`, DEFLATE and Adler-32 for stdlib/zlib.py */
int rt__mod_zlib_fill(rt_state *rt, rt_value dict);
/* mod_imp.c: module(name, doc=None) called from Python, a module of no file. */
rt_value rt__module_construct(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames);
/* mod_imp.c: the builtin methods `module` gives its subclasses (__init__,
 * __repr__), or NULL. */
const rt_builtin_def *rt__module_method_find(rt_state *rt, rt_value name);
/* mod_imp.c: repr() of a module or of an instance of a class deriving from
 * module: <module 'name'> (from its __name__ and __file__). */
rt_value rt__module_inst_repr(rt_state *rt, rt_value self);
/* True when def is module.__init__ (class calls run it for subclasses). */
bool rt__module_init_is(const rt_builtin_def *def);
/* import.c: for _imp.find: None, or (kind, origin, is_package, package_dir)
 * of the dotted name closured's finders find in dirs (None: the top level). */
rt_value rt__import_find_spec_info(rt_state *rt, rt_value name, rt_value dirs);
/* import.c: the bytes of the embedder's file at path, or None. */
rt_value rt__import_read_source(rt_state *rt, const char *path);
int rt__mod_types_fill(rt_state *rt, rt_value dict);
/* deque.c: `_collections`, the deque type under stdlib/collections.py */
int rt__mod_collections_fill(rt_state *rt, rt_value dict);
/* itertools.c: `_itertools`, the iterator objects under stdlib/itertools.py */
int rt__mod_itertools_fill(rt_state *rt, rt_value dict);
/* lru.c: `_functools`, the lru_cache wrapper under stdlib/functools.py */
int rt__mod_functools_fill(rt_state *rt, rt_value dict);
/* mod_heapq.c: the sift loops in C */ /* weakref.c: ref, getweakrefcount, ... */
/* math, time and `_random` (under stdlib/random.py): mod_math.c, mod_time.c, mod_random.c */
int rt__mod_math_fill(rt_state *rt, rt_value dict);
/* cmath: mod_cmath.c */
int rt__mod_cmath_fill(rt_state *rt, rt_value dict);
int rt__mod_time_fill(rt_state *rt, rt_value dict);
int rt__mod_random_fill(rt_state *rt, rt_value dict);
/* mod_io.c: `_io`, the fast writers under stdlib/io.py */
int rt__mod_io_fill(rt_state *rt, rt_value dict);
/* mod_os.c: `_os`, the host's environment and directory as the embedder gave them */
int rt__mod_os_fill(rt_state *rt, rt_value dict);
/* mod_traceback.c: `_traceback`, exception reports and the running frames for traceback and
 * warnings */
int rt__mod_traceback_fill(rt_state *rt, rt_value dict);
/* mod_binascii.c: `_binascii`, Base64 and CRC-32 loops under stdlib/binascii.py */
int rt__mod_binascii_fill(rt_state *rt, rt_value dict);
/* mod_unicodedata.c: `_unicodedata`, the character tables under stdlib/unicodedata.py */
int rt__mod_unicodedata_fill(rt_state *rt, rt_value dict);
/* mod_hashlib.c: `_hashlib`, the digests under stdlib/hashlib.py and stdlib/hmac.py */
int rt__mod_hashlib_fill(rt_state *rt, rt_value dict);
/* mod_struct.c: `_struct`, IEEE single and double conversions under stdlib/struct.py */
int rt__mod_struct_fill(rt_state *rt, rt_value dict);
/* mod_re.c: `_re`, the regex engine (re_parse.c, re_compile.c, re_match.c) under stdlib/re.py */
int rt__mod_re_fill(rt_state *rt, rt_value dict);
/* _unittest: format_exception, the report of a failed test (mod_unittest.c). */
int rt__mod_unittest_fill(rt_state *rt, rt_value dict);

/* Adds a builtin function to dict for each entry of defs (ending with
 * {NULL, NULL}), under its name: what a fill function starts with. 0 or -1. */
int rt__module_add_funcs(rt_state *rt, rt_value dict, const rt_builtin_def *defs);

/* A new module named name (a C string) of the given kind, its dict holding
 * __name__ and __doc__ = None (new reference), or RT_NULL with MemoryError. */
rt_value rt_module_new(rt_state *rt, const char *name, rt_module_kind kind);

/* The module for the namespace dict (borrowed) of `__main__`: a module
 * object sharing it, so sys.modules['__main__'] is the script. */
rt_value rt__module_wrap(rt_state *rt, const char *name, rt_value dict, rt_module_kind kind);

/* ---- import (import.c) --------------------------------------------------------- */

/* Boots the import system: sys.modules (rt->modules), the ImportError and
 * ModuleNotFoundError classes (also bound as builtins), the sys module
 * (always in sys.modules) and `__main__` over rt->globals. 0 or -1. */
int rt__modules_init(rt_state *rt);
/* Clears every module's namespace, then releases sys.modules. */
void rt__modules_dispose(rt_state *rt);

/* Sets what rt_load knows of the main script: __main__.__file__ = filename
 * and, when the embedder reads sources, sys.path[0] = its directory. The
 * source text is kept for traceback lines (rt__source_text). 0 or -1. */
int rt__import_main(rt_state *rt, const char *filename, const char *src, size_t len);

/* IMPORT_NAME: __import__(name, globals, None, fromlist, level) as CPython:
 * resolves a relative name against globals' package, imports every
 * package on the way and the module (found in sys.modules, the native
 * table, the frozen library, then on sys.path through the embedder's
 * source reader), and returns the top-level package when fromlist is None
 * or empty, else the module itself (importing the fromlist's submodules of
 * a package). New reference, or RT_NULL with ImportError,
 * ModuleNotFoundError, or whatever the module's top level raised. */
rt_value rt_import_name(rt_state *rt, rt_value name, rt_value fromlist, int level,
                        rt_value globals);

/* module.attr for a module of the frozen library asked for by C code
 * (`rt_import_attr(rt, "types", "GenericAlias")`): imports the module as
 * `import module` does, then reads the attribute. New reference, or RT_NULL
 * with whatever the import or the attribute lookup raised. */
rt_value rt_import_attr(rt_state *rt, const char *module, const char *attr);

/* IMPORT_FROM: module.name, else the submodule sys.modules['module.name'],
 * else ImportError "cannot import name 'x' from 'm' (/path/m.py)". New
 * reference. */
rt_value rt_import_from(rt_state *rt, rt_value module, rt_value name);

/* IMPORT_STAR: binds in ns every name of module.__all__, or every public
 * name (no leading underscore) of its namespace. 0 or -1. */
int rt_import_star(rt_state *rt, rt_value module, rt_value ns);

/* The text of the source file `filename` loaded by this runtime (the main
 * script or an imported module), borrowed, or NULL (*len = 0). For
 * traceback lines. */
const char *rt__source_text(const rt_state *rt, const char *filename, size_t *len);

extern const rt_typeinfo rt__module_typeinfo;

/* sys.stdout's and sys.stderr's write (module.c): print() calls it directly
 * when it is the write of the stream print() is given. */
extern const rt_builtin_def rt__stream_write_def;

/* sys.exit([code]), also the builtins exit() and quit() of python3's site:
 * raises SystemExit(code). Always RT_NULL. */
rt_value rt__sys_exit(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                      rt_value kwnames);

#endif
