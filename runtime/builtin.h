/* builtin.h: builtin function objects (a C function, optionally bound to a
 * receiver) and the argument-checking helpers every C-implemented function
 * uses to raise CPython's exact TypeError wording.
 *
 * Ownership: a builtin object owns a reference to its bound `self`; the def
 * it points to is static const data and never freed. The argument helpers
 * borrow everything and store borrowed values into their out arrays. */
#ifndef CLOSURED_RUNTIME_BUILTIN_H
#define CLOSURED_RUNTIME_BUILTIN_H

#include "runtime/object.h"
#include "runtime/ops.h"
#include "runtime/state.h"

typedef struct rt_builtin {
    rt_obj hdr;
    const rt_builtin_def *def;
    rt_value self; /* the bound receiver (owned), RT_NULL for a plain function */
} rt_builtin;

/* Header flag: an unbound method taken from a type (str.lower): `self` is the
 * type object and the first call argument is the receiver. */
#define RT_BUILTIN_F_UNBOUND RT_F_USER1

static inline rt_builtin *rt_builtin_of(rt_value v)
{
    return (rt_builtin *)rt_as_obj(v);
}

/* str.lower as a value: a new unbound method object for def (a method of
 * the instances of type object `type`, borrowed). Calling it as
 * f(receiver, *args) checks the receiver's type with CPython's wording
 * ("descriptor 'lower' for 'str' objects doesn't apply to a 'int' object");
 * repr "<method 'lower' of 'str' objects>". For rt__type_getattr:
 *   def = rt_method_find(rt, inst_type, name); if (def) return rt_builtin_unbound_new(rt, def, t);
 */
rt_value rt_builtin_unbound_new(rt_state *rt, const rt_builtin_def *def, rt_value type);
/* type.name for the builtin method def that type's lookup of name found: one
 * object per builtin type and name, kept in the type (so dict.keys is
 * dict.keys, and is dict.__dict__['keys'], as CPython's descriptors stored in
 * the type's dict are). A class defined in Python gets the object of the
 * builtin type it inherits def from (MyDict.keys is dict.keys). New
 * reference, or RT_NULL on MemoryError. */
rt_value rt__builtin_unbound_get(rt_state *rt, const rt_builtin_def *def, rt_value type,
                                 rt_value name);

/* Builtin functions a and b (RT_T_BUILTIN values, borrowed) compare equal, as
 * CPython's builtin methods and wrappers: the same C method, bound to the same
 * receiver (by identity), or unbound and taken from types that share it
 * (dict.__repr__ == dict.__repr__, A.__init__ == object.__init__). 1 or 0. */
int rt__builtin_eq(rt_value a, rt_value b);
/* The part of a builtin function's hash that equality fixes: its C method,
 * and for a bound one the receiver's id (passed in by the caller, 0 for none). */
int64_t rt__builtin_hash(rt_value v, uint64_t self_id);

/* object's methods, and __call__, for a value that is no instance (a function,
 * a builtin, a bound method): name's method bound to v (a new reference:
 * f.__hash__, len.__eq__, m.__repr__, len.__call__), or RT_NULL without an
 * exception when there is no such method (the reduce protocol's included). */
rt_value rt__object_method_bound(rt_state *rt, rt_value v, rt_value name);

/* Calls builtin b (an RT_T_BUILTIN value) with the vectorcall convention of
 * rt_call. Returns a new reference or RT_NULL with an exception set. */
rt_value rt_builtin_call(rt_state *rt, rt_value b, const rt_value *args, size_t nargs,
                         rt_value kwnames);

/* The number of keyword arguments in kwnames (a tuple of str, or RT_NULL). */
size_t rt_kw_count(rt_value kwnames);

/* Defines the method `fn` (a rt_builtin_def function) as a call of the body it shares with
 * its family, `impl`, with fixed arguments after the call's own:
 * impl(rt, self, args, nargs, kwnames, ...). For find/rfind/index/rindex and the like. */
#define RT_METHOD_VARIANT(fn, impl, ...)                                                           \
    static rt_value fn(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,            \
                       rt_value kwnames)                                                           \
    {                                                                                              \
        return impl(rt, self, args, nargs, kwnames, __VA_ARGS__);                                  \
    }

/* ---- argument checks: each returns 0, or -1 with TypeError set ------------
 * `qual` is the name CPython prints with parentheses: "len", "list.append";
 * `name` the one it prints without: "sorted", "pop". */

/* "<qual>() takes no keyword arguments" when kwnames is non-empty. */
int rt_args_no_kw(rt_state *rt, const char *qual, rt_value kwnames);
/* METH_O: exactly one positional, no keywords:
 * "<qual>() takes exactly one argument (N given)". */
int rt_args_one(rt_state *rt, const char *qual, size_t nargs, rt_value kwnames);
/* METH_NOARGS: "<qual>() takes no arguments (N given)". */
int rt_args_none(rt_state *rt, const char *qual, size_t nargs, rt_value kwnames);
/* Argument Clinic positional count (no keywords allowed):
 * "<name> expected [at least |at most ]N argument[s], got M"; keywords give
 * "<name>() takes no keyword arguments". */
int rt_args_range(rt_state *rt, const char *name, size_t nargs, rt_value kwnames, size_t min,
                  size_t max);
/* Old-style PyArg_ParseTuple count: "<name>() takes at least N argument[s]
 * (M given)" / "at most" / "exactly" (str.find, str.count, str.startswith). */
int rt_args_tuple(rt_state *rt, const char *name, size_t nargs, rt_value kwnames, size_t min,
                  size_t max);

/* Keyword-capable parse. `names` lists every parameter (NULL-terminated),
 * the first `maxpos` of which may be given by position; a parameter named
 * "" is positional-only. out[i] receives the argument for names[i]
 * (borrowed) or RT_NULL when not given; required-ness is the caller's
 * check. Errors: "<fname>() takes at most N argument[s] (M given)" (more
 * arguments than names), "<fname>() takes no positional arguments",
 * "<fname>() takes at most N positional argument[s] (M given)",
 * "'<k>' is an invalid keyword argument for <fname>()",
 * "argument for <fname>() given by name ('<k>') and position (N)". */
int rt_args_parse(rt_state *rt, const char *fname, const rt_value *args, size_t nargs,
                  rt_value kwnames, size_t maxpos, const char *const *names, rt_value *out);

/* v as an integer argument (int or bool, an instance of an int subclass as its int) into
 * *out; 0, or -1 with TypeError "'float' object cannot be interpreted as an integer". */
int rt_arg_index(rt_state *rt, rt_value v, int64_t *out);

/* The int an instance of an int subclass holds, else v (borrowed either way): CPython's
 * index conversions take such an instance as its int without asking its __index__. */
rt_value rt_int_unwrap(rt_value v);
/* CPython's operator.index(v): an int (a bool or an instance of an int
 * subclass gives its value; another object the int its __index__ returns) as
 * a new reference, or RT_NULL with TypeError "'float' object cannot be
 * interpreted as an integer" or "__index__ returned non-int (type X)". */
rt_value rt__index_value(rt_state *rt, rt_value v);
/* What v.__float__() answered (r, borrowed) as a double in *out: a float,
 * or a float subclass's float with CPython's DeprecationWarning; else
 * TypeError "T.__float__ returned non-float". 0 or -1. */
int rt__float_result(rt_state *rt, rt_value v, rt_value r, double *out);
/* The same for a C int parameter (str.expandtabs' tabsize): OverflowError
 * "Python int too large to convert to C int" outside its range. */
int rt_arg_c_int(rt_state *rt, rt_value v, int64_t *out);
/* A start/end bound of index/find/count: an int or bool into *out (None
 * leaves *out unchanged when allow_none). TypeError "slice indices must be
 * integers [or None ]or have an __index__ method". */
int rt_arg_bound(rt_state *rt, rt_value v, bool allow_none, int64_t *out);
/* Clamps [*start, *end) to a sequence of length len as CPython's
 * ADJUST_INDICES (negative values count from the end). */
void rt_adjust_bounds(int64_t len, int64_t *start, int64_t *end);

/* d.update(...) and dict(...) (methods_dict.c): at most one positional (a
 * dict, or an iterable of pairs) then the keyword items, into dict d.
 * fname names the callee in "update expected at most 1 argument, got 2".
 * 0 or -1. */
int rt__dict_update_args(rt_state *rt, rt_value d, const char *fname, const rt_value *args,
                         size_t nargs, rt_value kwnames);

/* fmt.format(*args, **kwargs) for a str fmt (str_format.c): a new str, or
 * RT_NULL with CPython's ValueError/IndexError/KeyError set. */
rt_value rt_str_format(rt_state *rt, rt_value fmt, const rt_value *args, size_t nargs,
                       rt_value kwnames);
/* fmt.format_map(mapping): names looked up as mapping[name] (so a dict
 * subclass's __missing__ answers); ValueError "Format string contains
 * positional fields" for {} and {0}. */
rt_value rt_str_format_map(rt_state *rt, rt_value fmt, rt_value mapping);

/* fmt % args for a str fmt (str_percent.c), printf-style: args is a tuple,
 * a dict (for %(name)s) or a single value. A new str, or RT_NULL with
 * CPython's TypeError/ValueError ("not all arguments converted during string
 * formatting", "not enough arguments for format string", ...). For ops.c's
 * RT_OP_MOD when the left operand is a str. */
rt_value rt_str_percent(rt_state *rt, rt_value fmt, rt_value args);
/* fmt % args for a bytes or bytearray fmt (PEP 461): the same codes over the
 * format's bytes, %s/%b of bytes-like values (or __bytes__), %r/%a their
 * ascii(), %c a byte; a new bytes (bytearray for a bytearray fmt). */
rt_value rt_bytes_percent(rt_state *rt, rt_value fmt, rt_value args);

/* Per-type method tables (methods_*.c), each ending with {NULL, NULL}. */
extern const rt_builtin_def rt__list_methods[];
extern const rt_builtin_def rt__dict_methods[];
extern const rt_builtin_def rt__str_methods[];
extern const rt_builtin_def rt__set_methods[];
extern const rt_builtin_def rt__tuple_methods[];
extern const rt_builtin_def rt__int_methods[]; /* methods_num.c; bool shares them */
extern const rt_builtin_def rt__float_methods[];
extern const rt_builtin_def rt__deque_methods[];    /* deque.c */
extern const rt_builtin_def rt__itertool_methods[]; /* itertools.c */
extern const rt_builtin_def rt__lru_methods[];      /* lru.c */
extern const rt_builtin_def rt__bytes_methods[];
extern const rt_builtin_def rt__frozenset_methods[];
/* True for the methods that are class methods (dict.fromkeys, bytes.fromhex,
 * int.from_bytes): taken from the type they stay bound to it. */
bool rt__builtin_is_classmethod(const rt_builtin_def *def);

/* One slot of rt->lib_method_index: an interned method name (RT_NULL: the
 * slot is empty), the type id whose objects have it and its entry. The
 * names are the ones rt->lib_method_names holds a reference to, so a
 * pointer match is a name match for the state's whole life; the tables are
 * constant, so a slot never goes stale. */
struct rt_method_slot {
    rt_value name;
    const rt_builtin_def *def;
    uint32_t type;
};

static inline size_t rt__method_slot_index(rt_value name, uint32_t type, unsigned bits)
{
    uint64_t h = ((uint64_t)name ^ ((uint64_t)type << 3)) * UINT64_C(0x9E3779B97F4A7C15);
    return (size_t)(h >> (64 - bits));
}

/* The method-table entry of builtin type `type` named `name` when the
 * index has it, else NULL (then rt_method_find decides: a name that is not
 * interned, the slot methods, the types without a table). For the VM's
 * LOAD_METHOD: a hit is a few instructions and no call. */
static inline const rt_builtin_def *rt__method_probe(const rt_state *rt, rt_type_id type,
                                                     rt_value name)
{
    const struct rt_method_slot *idx = rt->lib_method_index;
    if (!idx)
        return NULL;
    unsigned bits = rt->lib_method_bits;
    size_t mask = ((size_t)1 << bits) - 1;
    for (size_t i = rt__method_slot_index(name, type, bits); idx[i].name; i = (i + 1) & mask)
        if (idx[i].name == name && idx[i].type == (uint32_t)type)
            return idx[i].def;
    return NULL;
}

/* Interns every method name so rt_method_find compares pointers; called by
 * rt__builtins_init. 0, or -1 with MemoryError. Safe to skip (lookups then
 * compare bytes). */
int rt__methods_init(rt_state *rt);
void rt__methods_dispose(rt_state *rt);

/* Slot functions for rt_typeinfos[RT_T_BUILTIN] (type.c references them). */
size_t rt__builtin_size(const rt_obj *o);
void rt__builtin_traverse(rt_obj *o, rt_visit_fn visit, void *arg);
void rt__builtin_clear(rt_state *rt, rt_obj *o);
void rt__builtin_dealloc(rt_state *rt, rt_obj *o);

#endif
