/* instattr.h: the VM's fast paths for attributes of instances of user
 * classes. Each gives the same result as rt_getattr / rt_setattr /
 * rt_getattr-then-bind would, or hands the VM a Python function to run as
 * a frame instead of a nested call. obj is an instance (RT_T_INSTANCE),
 * borrowed; name an interned str, borrowed. */
#ifndef CLOSURED_RUNTIME_INSTATTR_H
#define CLOSURED_RUNTIME_INSTATTR_H

#include "runtime/object.h"

/* obj.name: a new reference, or RT_NULL with an exception set, or RT_NULL
 * with *getter set (borrowed; *getter is RT_NULL on entry) when the name is
 * a property whose getter is a Python function: the VM calls it with obj. */
rt_value rt__inst_load_attr(rt_state *rt, rt_value obj, rt_value name, rt_value *getter);

/* obj.name = v (v borrowed): 0, or -1 with an exception set, or 0 with
 * *setter set (borrowed; RT_NULL on entry) when the name is a property
 * whose setter is a Python function: the VM calls it with (obj, v). */
int rt__inst_store_attr(rt_state *rt, rt_value obj, rt_value name, rt_value v, rt_value *setter);

/* The Python function (borrowed) that obj.name would bind as a method:
 * found on the class, no __getattribute__, not shadowed by the instance
 * dict. RT_NULL when the generic path must decide (rt->exc may be set). */
rt_value rt__inst_find_method(rt_state *rt, rt_value obj, rt_value name);

#endif
