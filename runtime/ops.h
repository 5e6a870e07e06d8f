/* ops.h: the abstract object protocol the VM, the builtins and the methods
 * use on any value (CPython's abstract.h): arithmetic, comparison, truth,
 * repr/str, hashing, items, iteration, attributes, calls, and raising.
 *
 * Ownership follows the rules block in object.h: rt_value results are new
 * references or RT_NULL with an exception set; int results are 0/1 or -1
 * with an exception set; arguments are borrowed.
 *
 * Implemented by: ops.c (dispatch by type id), exc.c (rt_raise*), vm.c
 * (rt_call). Per-type constructors and accessors live in each type's header
 * (str.h, list.h, ...). */
#ifndef CLOSURED_RUNTIME_OPS_H
#define CLOSURED_RUNTIME_OPS_H

#include "runtime/object.h"

/* ---- exceptions -------------------------------------------------------------
 * X(NAME, BASE). Builtin exception classes; every one is a type object in the
 * state (rt->exc_types[RT_EXC_...]) so `except ValueError`, isinstance and
 * type(e).__name__ work. Instances are RT_T_EXC objects (exc.h). */
#define RT_EXC_LIST(X)                                                                             \
    X(BaseException, BaseException)                                                                \
    X(Exception, BaseException)                                                                    \
    X(BaseExceptionGroup, BaseException)                                                           \
    X(ExceptionGroup, BaseExceptionGroup) /* and Exception: rt__exc_group_init */                  \
    X(ArithmeticError, Exception)                                                                  \
    X(ZeroDivisionError, ArithmeticError)                                                          \
    X(OverflowError, ArithmeticError)                                                              \
    X(LookupError, Exception)                                                                      \
    X(KeyError, LookupError)                                                                       \
    X(IndexError, LookupError)                                                                     \
    X(ValueError, Exception)                                                                       \
    X(TypeError, Exception)                                                                        \
    X(NameError, Exception)                                                                        \
    X(UnboundLocalError, NameError)                                                                \
    X(RuntimeError, Exception)                                                                     \
    X(RecursionError, RuntimeError)                                                                \
    X(NotImplementedError, RuntimeError)                                                           \
    X(MemoryError, Exception)                                                                      \
    X(AssertionError, Exception)                                                                   \
    X(EOFError, Exception)                                                                         \
    X(AttributeError, Exception)                                                                   \
    X(StopIteration, Exception)                                                                    \
    X(SystemExit, BaseException)                                                                   \
    X(KeyboardInterrupt, BaseException)                                                            \
    X(GeneratorExit, BaseException)                                                                \
    X(SyntaxError, Exception)                                                                      \
    X(OSError, Exception)                                                                          \
    X(UnicodeError, ValueError)                                                                    \
    X(UnicodeDecodeError, UnicodeError)                                                            \
    X(UnicodeEncodeError, UnicodeError)                                                            \
    X(BufferError, Exception)                                                                      \
    X(StopAsyncIteration, Exception)

typedef enum rt_exc_kind {
#define RT_X_EXC(name, base) RT_EXC_##name,
    RT_EXC_LIST(RT_X_EXC)
#undef RT_X_EXC
        RT_EXC_COUNT
} rt_exc_kind;

/* Sets the current exception to a new instance of `kind` whose single arg is
 * the printf-formatted message. Always returns RT_NULL so callers can write
 * `return rt_raise(...)`. If allocating the exception fails, the state's
 * preallocated MemoryError is set instead. */
rt_value rt_raise(rt_state *rt, rt_exc_kind kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Sets the current exception to a new instance of `kind` with arg `arg`
 * (e.g. KeyError(key)). Returns RT_NULL. */
rt_value rt_raise_value(rt_state *rt, rt_exc_kind kind, rt_value arg);
/* Sets the current exception to UnicodeEncodeError or UnicodeDecodeError
 * (kind) with CPython's five arguments: (encoding, object, start, end,
 * reason), object (borrowed) the str or bytes, [start, end) the bad part.
 * Returns RT_NULL. */
rt_value rt_raise_unicode(rt_state *rt, rt_exc_kind kind, const char *encoding, rt_value object,
                          int64_t start, int64_t end, const char *reason);
/* Steals exc (an exception instance) and makes it the current exception. */
void rt_raise_obj(rt_state *rt, rt_value exc);
/* True when the current exception is an instance of kind (or a subclass). */
bool rt_exc_matches(rt_state *rt, rt_exc_kind kind);
/* Clears the current exception. */
void rt_exc_clear(rt_state *rt);

/* ---- numbers and strings (num.c, str.c) ---------------------------------- */

/* A new int: immediate when it fits 63 bits, boxed otherwise. */
rt_value rt_int_from_i64(rt_state *rt, int64_t n);
/* True (and *out set) when v is an int or a bool. */
bool rt_int_as_i64(rt_value v, int64_t *out);
rt_value rt_float_new(rt_state *rt, double d);
/* True (and *out set) when v is a float, int or bool. */
bool rt_number_as_double(rt_value v, double *out);

/* A new str from UTF-8 bytes (copied). Invalid UTF-8 is the caller's bug. */
rt_value rt_str_new(rt_state *rt, const char *utf8, size_t len);
rt_value rt_str_from_cstr(rt_state *rt, const char *s);
/* The interned str for these bytes (a new reference); identifiers, attribute
 * names and dict keys from code are interned so equality is a pointer test
 * first. */
rt_value rt_str_intern(rt_state *rt, const char *utf8, size_t len);
/* Borrowed views of a str's bytes (NUL-terminated) and byte length. */
const char *rt_str_data(rt_value s);
size_t rt_str_len(rt_value s);

/* ---- the protocol (ops.c) ------------------------------------------------- */

typedef enum rt_binop_kind {
    RT_OP_ADD,
    RT_OP_SUB,
    RT_OP_MUL,
    RT_OP_TRUEDIV,
    RT_OP_FLOORDIV,
    RT_OP_MOD,
    RT_OP_POW,
    RT_OP_LSHIFT,
    RT_OP_RSHIFT,
    RT_OP_AND,
    RT_OP_OR,
    RT_OP_XOR,
    RT_OP_COUNT
} rt_binop_kind;

typedef enum rt_unop_kind { RT_UOP_NEG, RT_UOP_POS, RT_UOP_INVERT, RT_UOP_NOT } rt_unop_kind;

typedef enum rt_cmp_kind {
    RT_CMP_LT,
    RT_CMP_LE,
    RT_CMP_EQ,
    RT_CMP_NE,
    RT_CMP_GT,
    RT_CMP_GE
} rt_cmp_kind;

/* a OP b with Python's semantics (floor division and modulo for negatives,
 * str/list/tuple concatenation and repetition, set operators, int overflow
 * -> OverflowError, division by zero -> ZeroDivisionError, unsupported
 * operand types -> TypeError worded as CPython). */
rt_value rt_binop(rt_state *rt, rt_binop_kind op, rt_value a, rt_value b);
/* a OP= b: in place where Python mutates (list += iterable, set |= ...),
 * else the same as rt_binop. */
rt_value rt_inplace_op(rt_state *rt, rt_binop_kind op, rt_value a, rt_value b);
rt_value rt_unop(rt_state *rt, rt_unop_kind op, rt_value a);
/* Rich comparison; returns a new bool value (RT_TRUE/RT_FALSE) or RT_NULL. */
rt_value rt_compare(rt_state *rt, rt_cmp_kind op, rt_value a, rt_value b);
/* Rich comparison as 1/0, -1 on error. */
int rt_compare_bool(rt_state *rt, rt_cmp_kind op, rt_value a, rt_value b);
/* a == b as 1/0, -1 on error; identity implies equal (as CPython's containers). */
int rt_eq(rt_state *rt, rt_value a, rt_value b);
/* Truth value: 1/0, -1 on error. */
int rt_truthy(rt_state *rt, rt_value v);
/* Python's hash(v) into *out; 0, or -1 with TypeError for unhashable types. */
int rt_hash(rt_state *rt, rt_value v, int64_t *out);

/* Enters one level of a C recursion over nested objects (repr, compare,
 * isinstance with nested tuples): 0, or -1 with "RecursionError: maximum
 * recursion depth exceeded<what>" set. Pair each 0 with rt__nest_leave. */
int rt__nest_enter(rt_state *rt, const char *what);
void rt__nest_leave(rt_state *rt);
/* Enters repr of container v: 0 (pair with rt__repr_leave), 1 when v's repr
 * is already in progress (print "[...]"), -1 on error. */
int rt__repr_enter(rt_state *rt, rt_value v);
void rt__repr_leave(rt_state *rt);

/* repr(v) and str(v) as new str objects. */
rt_value rt_repr(rt_state *rt, rt_value v);
rt_value rt_str(rt_state *rt, rt_value v);
/* ascii(v): repr(v) with every non-ASCII character escaped (\\xhh, \\uhhhh,
 * \\Uhhhhhhhh), as CPython; for ascii(), %a, !a. */
rt_value rt_ascii(rt_state *rt, rt_value v);
/* format(v, spec) for f-strings and str.format; spec is a str (may be ""). */
rt_value rt_format(rt_state *rt, rt_value v, rt_value spec);

/* len(v) into *out: 0, or -1 with TypeError. */
int rt_len(rt_state *rt, rt_value v, int64_t *out);
/* item in container: 1/0, -1 on error. */
int rt_contains(rt_state *rt, rt_value container, rt_value item);
/* v[key], v[key] = val, del v[key]; key may be a slice (slice.h). */
rt_value rt_getitem(rt_state *rt, rt_value v, rt_value key);
int rt_setitem(rt_state *rt, rt_value v, rt_value key, rt_value val);
int rt_delitem(rt_state *rt, rt_value v, rt_value key);

/* iter(v): a new iterator (an iterator returns itself). */
rt_value rt_getiter(rt_state *rt, rt_value v);
/* next(it): 1 with *out a new reference, 0 when exhausted (no exception
 * set), -1 on error. Iterators over Python callables (map, filter) call
 * back into the VM through rt_call. A safe point for C loops
 * (rt__vm_c_step, vm.h): it may raise KeyboardInterrupt or suspend the
 * fiber, like any call into Python. */
int rt_iternext(rt_state *rt, rt_value it, rt_value *out);
/* rt_iternext without the C loop's safe point: for the VM's FOR_ITER, whose
 * loop has safe points of its own at its backward jump. */
int rt__iternext_unpaced(rt_state *rt, rt_value it, rt_value *out);

/* getattr(v, name) with name an interned str: the attributes of the subset
 * (function __name__/__qualname__/__closure__/__code__/__defaults__, cell
 * cell_contents, code co_freevars/co_varnames, type __name__, methods as
 * bound builtins, module members). AttributeError worded as CPython. */
rt_value rt_getattr(rt_state *rt, rt_value v, rt_value name);
/* setattr(v, name, value); value RT_NULL deletes (delattr). 0 or -1 with
 * AttributeError/TypeError worded as CPython. */
int rt_setattr(rt_state *rt, rt_value v, rt_value name, rt_value value);
/* 1 when getattr would succeed, 0 when it would raise AttributeError. */
int rt_hasattr(rt_state *rt, rt_value v, rt_value name);

/* ---- calls (vm.c) ------------------------------------------------------------
 * Vectorcall convention: args[0..nargs) positional, then one value per name
 * in kwnames (a tuple of interned str, or RT_NULL for none). Calling a Python
 * function from C (map, filter, sorted's key, gc callbacks) runs a nested VM
 * loop, which in a budgeted run ends the slice like the outermost one (vm.h,
 * fiber.h). */
rt_value rt_call(rt_state *rt, rt_value callable, const rt_value *args, size_t nargs,
                 rt_value kwnames);

/* ---- builtin functions and methods (builtin.c) ----------------------------
 * A C function callable from Python. `self` is the bound receiver for
 * methods (RT_NULL for plain builtins). Same convention as rt_call. */
typedef rt_value (*rt_cfunc)(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames);

typedef struct rt_builtin_def {
    const char *name;
    rt_cfunc fn;
} rt_builtin_def;

/* A new builtin function object for def, bound to self (RT_NULL for none). */
rt_value rt_builtin_new(rt_state *rt, const rt_builtin_def *def, rt_value self);
/* The method named `name` (interned str) of values of this type, or NULL.
 * Lets the VM call `x.append(y)` without allocating a bound method. */
const rt_builtin_def *rt_method_find(rt_state *rt, rt_type_id type, rt_value name);

/* ---- hooks between the object side and the VM side -------------------------
 * ops.c dispatches on type id; for the VM-owned types it calls these. Each
 * returns a new reference, or RT_NULL with an exception set (AttributeError
 * worded as CPython for a missing attribute).
 *   func.c:  function objects (__name__, __qualname__, __closure__, __code__,
 *            __defaults__, __module__ ...); repr "<function f.<locals>.g at 0x...>"
 *   cell.c:  cell objects (cell_contents; ValueError "Cell is empty")
 *   code.c:  code objects (co_freevars, co_varnames, co_cellvars, co_name, ...)
 *   exc.c:   exception instances (args; repr "ValueError('x')", str "x")
 *   module.c (vm side): the sys and gc modules' members
 *   builtin.c (object side): builtin functions (__name__; repr "<built-in function len>")
 *   type.c (object side): type objects (__name__; repr "<class 'int'>"); calling a
 *            type constructs (str(x), int(x, base), list(it), ...). */
/* The protocol slots per type (ops.c), for the types whose attributes or
 * repr are their own; the object core's types use the generic code. A
 * setattr slot deletes when value is RT_NULL. */
typedef struct rt_typeops {
    rt_value (*getattr)(rt_state *rt, rt_value v, rt_value name);
    int (*setattr)(rt_state *rt, rt_value v, rt_value name, rt_value value);
    rt_value (*repr)(rt_state *rt, rt_value v);
} rt_typeops;
extern const rt_typeops rt_protocols[RT_T_COUNT];

int rt__cell_setattr(rt_state *rt, rt_value c, rt_value name, rt_value v);
int rt__exc_setattr(rt_state *rt, rt_value e, rt_value name, rt_value v);
int rt__module_setattr(rt_state *rt, rt_value m, rt_value name, rt_value v);
int rt__type_setattr(rt_state *rt, rt_value t, rt_value name, rt_value v);
rt_value rt__func_getattr(rt_state *rt, rt_value f, rt_value name);
rt_value rt__func_repr(rt_state *rt, rt_value f);
rt_value rt__cell_getattr(rt_state *rt, rt_value c, rt_value name);
rt_value rt__cell_repr(rt_state *rt, rt_value c);
rt_value rt__code_getattr(rt_state *rt, rt_value c, rt_value name);
rt_value rt__code_repr(rt_state *rt, rt_value c);
rt_value rt__exc_getattr(rt_state *rt, rt_value e, rt_value name);
rt_value rt__exc_repr(rt_state *rt, rt_value e);
rt_value rt__exc_str(rt_state *rt, rt_value e);
rt_value rt__module_getattr(rt_state *rt, rt_value m, rt_value name);
rt_value rt__module_repr(rt_state *rt, rt_value m);
rt_value rt__builtin_getattr(rt_state *rt, rt_value b, rt_value name);
rt_value rt__builtin_repr(rt_state *rt, rt_value b);
rt_value rt__type_getattr(rt_state *rt, rt_value t, rt_value name);
rt_value rt__type_repr(rt_state *rt, rt_value t);
rt_value rt__type_call(rt_state *rt, rt_value t, const rt_value *args, size_t nargs,
                       rt_value kwnames);

#endif
