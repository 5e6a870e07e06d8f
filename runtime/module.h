/* module.h: module objects (RT_T_MODULE) for the builtin modules `sys` and
 * `gc`: a name and a dict of members (builtin functions and values).
 *
 * Ownership: a module owns its name and dict. rt->modules (a dict) owns the
 * module objects; IMPORT_NAME looks them up there. */
#ifndef CLOSURED_RUNTIME_MODULE_H
#define CLOSURED_RUNTIME_MODULE_H

#include "runtime/object.h"

typedef struct rt_module {
    rt_obj hdr;
    rt_value name; /* str, owned */
    rt_value dict; /* dict, owned */
} rt_module;

static inline rt_module *rt_module_of(rt_value v)
{
    return (rt_module *)rt_as_obj(v);
}

/* Creates the sys and gc modules into rt->modules (a new dict). 0 or -1. */
int rt__modules_init(rt_state *rt);
void rt__modules_dispose(rt_state *rt);

/* The module named name (interned str), borrowed, or RT_NULL with
 * ModuleNotFoundError "No module named 'x'" set (a class made here, deriving
 * from ImportError(Exception), since RT_EXC_LIST has neither). */
rt_value rt_module_import(rt_state *rt, rt_value name);

extern const rt_typeinfo rt__module_typeinfo;

#endif
