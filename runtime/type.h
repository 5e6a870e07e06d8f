/* type.h: type objects (RT_T_TYPE): the builtin types, one per rt_type_id,
 * created per state; exception classes (builtin and user-defined) share the
 * representation. Also isinstance and the names used in error messages.
 *
 * A type object is immutable after creation except `dict` (class
 * attributes, owned by the VM side). rt->type_objs[id] holds one reference
 * to each builtin type object; rt->exc_types (exc.c) to each exception class. */
#ifndef CLOSURED_RUNTIME_TYPE_H
#define CLOSURED_RUNTIME_TYPE_H

#include "runtime/object.h"
#include "runtime/ops.h"
#include "runtime/state.h"

typedef struct rt_type_obj {
    rt_obj hdr;
    int8_t inst_type;  /* rt_type_id of instances (RT_T_EXC for exception classes) */
    int8_t exc_kind;   /* rt_exc_kind for a builtin exception class, -1 otherwise */
    uint8_t tflags;    /* RT_TF_* */
    uint8_t native;    /* a class derived from a builtin type (dict, list, tuple, ...): that
                          type's rt_type_id, whose value each instance carries in slots[0]
                          (subclass.c); 0 (RT_T_NONE, never a base) otherwise */
    uint32_t nslots;   /* instance slot values (__slots__ of this class and its bases) */
    uint64_t version;  /* lookup cache tag (typecache.h): 0 until first cached, reset on change */
    rt_value name;     /* str, owned: "int", "ValueError", "MyError" */
    rt_value qualname; /* str, owned, or RT_NULL: same as name */
    rt_value base;     /* the first base, owned, or RT_NULL for object */
    rt_value bases;    /* tuple, owned, or RT_NULL: (base,) */
    rt_value mro;      /* tuple of the classes after this one in the MRO, owned (the type
                          itself is left out so a type does not own itself) */
    rt_value dict;     /* RT_NULL or a dict of class attributes, owned */
    rt_value slots;    /* tuple of str from __slots__, or RT_NULL */
    rt_value meta;     /* the metaclass (a heap subclass of type), owned, or RT_NULL: type */
    rt_value tpname;   /* str, owned, or RT_NULL: name. What errors call its instances: a
                          library class standing for one of CPython's C types is named there
                          with its module ("datetime.date"), set by _types.set_c_name */
    struct rt_shkeys *keys; /* its instances' shared attribute keys (shkeys.h), owned, or NULL */
    rt_value unbound;       /* a builtin type's methods taken from it (type.name): a dict of name to
                               the one unbound method object (builtin.c), owned, or RT_NULL */
} rt_type_obj;

enum {
    RT_TF_HEAP = 1u << 0,     /* made by a class statement or type(name, bases, dict) */
    RT_TF_NODICT = 1u << 1,   /* __slots__ without __dict__: instances take only slot names */
    RT_TF_EXCBUILT = 1u << 2, /* a builtin exception class (ImportError...) made by a module */
    RT_TF_ABSTRACT = 1u << 3, /* a true __abstractmethods__ was set: object.__new__ refuses it */
    /* (bit 4 is free: whether a class has attribute hooks is a fact of its
     * cached lookups, typecache.h, true for the whole MRO) */
    RT_TF_HASSUB = 1u << 5,  /* some class has (had) this one in its MRO (typecache.h) */
    RT_TF_DICTOUT = 1u << 6, /* its namespace dict was handed out: lookups are not cached */
    RT_TF_NEWSET = 1u << 7,  /* its dict has (had) __new__: CPython's instance slot then stays
                                the one calling __new__, so once that is deleted object.__new__
                                is called with the arguments and refuses them (class.c) */
};

static inline rt_type_obj *rt_type_obj_of(rt_value t)
{
    return (rt_type_obj *)rt_as_obj(t);
}

/* Creates rt->type_objs[*] (bool's base is int). Called by state.c after
 * rt__gc_init and before the exception classes. 0, or -1 on MemoryError. */
int rt__types_init(rt_state *rt);
/* Releases rt->type_objs[*]. */
void rt__types_dispose(rt_state *rt);

/* A new exception class named `name` (copied) with base class `base`
 * (borrowed; RT_NULL only for BaseException) and kind = the builtin
 * rt_exc_kind it represents, or -1 for a user-defined subclass. New reference. */
rt_value rt_type_new_exc_class(rt_state *rt, const char *name, rt_value base, int kind);

/* type(v) as a type object, borrowed. For an exception instance, its class
 * (via rt__exc_class). */
rt_value rt_type_obj_get(rt_state *rt, rt_value v);

/* The class of exception instance e, borrowed. Implemented by exc.c. */
rt_value rt__exc_class(rt_value e);

/* The Python name of v's type as used in error messages ("int", "str",
 * "NoneType", "list_iterator", "ValueError"...). Borrowed, valid while v lives. */
const char *rt_type_name(rt_value v);
/* The name of type object t ("int"). Borrowed. */
const char *rt_type_obj_name(rt_value t);

/* True when type object t is `base` or derives from it (bool from int,
 * exception classes through their base chain). */
bool rt_type_is_subtype(rt_value t, rt_value base);
/* isinstance(v, t) for a type object t. */
bool rt_isinstance(rt_state *rt, rt_value v, rt_value t);

/* The slot records rt_typeinfos points to. Each type's file defines its
 * own: the object core (num.c, str.c, tuple.c, list.c, dict.c, set.c,
 * range.c, iter.c, slice.c, type.c); the VM side defines function, cell,
 * code, frame, exc and module (func.c, cell.c, code.c, frame.c, exc.c,
 * module.c); builtin's is built in type.c from builtin.h's rt__builtin_*. */
extern const rt_typeinfo rt__type_typeinfo;
extern const rt_typeinfo rt__function_typeinfo;
extern const rt_typeinfo rt__cell_typeinfo;
extern const rt_typeinfo rt__code_typeinfo;
extern const rt_typeinfo rt__frame_typeinfo;
extern const rt_typeinfo rt__exc_typeinfo;
extern const rt_typeinfo rt__module_typeinfo;

#endif
