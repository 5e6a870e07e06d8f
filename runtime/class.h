/* class.h: user-defined classes and what they are made of: instances
 * (RT_T_INSTANCE), bound methods (RT_T_METHOD), the descriptors
 * staticmethod / classmethod / property, super objects, NotImplemented,
 * class creation with its C3 MRO, attribute lookup through the MRO, and the
 * special-method ("dunder") calls the object protocol (ops.c) makes on
 * instances of user classes.
 *
 * Ownership: an instance owns its class and its attribute dict; a bound
 * method owns its function and its receiver; a descriptor owns what it
 * wraps; a super object owns its class, receiver and receiver type. A class
 * (type.h) owns its name, bases, MRO tail, dict and slots.
 *
 * Special methods are looked up on the type, never on the instance (as in
 * CPython). They run as nested calls (rt_call) when C code needs their
 * result at once; the VM pushes a frame instead for the ones it can resume
 * (calling a class with a Python __init__, calling an instance's bound
 * method). */
#ifndef CLOSURED_RUNTIME_CLASS_H
#define CLOSURED_RUNTIME_CLASS_H

#include "runtime/ids.h"
#include "runtime/object.h"
#include "runtime/ops.h"

/* An instance of a user class whose solid base is `object`. `dict` is
 * created on the first attribute store (RT_NULL until then). */
typedef struct rt_inst {
    rt_obj hdr;
    uint32_t vcount;  /* attribute values held inline (dict is RT_NULL) */
    uint32_t vcap;    /* room for them after the slots, fixed at birth */
    rt_value cls;     /* type object, owned */
    rt_value dict;    /* dict or RT_NULL, owned */
    rt_value slots[]; /* the class's nslots __slots__ values (RT_NULL: unset), owned,
                         then vcap attribute values */
} rt_inst;

/* An instance's attributes live in one of two places:
 * - inline (dict RT_NULL): values[i] is the attribute named by the class's
 *   shared keys' name i (shkeys.h), for i < vcount, every one set: the
 *   instance added exactly the names 0..vcount-1 in that order, which is
 *   therefore the order vars() shows. A store that would break this (a name
 *   out of order, past vcap, deletion other than of the last name) first
 *   moves the values into a dict;
 * - in a dict (dict set, vcount 0), for good: asked for its __dict__, given
 *   one, or moved as above. Classes whose instances take only __slots__
 *   (RT_TF_NODICT) have neither. */
static inline rt_value *rt__inst_values(rt_inst *in, uint32_t nslots)
{
    return in->slots + nslots;
}

/* Bound methods, staticmethod, classmethod, property and super share one
 * layout of up to four owned references:
 *   METHOD        a = function (any callable), b = receiver (self or a class)
 *   STATICMETHOD  a = function
 *   CLASSMETHOD   a = function
 *   PROPERTY      a = fget, b = fset, c = fdel, d = doc (each RT_NULL if none)
 *   PROPERTY      e = the name it is bound to in its class (__set_name__), or RT_NULL
 *   SUPER         a = the class it starts after, b = receiver, c = receiver's type
 *   MEMBER        a = the slot's name, b = the class that declared it, c = its index
 *                 (a small int) in rt_inst.slots */
typedef struct rt_descr {
    rt_obj hdr;
    rt_value a, b, c, d, e;
} rt_descr;

static inline rt_inst *rt_inst_of(rt_value v)
{
    return (rt_inst *)rt_as_obj(v);
}
static inline rt_descr *rt_descr_of(rt_value v)
{
    return (rt_descr *)rt_as_obj(v);
}
static inline bool rt_is_inst(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_INSTANCE;
}
static inline bool rt_is_method(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_METHOD;
}

/* ---- objects (descr.c) ----------------------------------------------------- */

/* A new blank instance of cls (borrowed), its slots unset. */
rt_value rt_inst_new(rt_state *rt, rt_value cls);
/* Get, set (v) or delete (v == RT_NULL) through a member descriptor (a
 * __slots__ entry) on obj. */
rt_value rt__member_get(rt_state *rt, rt_value m, rt_value obj);
int rt__member_set(rt_state *rt, rt_value m, rt_value obj, rt_value v);

/* ---- getset descriptors (getset.c) -------------------------------------------
 * CPython's getset_descriptor: a computed attribute of the instances of one
 * class, found in that class's __dict__. Kinds: the instance's __dict__ and
 * its first weak reference (the entries a class statement adds when no base
 * has them yet), and a data attribute of a builtin type (function.__code__),
 * read through that object's own attribute lookup. Layout rt_descr: a the
 * name (str), b the class, c the kind (smallint). */
enum { RT_GETSET_DICT, RT_GETSET_WEAKREF, RT_GETSET_BUILTIN };
/* A new descriptor of kind for name (borrowed) on cls (borrowed). */
rt_value rt__getset_new(rt_state *rt, rt_value name, rt_value cls, int kind);
/* Reading (obj an instance: its value; type-checked as CPython's) and
 * assigning or deleting (v RT_NULL) through d on obj. */
rt_value rt__getset_get(rt_state *rt, rt_value d, rt_value obj);
int rt__getset_set(rt_state *rt, rt_value d, rt_value obj, rt_value v);
rt_value rt__getset_getattr(rt_state *rt, rt_value d, rt_value name);
rt_value rt__getset_repr(rt_state *rt, rt_value d);
/* The __dict__ and __weakref__ entries of a new class's namespace dict, when
 * its slots (a tuple, or RT_NULL without __slots__) allow them and no class
 * of mro after the first has one yet. */
int rt__class_add_getsets(rt_state *rt, rt_value cls, rt_value dict, rt_value mro, rt_value slots);
/* The data attributes a builtin type's instances compute (function:
 * __code__, __defaults__, ...), NULL-terminated; NULL for none. */
const char *const *rt__builtin_getset_names(rt_type_id type);
/* What a builtin type's __dict__ shows: a new dict (a copy), or RT_NULL. */
rt_value rt__builtin_type_dict(rt_state *rt, rt_value t);

/* A new bound method of func (borrowed) on self (borrowed). */
rt_value rt_method_new(rt_state *rt, rt_value func, rt_value self);
/* A new descriptor of kind (STATICMETHOD, CLASSMETHOD, PROPERTY, SUPER) with
 * the fields of rt_descr (borrowed; RT_NULL where absent). */
rt_value rt_descr_new(rt_state *rt, rt_type_id kind, rt_value a, rt_value b, rt_value c,
                      rt_value d);
/* NotImplemented (borrowed; one per state). */
rt_value rt_notimpl(rt_state *rt);

/* ---- classes (class.c) ------------------------------------------------------ */

/* The class statement's last step and type(name, bases, dict): a new class
 * named name (str) with bases (tuple; empty means (object,)) and the
 * namespace ns (dict, copied). Sets the __class__ cell the body left in
 * ns['__classcell__']. New reference, or RT_NULL with TypeError worded as
 * CPython (bad bases, MRO conflict). */
rt_value rt_class_new(rt_state *rt, rt_value name, rt_value bases, rt_value ns);
/* The same for `class C(B, k=v)`: kw (a dict of str keys, borrowed, or
 * RT_NULL) goes to the parent's __init_subclass__ as keyword arguments. */
rt_value rt_class_new_kw(rt_state *rt, rt_value name, rt_value bases, rt_value ns, rt_value kw);

/* The attribute `name` found in the dict of t or of a class in t's MRO,
 * borrowed, or RT_NULL (no exception set). */
rt_value rt_type_lookup(rt_state *rt, rt_value t, rt_value name);
/* The lookup cache's entry for rt_type_lookup(t, name) (typecache.h),
 * filled on a miss: e->value is the result, e->hint free for the caller's
 * instance-dict hint. NULL when the lookup may not be cached (then call
 * rt_type_lookup) or, with rt->exc set, when it raised. */
struct rt_tcache_entry *rt__type_lookup_entry(rt_state *rt, rt_value t, rt_value name);
/* Same, as a C string (interned lookup of a dunder name). */
rt_value rt_type_lookup_cstr(rt_state *rt, rt_value t, const char *name);

/* True when t is a class made by a class statement or type(). */
bool rt_type_is_heap(rt_value t);

/* A user special method of v's class (borrowed) or RT_NULL: only classes
 * made by a class statement define them. Fast when v is no instance. */
rt_value rt__special(rt_state *rt, rt_value v, rt_id id);

/* Calls special method m (borrowed) found on v's type with v and the
 * arguments: functions bind v, staticmethods do not. New reference. */
rt_value rt__call_special(rt_state *rt, rt_value m, rt_value v, const rt_value *args, size_t nargs);

/* Binds what was found on a type (descr, borrowed) to obj / its type, the
 * descriptor protocol: a function becomes a bound method, a classmethod
 * binds the type, a staticmethod unwraps, a property calls its getter, an
 * object whose class defines __get__ is asked. obj == RT_NULL: looked up on
 * the class itself. New reference. */
rt_value rt__descr_get(rt_state *rt, rt_value descr, rt_value obj, rt_value type);

/* The first class after `after` (RT_NULL: from t itself) in t's MRO whose
 * dict holds name: its value (borrowed), or RT_NULL with *def the builtin
 * method of a native class there (NULL when none). Cached in the type
 * cache (typecache.h, RT_TC_MRO). */
rt_value rt__mro_find(rt_state *rt, rt_value t, rt_value after, rt_value name,
                      const rt_builtin_def **def);
/* True when descr defines __set__ or __delete__ (property, or a user class
 * with either): it takes precedence over the instance dict. */
bool rt__is_data_descr(rt_state *rt, rt_value descr);

/* rt_class_new_kw for a class whose metaclass is meta (a subclass of type,
 * borrowed; the most derived of it and the bases' metaclasses is recorded):
 * type.__new__(meta, name, bases, ns, **kw). New reference, or NULL. */
rt_value rt__class_new_meta(rt_state *rt, rt_value meta, rt_value name, rt_value bases, rt_value ns,
                            rt_value kw);

/* ---- metaclasses (meta.c) ---------------------------------------------------- */

/* The metaclass of class cls (borrowed): its meta, or type. */
rt_value rt__meta_of(rt_state *rt, rt_value cls);
/* True when v is type or a subclass of it. */
bool rt__is_metaclass(rt_state *rt, rt_value v);
/* The most derived of meta (borrowed, RT_NULL: type) and the metaclasses of
 * bases (a tuple): borrowed, or NULL with TypeError "metaclass conflict". */
rt_value rt__meta_winner(rt_state *rt, rt_value meta, rt_value bases);
/* The namespace a class body fills: the metaclass's __prepare__(name,
 * bases, **kw) when it has one (a dict, or a dict subclass's dict), else a
 * new dict. kw (borrowed, may be RT_NULL) is the statement's keywords.
 * New reference, or NULL. */
rt_value rt__class_namespace(rt_state *rt, rt_value name, rt_value bases, rt_value kw);
/* The class statement's last step: the class its metaclass makes of name,
 * bases and ns (borrowed); kw (the statement's keywords, a dict the caller
 * owns; `metaclass` is taken out of it) goes to the metaclass. New
 * reference, or NULL. */
rt_value rt__class_build(rt_state *rt, rt_value name, rt_value bases, rt_value ns, rt_value kw);
/* type's builtin method `name` (__new__, __init__, __call__, mro...), or NULL. */
const rt_builtin_def *rt__type_method_find(rt_state *rt, rt_value name);
/* The __call__ cls's metaclass defines in Python (borrowed), or RT_NULL. */
rt_value rt__meta_call(rt_state *rt, rt_value cls);
/* At the creation of class cls: when its metaclass defines mro(), calls it and
 * makes what it returns (a sequence of classes) cls's MRO. 0, or -1 with an
 * exception set (TypeError "mro() returned a non-class"). */
int rt__meta_mro(rt_state *rt, rt_value cls);
/* The C3 order of class cls without cls: its bases and their MROs merged
 * (a builtin type's own MRO). A new tuple, or RT_NULL with TypeError. */
rt_value rt__class_c3(rt_state *rt, rt_value cls);
/* The instance layout the bases of a class give (*inst_type: instances or exceptions,
 * *native: the builtin type whose value they carry, 0 for none): 0, or -1 with CPython's
 * TypeError for bases that are not classes, repeated, or do not fit together. */
int rt__class_bases_layout(rt_state *rt, rt_value bases, int *inst_type, int *native);
/* cls.__bases__ = v (v RT_NULL: del): CPython's checks, then the MRO of cls and of every
 * class below it computed again (all put back when one fails). 0, or -1 with an exception
 * set. class_bases.c. */
int rt__class_set_bases(rt_state *rt, rt_value cls, rt_value v);
/* cls.__subclasses__(): a new list of the live classes with cls among their
 * direct bases, or RT_NULL with MemoryError. */
rt_value rt__class_subclasses(rt_state *rt, rt_value cls);
/* A data descriptor (property...) named `name` on cls's metaclass
 * (borrowed), or RT_NULL: it wins over cls's own attributes. */
rt_value rt__meta_data_attr(rt_state *rt, rt_value cls, rt_value name);
/* cls.name found on its metaclass (methods bound to cls, type's own methods
 * such as mro): new reference with *found, or RT_NULL with *found false (no
 * exception) or with an exception set. */
rt_value rt__meta_getattr(rt_state *rt, rt_value cls, rt_value name, bool *found);
/* isinstance(x, cls) (sub false) or issubclass(x, cls) asked of the metaclass's
 * __instancecheck__/__subclasscheck__ when it defines one in Python: the truth of its
 * answer 1/0, -1 with an exception, or -2 when it defines none (the plain check decides). */
int rt__meta_check(rt_state *rt, rt_value cls, rt_value x, bool sub);
/* The special method id on cls's metaclass (borrowed), for operations on
 * the class itself (len(C), iter(C), C[k]); RT_NULL without a metaclass. */
rt_value rt__meta_special(rt_state *rt, rt_value cls, rt_id id);
/* Setting (v) or deleting (v == RT_NULL) cls.name through its metaclass:
 * its __setattr__/__delattr__ or a data descriptor there. 0 or -1 when the
 * metaclass handled it, 1 when the plain class attribute path applies. */
int rt__meta_setattr(rt_state *rt, rt_value cls, rt_value name, rt_value v);
/* rt__type_setattr without the metaclass: type.__setattr__. */
int rt__type_setattr_raw(rt_state *rt, rt_value t, rt_value name, rt_value v);
/* type.__call__(cls, ...): cls's __new__ and __init__, past its
 * metaclass's __call__. */
rt_value rt__class_construct(rt_state *rt, rt_value cls, const rt_value *args, size_t nargs,
                             rt_value kwnames);

/* Calling a class: __new__ then __init__ (class.c). */
rt_value rt__class_call(rt_state *rt, rt_value cls, const rt_value *args, size_t nargs,
                        rt_value kwnames);
/* The instance a call of cls would initialise, when cls has a Python
 * __init__ the VM can run as a frame and the default __new__: a new blank
 * instance, with *init set to the __init__ function (borrowed). RT_NULL
 * with *init = RT_NULL when the call must go through rt__class_call. */
rt_value rt__class_prepare_init(rt_state *rt, rt_value cls, rt_value *init);

/* Attribute protocol of classes, instances and super objects. */
rt_value rt__type_getattr(rt_state *rt, rt_value t, rt_value name);
int rt__type_setattr(rt_state *rt, rt_value t, rt_value name, rt_value v);
rt_value rt__inst_getattr(rt_state *rt, rt_value obj, rt_value name);
/* v == RT_NULL deletes. */
int rt__inst_setattr(rt_state *rt, rt_value obj, rt_value name, rt_value v);
/* object.__getattribute__ / __setattr__ semantics without the class's
 * __getattr__/__setattr__ hooks (the generic algorithm). *dictp is the
 * address of the object's dict field (created on demand for stores). */
rt_value rt__generic_getattr(rt_state *rt, rt_value obj, rt_value name, rt_value *dictp,
                             bool allow_hook);
int rt__generic_setattr(rt_state *rt, rt_value obj, rt_value name, rt_value v, rt_value *dictp);
/* Property p's __set__ (v) or __delete__ (v RT_NULL) on obj: calls its fset or
 * fdel; AttributeError when it has none. 0 or -1. */
int rt__property_set(rt_state *rt, rt_value p, rt_value obj, rt_value v);
/* rt__generic_getattr with what name's lookup on the type found (borrowed,
 * RT_NULL for nothing): the VM looks it up once per attribute access. */
rt_value rt__generic_getattr_descr(rt_state *rt, rt_value obj, rt_value name, rt_value *dictp,
                                   bool allow_hook, rt_value descr);
rt_value rt__super_getattr(rt_state *rt, rt_value s, rt_value name);
/* The Python function (borrowed) that super object s (bound to an
 * instance) finds as `name` after its class, which rt__super_getattr would
 * bind to the instance; RT_NULL when it finds anything else. */
rt_value rt__super_find_method(rt_state *rt, rt_value s, rt_value name);
/* super().name in the running frame without making the super object: true
 * with *fn (the Python function found after the frame's __class__ in its
 * receiver's MRO) and *self (the receiver), both borrowed, when
 * super().name would be that function bound to the receiver; false, with no
 * exception set, whenever it would be anything else or raise. */
bool rt__super_zero_method(rt_state *rt, rt_value name, rt_value *fn, rt_value *self);
/* Where a zero-argument super() in a frame of code finds its receiver and
 * its class, the same for every frame of code: *self_cell the index in the
 * frame's cells of the first argument when that is a cell (-1: locals[0]),
 * *class_cell the index of the __class__ cell (-1: code has none). */
struct rt_code;
void rt__super_slots(rt_state *rt, const struct rt_code *c, int32_t *self_cell,
                     int32_t *class_cell);

/* The instance-dict slot of obj (instances and exceptions), or NULL. */
rt_value *rt__dict_slot(rt_value obj);

/* Inline attribute values (the layout is at rt_inst; obj an instance,
 * borrowed; name a str, borrowed; v borrowed):
 * - value_find: the inline value of name (borrowed), or RT_NULL when the
 *   instance holds none inline;
 * - dict_get: the instance's __dict__ (borrowed), made from its inline
 *   values the first time (they move into it, for good); RT_NULL with
 *   MemoryError;
 * - value_set: obj.name = v into the inline values or the dict, whichever
 *   holds the attributes (moving them into a dict when v cannot go inline);
 *   *hint (may be NULL) gets name's index in the class's keys. 0 or -1;
 * - value_del: 1 when name was an attribute and is deleted, 0 when it was
 *   none (no exception), -1 with an exception set;
 * - keys_note: the instance's dict, which had `had` names, gained name:
 *   the class's keys learn it when they held as many (0, -1 on MemoryError). */
rt_value rt__inst_value_find(rt_state *rt, rt_value obj, rt_value name);
rt_value rt__inst_dict_get(rt_state *rt, rt_value obj);
int rt__inst_value_set(rt_state *rt, rt_value obj, rt_value name, rt_value v, int32_t *hint);
int rt__inst_value_del(rt_state *rt, rt_value obj, rt_value name);
int rt__inst_keys_note(rt_state *rt, rt_value obj, rt_value name, int64_t had);

/* The methods of `object` itself (a table ending in {NULL, NULL}, its
 * length with the terminator) and BaseException's __init__: class_object.c. */
extern const rt_builtin_def rt__object_methods[];
extern const size_t rt__object_methods_count;
extern const rt_builtin_def rt__exc_init_def;
/* object.__new__(cls, *args): args[0] is the class; a new instance, or RT_NULL
 * with an exception (abstract classes, excess arguments). */
rt_value rt__object_new(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                        rt_value kwnames);

/* The builtin method of object / BaseException / a builtin type that t
 * inherits as `name`, or NULL. */
const rt_builtin_def *rt__builtin_method_find(rt_state *rt, rt_value t, rt_value name);

/* The builtin attribute functions (builtins_mod.c uses them). */
rt_value rt__builtin_super(rt_state *rt, const rt_value *args, size_t nargs);
/* dir(v): sorted list of attribute names. */
rt_value rt__dir(rt_state *rt, rt_value v);
/* The default listing of v (object.__dir__): its own dict's keys, its class's
 * attributes along the MRO and its slots, sorted. A new list, or RT_NULL. */
rt_value rt__dir_default(rt_state *rt, rt_value v);

/* ---- instance protocol (instance.c) ------------------------------------------
 * Each returns what the matching ops.c function returns; ops.c calls them
 * when v (or either operand) is an instance of a user class. */
rt_value rt__inst_repr(rt_state *rt, rt_value v);
rt_value rt__inst_str(rt_state *rt, rt_value v);
rt_value rt__inst_binop(rt_state *rt, rt_binop_kind op, rt_value a, rt_value b, bool inplace);
rt_value rt__inst_unop(rt_state *rt, rt_unop_kind op, rt_value a);
/* a @ b (a @= b when inplace): __matmul__, __rmatmul__, __imatmul__. */
rt_value rt__inst_matmul(rt_state *rt, rt_value a, rt_value b, bool inplace);
rt_value rt__inst_compare(rt_state *rt, rt_cmp_kind op, rt_value a, rt_value b);
/* a's own side of a OP b alone (a's class's method, no reflection, no
 * error): what list.sort asks first when every key has the same class, as
 * CPython's sort calls the type's comparison slot directly. NotImplemented
 * (a new reference) when a's side does not answer. */
rt_value rt__inst_compare_own(rt_state *rt, rt_cmp_kind op, rt_value a, rt_value b);
int rt__inst_truthy(rt_state *rt, rt_value v);
int rt__inst_hash(rt_state *rt, rt_value v, int64_t *out);
int rt__inst_len(rt_state *rt, rt_value v, int64_t *out);
int rt__inst_contains(rt_state *rt, rt_value c, rt_value x);
rt_value rt__inst_getitem(rt_state *rt, rt_value v, rt_value key);
/* val == RT_NULL deletes. */
int rt__inst_setitem(rt_state *rt, rt_value v, rt_value key, rt_value val);
rt_value rt__inst_getiter(rt_state *rt, rt_value v);
int rt__inst_iternext(rt_state *rt, rt_value it, rt_value *out);
rt_value rt__inst_call(rt_state *rt, rt_value v, const rt_value *args, size_t nargs,
                       rt_value kwnames);
rt_value rt__inst_format(rt_state *rt, rt_value v, rt_value spec);

/* ---- classes derived from builtin types (subclass.c) ---------------------------------
 * An instance of a class whose rt_type_obj.native is set carries a builtin
 * value (its "base value") in slots[0]; the protocol falls back to it. */

/* True when values of builtin type `type_id` may be a class's base value. */
bool rt__native_kind_ok(int type_id);
/* v's base value (borrowed), or RT_NULL when v is no instance of a class
 * derived from a builtin type (or its base value is not made yet). */
rt_value rt__native_base(rt_value v);
/* getter, setter or deleter of an instance of a property subclass: the
 * builtin that makes the copy with one accessor replaced, as a new instance
 * of that class (type(self)(fget, fset, fdel, None), as CPython); NULL for any
 * other name. */
const rt_builtin_def *rt__property_copier(rt_value name);
/* v's base value when it has one, else v (borrowed either way). */
rt_value rt__native_unwrap(rt_value v);
/* Gives a new instance of a class derived from a mutable builtin its empty
 * base value (rt_inst_new calls it). 0, or -1 on MemoryError. */
int rt__native_fill(rt_state *rt, rt_value inst);
/* True when instances of cls are made only by the builtin's __new__ (tuple,
 * str, int, float bases: the value comes from the arguments). */
bool rt__native_needs_new(rt_value cls);
/* The special method `name` (dict.__getitem__, tuple.__new__, ...) that the
 * builtin type exposes by name, or NULL (rt_method_find asks it last). */
const rt_builtin_def *rt__slot_method_find(rt_state *rt, rt_type_id type, rt_value name);
/* Puts the names rt__slot_method_find answers for type into the dict set
 * (keys, None values), for dir(): 0, or -1 with MemoryError. */
int rt__slot_method_names(rt_state *rt, rt_type_id type, rt_value set);
/* Puts the names of every method rt_method_find answers for type (its
 * method table's and the special methods above) into set: 0 or -1. */
int rt__method_names(rt_state *rt, rt_type_id type, rt_value set);
/* True for the __init__ of a builtin base (list, dict, set: fills the base value). */
bool rt__slot_method_is_init(const rt_builtin_def *def);
/* v[key] for an instance v whose class defines no __getitem__: base[key],
 * with the class's __missing__ for dict bases. New reference. */
rt_value rt__native_getitem(rt_state *rt, rt_value v, rt_value base, rt_value key);
/* The receiver a builtin method def found on obj's class binds to: obj's
 * base value for a method of the builtin base, obj itself otherwise
 * (object's methods). Borrowed. */
rt_value rt__builtin_receiver(rt_value obj, const rt_builtin_def *def);

/* True when v's class is a user class (an instance, or an exception of a
 * user exception class): the protocol asks its special methods first. */
bool rt__is_user_obj(rt_value v);

/* descr.c: attributes, repr and construction (property(...), staticmethod(f),
 * super(...)) of the descriptor kinds and NotImplemented. */
rt_value rt__descr_getattr(rt_state *rt, rt_value v, rt_value name);
rt_value rt__descr_repr(rt_state *rt, rt_value v);
/* Sets or deletes (value RT_NULL) an attribute of a property: only __doc__ is
 * writable, as in CPython. 0, or -1 with AttributeError. */
int rt__property_setattr(rt_state *rt, rt_value v, rt_value name, rt_value value);
rt_value rt__descr_construct(rt_state *rt, rt_type_id kind, const rt_value *args, size_t nargs,
                             rt_value kwnames);
/* The interned names and NotImplemented (state.c calls them). */
int rt__ids_init(rt_state *rt);
void rt__ids_dispose(rt_state *rt);
/* setattr(v, name, value) and delattr (value RT_NULL) for any value. */
int rt_setattr(rt_state *rt, rt_value v, rt_value name, rt_value value);

extern const rt_typeinfo rt__inst_typeinfo;
extern const rt_typeinfo rt__method_typeinfo;
extern const rt_typeinfo rt__staticmethod_typeinfo;
extern const rt_typeinfo rt__classmethod_typeinfo;
extern const rt_typeinfo rt__property_typeinfo;
extern const rt_typeinfo rt__super_typeinfo;
extern const rt_typeinfo rt__notimpl_typeinfo;
extern const rt_typeinfo rt__ellipsis_typeinfo;
extern const rt_typeinfo rt__member_typeinfo;
extern const rt_typeinfo rt__getset_typeinfo;

#endif
