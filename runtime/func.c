/* func.c: function objects: construction with an inline closure, attributes
 * (__name__, __qualname__, __closure__, __code__, __defaults__ ...), repr and
 * the memory slots. */
#include "runtime/func.h"

#include <inttypes.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/heap.h"
#include "runtime/heap_fast.h"
#include "runtime/inspect.h"
#include "runtime/objid.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

/* ncells cells, plus the globals slot when the function has one */
static size_t func_bytes(uint32_t ncells, bool own_globals)
{
    return sizeof(rt_func) + (ncells + (own_globals ? 1u : 0u)) * sizeof(rt_value);
}

static size_t func_bytes_of(const rt_func *f)
{
    return func_bytes(f->code->nfreevars, (f->hdr.flags & RT_FUNC_F_GLOBALS) != 0);
}

rt_value rt_func_new(rt_state *rt, rt_value code, rt_value defaults, rt_value kwdefaults,
                     rt_value *cells)
{
    return rt_func_new_in(rt, code, defaults, kwdefaults, cells, RT_NULL);
}

/* Makes x (fresh) f's extra record, the closure registry's index and
 * number moving into it from the packed word. */
static rt_func_extra *extra_attach(rt_func *f, rt_func_extra *x)
{
    x->defaults = RT_NULL;
    x->kwdefaults = RT_NULL;
    x->dict = RT_NULL;
    x->reg_index = f->ext ? (size_t)((f->ext & UINT32_MAX) >> 1) : SIZE_MAX;
    x->reg_seq = (uint64_t)(f->ext >> 32);
    f->ext = (uintptr_t)x;
    return x;
}

/* f's extra record, allocated (empty) on first use; NULL with MemoryError
 * set. */
static rt_func_extra *extra_get(rt_state *rt, rt_func *f)
{
    rt_func_extra *x = rt_func_extra_of(f);
    if (x)
        return x;
    x = rt_heap_alloc(rt, &f->hdr, sizeof *x);
    return x ? extra_attach(f, x) : NULL;
}

rt_func_extra *rt__func_extra_reserve(rt_state *rt, rt_func *f)
{
    rt_func_extra *x = rt_func_extra_of(f);
    if (x)
        return x;
    x = rt__heap_resize_reserve(rt, &f->hdr, NULL, 0, sizeof *x);
    return x ? extra_attach(f, x) : NULL;
}

rt_value rt_func_new_in(rt_state *rt, rt_value code, rt_value defaults, rt_value kwdefaults,
                        rt_value *cells, rt_value globals)
{
    rt_code *c = rt_code_of(code);
    rt_func *f = (rt_func *)rt__obj_alloc_inline(rt, RT_T_FUNCTION,
                                                 func_bytes(c->nfreevars, globals != RT_NULL));
    if (!f) {
        rt_decref(rt, defaults);
        rt_decref(rt, kwdefaults);
        for (uint32_t i = 0; i < c->nfreevars; i++)
            rt_decref(rt, cells[i]);
        return RT_NULL;
    }
    rt_incref(code);
    f->code = c;
    f->ext = 0;
    for (uint32_t i = 0; i < c->nfreevars; i++) /* a few cells: no call to memcpy */
        f->cells[i] = cells[i];
    if (globals) {
        f->hdr.flags |= RT_FUNC_F_GLOBALS;
        rt_incref(globals);
        f->cells[c->nfreevars] = globals;
    }
    if (defaults || kwdefaults) {
        rt_func_extra *x = extra_get(rt, f);
        if (!x) { /* never seen by the registry: freed without the dealloc slot */
            rt_decref(rt, defaults);
            rt_decref(rt, kwdefaults);
            for (uint32_t i = 0; i < c->nfreevars; i++)
                rt_decref(rt, cells[i]);
            rt_decref(rt, globals);
            rt_obj_free(rt, &f->hdr, func_bytes(c->nfreevars, globals != RT_NULL));
            rt_decref(rt, code);
            return RT_NULL;
        }
        x->defaults = defaults;
        x->kwdefaults = kwdefaults;
    }
    rt__inspect_function_born(rt, &f->hdr); /* live closure registry (inspect.c) */
    return rt_from_obj(f);
}

static int type_error(rt_state *rt, const char *msg)
{
    rt_raise(rt, RT_EXC_TypeError, "%s", msg);
    return -1;
}

/* Replaces *slot by v (borrowed; RT_NONE or RT_NULL store RT_NULL). */
static void set_optional(rt_state *rt, rt_value *slot, rt_value v)
{
    rt_value old = *slot;
    if (v == RT_NONE)
        v = RT_NULL;
    rt_incref(v);
    *slot = v;
    rt_decref(rt, old);
}

static int ensure_dict(rt_state *rt, rt_func *f)
{
    if (rt_func_dict(f))
        return 0;
    rt_func_extra *x = extra_get(rt, f);
    if (!x)
        return -1;
    rt_value d = rt_dict_new(rt);
    if (!d)
        return -1;
    x->dict = d;
    return 0;
}

int rt_func_setattr(rt_state *rt, rt_value fv, rt_value name, rt_value v)
{
    rt_func *f = rt_func_of(fv);
    const char *s = rt_str_data(name);
    if (!strcmp(s, "__defaults__")) {
        if (v && v != RT_NONE && !rt_is_tuple(v))
            return type_error(rt, "__defaults__ must be set to a tuple object");
        rt_func_extra *x = extra_get(rt, f);
        if (!x)
            return -1;
        set_optional(rt, &x->defaults, v);
        return 0;
    }
    if (!strcmp(s, "__kwdefaults__")) {
        if (v && v != RT_NONE && !rt_is_dict(v))
            return type_error(rt, "__kwdefaults__ must be set to a dict object");
        rt_func_extra *x = extra_get(rt, f);
        if (!x)
            return -1;
        set_optional(rt, &x->kwdefaults, v);
        return 0;
    }
    if (!strcmp(s, "__name__") || !strcmp(s, "__qualname__")) {
        if (!v || !rt_is_str(v))
            return type_error(rt, s[2] == 'n' ? "__name__ must be set to a string object"
                                              : "__qualname__ must be set to a string object");
    } else if (!strcmp(s, "__dict__")) {
        if (!v)
            return type_error(rt, "cannot delete __dict__");
        if (!rt_is_dict(v)) {
            rt_raise(rt, RT_EXC_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                     rt_type_name(v));
            return -1;
        }
        if (ensure_dict(rt, f) < 0)
            return -1;
        /* keep the hidden entries (__name__, __doc__ ... overrides) out of it: a new dict
         * replaces the attributes wholesale, as CPython's */
        rt_func_extra *x = rt_func_extra_of(f);
        rt_value old = x->dict;
        rt_incref(v);
        x->dict = v;
        rt_decref(rt, old);
        return 0;
    } else if (!strcmp(s, "__code__")) {
        if (!v || rt_type_of(v) != RT_T_CODE)
            return type_error(rt, "__code__ must be set to a code object");
        if (rt_code_of(v)->nfreevars != f->code->nfreevars) {
            rt_raise(rt, RT_EXC_ValueError, "%s() requires a code object with %u free vars, not %u",
                     rt_str_data(f->code->name), (unsigned)f->code->nfreevars,
                     (unsigned)rt_code_of(v)->nfreevars);
            return -1;
        }
        rt_value old = rt_from_obj(f->code);
        rt_incref(v);
        f->code = rt_code_of(v);
        rt_decref(rt, old);
        return 0;
    } else if (!strcmp(s, "__annotations__")) {
        if (v && v != RT_NONE && !rt_is_dict(v))
            return type_error(rt, "__annotations__ must be set to a dict object");
    } else if (!strcmp(s, "__closure__") || !strcmp(s, "__globals__")) {
        rt_raise(rt, RT_EXC_AttributeError, "readonly attribute");
        return -1;
    }
    if (!v && !strcmp(s, "__doc__"))
        v = RT_NONE;
    if (ensure_dict(rt, f) < 0)
        return -1;
    if (!v) {
        rt_value out;
        int r = rt_dict_pop(rt, rt_func_dict(f), name, &out);
        if (r > 0) {
            rt_decref(rt, out);
            return 0;
        }
        if (r == 0)
            rt_raise(rt, RT_EXC_AttributeError, "'function' object has no attribute '%s'", s);
        return -1;
    }
    return rt_dict_set(rt, rt_func_dict(f), name, v);
}

static rt_value own(rt_value v)
{
    rt_incref(v);
    return v;
}

/* f.__get__(obj, type=None): the method binding f to obj, or f itself for
 * None (the descriptor protocol, which class-based decorators call). */
static rt_value func_get(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    if (rt_args_range(rt, "__get__", nargs, kwnames, 1, 2) < 0)
        return RT_NULL;
    if (args[0] == RT_NONE && (nargs < 2 || args[1] == RT_NONE))
        return rt_raise(rt, RT_EXC_TypeError, "__get__(None, None) is invalid");
    if (args[0] == RT_NONE)
        return own(self);
    return rt_method_new(rt, self, args[0]);
}

/* f.__call__(*args, **kwargs): f(*args, **kwargs). */
static rt_value func_call(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    return rt_call(rt, self, args, nargs, kwnames);
}

static const rt_builtin_def func_get_def = {"__get__", func_get};
static const rt_builtin_def func_call_def = {"__call__", func_call};

rt_value rt__func_getattr(rt_state *rt, rt_value fv, rt_value name)
{
    rt_func *f = rt_func_of(fv);
    rt_code *c = f->code;
    if (rt_func_dict(f)) {
        rt_value v = rt_dict_get(rt, rt_func_dict(f), name);
        if (v)
            return own(v);
    }
    const char *s = rt_str_data(name);
    if (!strcmp(s, "__name__"))
        return own(c->name);
    if (!strcmp(s, "__qualname__"))
        return own(c->qualname);
    if (!strcmp(s, "__code__"))
        return own(rt_from_obj(c));
    if (!strcmp(s, "__closure__")) {
        if (!c->nfreevars)
            return RT_NONE;
        return rt_tuple_from(rt, f->cells, c->nfreevars);
    }
    if (!strcmp(s, "__defaults__"))
        return rt_func_defaults(f) ? own(rt_func_defaults(f)) : RT_NONE;
    if (!strcmp(s, "__kwdefaults__"))
        return rt_func_kwdefaults(f) ? own(rt_func_kwdefaults(f)) : RT_NONE;
    if (!strcmp(s, "__module__")) {
        /* the __name__ of the module it was defined in, as CPython */
        rt_value g = rt_func_globals(f) ? rt_func_globals(f) : rt->globals;
        rt_value n = rt_dict_get_cstr(rt, g, "__name__");
        return n ? own(n) : RT_NONE;
    }
    if (!strcmp(s, "__doc__"))
        return (c->flags & RT_CO_HASDOC) ? own(c->consts[0]) : RT_NONE;
    if (!strcmp(s, "__annotations__")) {
        rt_value d = rt_dict_new(rt);
        if (!d || rt_func_setattr(rt, fv, name, d) < 0) {
            rt_decref(rt, d);
            return RT_NULL;
        }
        return d;
    }
    if (!strcmp(s, "__class__"))
        return own(rt->type_objs[RT_T_FUNCTION]);
    if (!strcmp(s, "__globals__"))
        return own(rt_func_globals(f) ? rt_func_globals(f) : rt->globals);
    if (!strcmp(s, "__dict__")) {
        if (ensure_dict(rt, f) < 0)
            return RT_NULL;
        return own(rt_func_dict(f));
    }
    if (!strcmp(s, "__get__"))
        return rt_builtin_new(rt, &func_get_def, fv);
    if (!strcmp(s, "__call__"))
        return rt_builtin_new(rt, &func_call_def, fv);
    rt_value m = rt__object_method_bound(rt, fv, name); /* f.__hash__, f.__eq__, ... */
    if (m || rt->exc)
        return m;
    return rt_raise(rt, RT_EXC_AttributeError, "'function' object has no attribute '%s'", s);
}

rt_value rt__func_construct(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames)
{
    static const char *const names[] = {"code", "globals", "name", "argdefs", "closure", NULL};
    rt_value a[5];
    if (rt_args_parse(rt, "function", args, nargs, kwnames, 5, names, a) < 0)
        return RT_NULL;
    if (!a[0] || !a[1])
        return rt_raise(rt, RT_EXC_TypeError, "function() missing required argument '%s' (pos %d)",
                        a[0] ? "globals" : "code", a[0] ? 2 : 1);
    if (rt_type_of(a[0]) != RT_T_CODE)
        return rt_raise(rt, RT_EXC_TypeError, "function() argument 'code' must be code, not %s",
                        rt_type_name(a[0]));
    if (!rt_is_dict(a[1]))
        return rt_raise(rt, RT_EXC_TypeError, "function() argument 'globals' must be dict, not %s",
                        rt_type_name(a[1]));
    rt_value name = a[2] && a[2] != RT_NONE ? a[2] : RT_NULL;
    if (name && !rt_is_str(name))
        return rt_raise(rt, RT_EXC_TypeError, "arg 3 (name) must be None or string");
    rt_value defs = a[3] && a[3] != RT_NONE ? a[3] : RT_NULL;
    if (defs && !rt_is_tuple(defs))
        return rt_raise(rt, RT_EXC_TypeError, "arg 4 (defaults) must be None or tuple");
    const rt_code *c = rt_code_of(a[0]);
    rt_value closure = a[4] && a[4] != RT_NONE ? a[4] : RT_NULL;
    if (closure && !rt_is_tuple(closure))
        return rt_raise(rt, RT_EXC_TypeError, "arg 5 (closure) must be tuple");
    int64_t ncells = closure ? rt_tuple_len(closure) : 0;
    if (c->nfreevars && !closure)
        return rt_raise(rt, RT_EXC_TypeError, "arg 5 (closure) must be tuple");
    if (ncells != (int64_t)c->nfreevars)
        return rt_raise(rt, RT_EXC_ValueError, "%s requires closure of length %u, not %" PRId64,
                        rt_str_data(c->name), c->nfreevars, ncells);
    rt_value cells[64];
    if (ncells > 64) /* (a closure over more names is made by source only) */
        return rt_raise(rt, RT_EXC_ValueError, "closure of %" PRId64 " cells is too long", ncells);
    for (int64_t i = 0; i < ncells; i++) {
        rt_value cell = rt_tuple_get(closure, i);
        if (rt_type_of(cell) != RT_T_CELL)
            return rt_raise(rt, RT_EXC_TypeError, "arg 5 (closure) expected cell, found %s",
                            rt_type_name(cell));
    }
    for (int64_t i = 0; i < ncells; i++) {
        cells[i] = rt_tuple_get(closure, i);
        rt_incref(cells[i]);
    }
    rt_incref(defs);
    rt_value f = rt_func_new_in(rt, a[0], defs, RT_NULL, cells, a[1]);
    if (f && name && rt_func_setattr(rt, f, rt->ids[RT_ID_name], name) < 0) {
        rt_decref(rt, f);
        return RT_NULL;
    }
    return f;
}

rt_value rt__func_repr(rt_state *rt, rt_value fv)
{
    rt_func *f = rt_func_of(fv);
    rt_value q = f->code->qualname;
    if (rt_func_dict(f)) {
        rt_value v = rt_dict_get_cstr(rt, rt_func_dict(f), "__qualname__");
        if (v && rt_is_str(v))
            q = v;
    }
    return rt_str_printf(rt, "<function %s at 0x%" PRIx64 ">", rt_str_data(q),
                         rt__objid(rt, (const rt_obj *)f));
}

/* ---- slots ------------------------------------------------------------------ */

static size_t func_size(const rt_obj *o)
{
    const rt_func *f = (const rt_func *)o;
    return sizeof(rt_gc_link) + func_bytes_of(f) +
           (rt_func_extra_of(f) ? sizeof(rt_func_extra) : 0);
}

static void func_traverse(rt_obj *o, rt_visit_fn visit, void *arg)
{
    rt__func_each_ref((rt_func *)o, visit, arg);
}

static void clear_slot(rt_state *rt, rt_value *slot)
{
    rt_value v = *slot;
    *slot = RT_NULL;
    rt_decref(rt, v);
}

static void func_clear(rt_state *rt, rt_obj *o)
{
    rt_func *f = (rt_func *)o;
    rt_func_extra *x = rt_func_extra_of(f);
    if (x) { /* the record itself stays: it holds the registry index */
        clear_slot(rt, &x->defaults);
        clear_slot(rt, &x->kwdefaults);
        clear_slot(rt, &x->dict);
    }
    f->hdr.flags |= RT_FUNC_F_CLEARED; /* before its cells go: frames stop borrowing them */
    /* the cells, then the own globals slot when flagged (it stays; RT_NULL
     * reads as the module's): counted once, as rt_decref is opaque */
    uint32_t n = f->code->nfreevars + ((f->hdr.flags & RT_FUNC_F_GLOBALS) != 0);
    rt_value *cells = f->cells;
    for (uint32_t i = 0; i < n; i++)
        if (cells[i])
            clear_slot(rt, &cells[i]);
}

static void func_dealloc(rt_state *rt, rt_obj *o)
{
    rt_func *f = (rt_func *)o;
    rt_code *c = f->code;
    rt__inspect_function_died(rt, o);
    /* one the collector cleared (most of a cycle's functions) holds no cell
     * and no globals slot any more: only its extra record's slots may have
     * been set again since */
    rt_func_extra *x = rt_func_extra_of(f);
    if (!(f->hdr.flags & RT_FUNC_F_CLEARED))
        func_clear(rt, o);
    else if (x) {
        clear_slot(rt, &x->defaults);
        clear_slot(rt, &x->kwdefaults);
        clear_slot(rt, &x->dict);
    }
    if (x)
        rt_heap_free(rt, o, x, sizeof *x);
    size_t bytes = func_bytes_of(f);
    rt__obj_free_inline(rt, o, RT_T_FUNCTION, bytes);
    rt_decref(rt, rt_from_obj(c));
}

const rt_typeinfo rt__function_typeinfo = {"function",    true,       func_size,
                                           func_traverse, func_clear, func_dealloc};
