/* mappingproxy.h: the read-only dict view (RT_T_MAPPINGPROXY) that a
 * class's __dict__ returns; the protocol (len, in, [], iter, ==, repr, str)
 * goes to its dict through ops.c. */
#ifndef CLOSURED_RUNTIME_MAPPINGPROXY_H
#define CLOSURED_RUNTIME_MAPPINGPROXY_H

#include "runtime/builtin.h"
#include "runtime/object.h"

typedef struct rt_mproxy {
    rt_obj hdr;
    rt_value mapping; /* the dict, owned */
} rt_mproxy;

static inline rt_mproxy *rt_mproxy_of(rt_value v)
{
    return (rt_mproxy *)rt_as_obj(v);
}

/* A new proxy of dict (borrowed). New reference, or NULL on MemoryError. */
rt_value rt_mproxy_new(rt_state *rt, rt_value dict);
/* mappingproxy(mapping): a proxy of a dict (or a dict subclass's dict);
 * TypeError for anything else. */
rt_value rt__mproxy_construct(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames);
/* "mappingproxy({...})". */
rt_value rt__mproxy_repr(rt_state *rt, rt_value v);

extern const rt_typeinfo rt__mproxy_typeinfo;
extern const rt_builtin_def rt__mproxy_methods[];

#endif
