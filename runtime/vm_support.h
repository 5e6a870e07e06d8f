/* vm_support.h: helpers of the dispatch loop (vm.c) that are off its fast
 * paths: building errors, exec()'s name lookups, unpacking, f-strings,
 * dict merges and the context-manager protocol. Internal to the VM
 * (rt__vm_ prefix); each follows the runtime's error convention (RT_NULL or
 * -1 with an exception set). */
#ifndef CLOSURED_RUNTIME_VM_SUPPORT_H
#define CLOSURED_RUNTIME_VM_SUPPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/frame.h"
#include "runtime/object.h"
#include "runtime/rt.h"
#include "runtime/state.h"

/* The errors of a name with no value, worded as CPython's: NameError for a
 * global, UnboundLocalError for a local, NameError for a free variable
 * (cell index i of code c). Each returns RT_NULL. */
rt_value rt__vm_name_error(rt_state *rt, rt_value name);
rt_value rt__vm_unbound_local(rt_state *rt, rt_value name);
rt_value rt__vm_unbound_deref(rt_state *rt, rt_code *c, uint32_t i);

/* LOAD_GLOBAL in code run by exec()/eval(): exec's locals, then its globals,
 * then the builtins; uncached (new reference, or RT_NULL with NameError). */
rt_value rt__vm_name_lookup(rt_state *rt, const rt_frame *f, rt_value name);

/* A name in namespace ns, a dict or (a class body whose metaclass's
 * __prepare__ made it) any mapping, whose item methods then run: its value
 * (new reference), or RT_NULL, with no exception when ns has no such key. */
rt_value rt__vm_ns_get(rt_state *rt, rt_value ns, rt_value name);

/* Stores (v non-NULL) or deletes (v RT_NULL) a name in namespace ns, as
 * rt__vm_ns_get reads them: 0, or -1 with an exception (KeyError for a
 * missing name to delete). */
int rt__vm_ns_set(rt_state *rt, rt_value ns, rt_value name, rt_value v);

/* LOAD_GLOBAL's miss: name in globals (a module's dict), else in the
 * builtins, borrowed; fills the cache entry gc and marks both dicts
 * watched (dict.h). RT_NULL with NameError (or the lookup's error) set. */
rt_value rt__vm_global_fill(rt_state *rt, rt_gcache *gc, rt_value name, rt_value globals);

/* The value (borrowed) LOAD_GLOBAL entry gc (code.h) gives a frame reading
 * globals, or RT_NULL when it does not hold. */
static inline rt_value rt__gcache_value(const rt_state *rt, const rt_gcache *gc, rt_value globals)
{
    if (gc->epoch != rt->watch_epoch || gc->globals != globals)
        return RT_NULL;
    return *gc->slot;
}

/* Unpacks seq into dst[0..n) (new references, dst[0] = first item). */
int rt__vm_unpack_into(rt_state *rt, rt_value seq, rt_value *dst, int64_t n);

/* The exception instance that `raise v` raises (new reference), or RT_NULL. */
rt_value rt__vm_make_exc(rt_state *rt, rt_value v);

/* An f-string: the concatenation of the str items[0..n) (borrowed). */
rt_value rt__vm_build_string(rt_state *rt, rt_value *items, uint32_t n);

/* An f-string field: v converted by flags (!s, !r, !a) and formatted with
 * spec (RT_NULL: none); a new str. */
rt_value rt__vm_format_value(rt_state *rt, rt_value v, uint32_t flags, rt_value spec);

/* How call errors name the callable (CPython's _PyObject_FunctionStr): a
 * function as module.qualname() (no module for builtins), a builtin or a
 * type as name(). */
const char *rt__vm_callable_name(rt_state *rt, rt_value f, char *buf, size_t n);

/* {**src} into dst; `merge` (f(**src)) rejects repeated and non-str keys. */
int rt__vm_dict_update(rt_state *rt, rt_value dst, rt_value src, bool merge, rt_value fn);

/* The dict a call's **kwargs binds from: a new dict holding kwargs' items
 * (DICT_MERGE's copy, with its errors: a mapping that is no mapping, a
 * repeated or non-str key); RT_NULL with the exception set. Consumes the
 * reference to kwargs either way. */
rt_value rt__vm_kwargs_copy(rt_state *rt, rt_value kwargs, rt_value fn);

/* True when every key of dict d is a str (keywords a call can bind). */
bool rt__vm_str_keys(rt_value d);

/* Whether iter(v) can succeed, for the TypeError of a * or ** argument. */
bool rt__vm_is_iterable(rt_value v);

/* BEFORE_WITH: mgr's __exit__ (pair[0]) and __enter__ (pair[1]), bound to
 * it (new references); with async, __aexit__ and __aenter__. 0, or -1 with
 * CPython's TypeError when mgr has no such pair (or the binding's error). */
int rt__vm_with_enter(rt_state *rt, rt_value mgr, bool async, rt_value pair[2]);

/* True when v is an instance of a dict subclass whose class defines its own
 * __iter__ (a dict kept sorted): dict(v), update(v) and {**v} then go
 * through its keys() and items, not its storage, as CPython. */
bool rt__dict_iterates_own_way(rt_state *rt, rt_value v);

#endif
