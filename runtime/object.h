/* object.h: the value representation, the object header, and the ownership
 * rules every runtime file follows.
 *
 * ---------------------------------------------------------------------------
 * Values
 * ---------------------------------------------------------------------------
 * An rt_value is one machine word:
 *   ...bbbb1   a small int: the word shifted right by one (63-bit signed)
 *   ...bb000   a pointer to a heap object (never 0 when it is a value)
 *   ...bb010   a special: None, False, True
 *   0          RT_NULL: "no value": the error return, an unbound local, an
 *              empty cell. Never visible to Python code.
 * ints outside the 63-bit range are heap big ints of any size (bigint.h:
 * rt_int_obj, never holding a value an immediate could). bool is an int
 * subtype as in Python: arithmetic treats True as 1.
 *
 * ---------------------------------------------------------------------------
 * Ownership and refcount rules (read once, then each comment says one phrase)
 * ---------------------------------------------------------------------------
 * - A function that returns rt_value returns a NEW reference, or RT_NULL with
 *   an exception set on the state (rt->exc). Functions returning int return 0
 *   on success and -1 with an exception set.
 * - Arguments are BORROWED unless the comment says "steals": a stealing
 *   function takes over the caller's reference even when it fails.
 * - Containers own a reference to every element; cells own their contents;
 *   functions own their code, defaults, globals and cells; frames own their
 *   locals and stack.
 * - rt_incref/rt_decref accept any value (immediates and RT_NULL are no-ops).
 *   rt_decref may free the object at once (reference counting), which may
 *   free its children recursively via the type's dealloc; during a cycle
 *   collection frees are deferred by the collector (a phase flag).
 * - Allocation never triggers a collection directly: it sets rt->gc_pending,
 *   and the VM runs the collector at its next safe point (a backward jump or
 *   a call). So no half-built object is ever seen by the collector.
 * - Every allocation goes through heap.c (rt_obj_alloc / rt_heap_alloc),
 *   which counts bytes and objects by type and by site and enforces the heap
 *   limit (MemoryError). Each type's `size` slot is the only source of the
 *   sizes the runtime reports (sys.getsizeof, accounting, inspection).
 */
#ifndef CLOSURED_RUNTIME_OBJECT_H
#define CLOSURED_RUNTIME_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct rt_state rt_state;
typedef uint64_t rt_value;

/* ---- immediates -------------------------------------------------------- */

#define RT_NULL ((rt_value)0)
#define RT_NONE ((rt_value)0x02)
#define RT_FALSE ((rt_value)0x0A)
#define RT_TRUE ((rt_value)0x12)

#define RT_SMALLINT_MIN (-(INT64_C(1) << 62))
#define RT_SMALLINT_MAX ((INT64_C(1) << 62) - 1)

static inline bool rt_is_smallint(rt_value v)
{
    return (v & 1u) != 0;
}
static inline int64_t rt_smallint_get(rt_value v)
{
    return (int64_t)v >> 1;
}
/* Only for n in [RT_SMALLINT_MIN, RT_SMALLINT_MAX]; see rt_int_from_i64. */
static inline rt_value rt_smallint(int64_t n)
{
    return ((rt_value)n << 1) | 1u;
}
static inline bool rt_is_obj(rt_value v)
{
    return v != 0 && (v & 7u) == 0;
}
static inline bool rt_is_bool(rt_value v)
{
    return v == RT_TRUE || v == RT_FALSE;
}
static inline rt_value rt_bool(bool b)
{
    return b ? RT_TRUE : RT_FALSE;
}

/* ---- type ids ------------------------------------------------------------
 * X(ID, python_name, inline_link): inline_link is 1 for the containers that
 * carry their collector link just before their header (every container but
 * the cell, whose link lives out of line: see rt_gc_box below). Heap
 * objects carry their id in the header; NONE and BOOL are listed so type()
 * and the histogram can name the immediates. The order is part of no ABI;
 * add new kinds at the end. */
#define RT_TYPE_LIST(X)                                                                            \
    X(NONE, "NoneType", 0)                                                                         \
    X(BOOL, "bool", 0)                                                                             \
    X(INT, "int", 0)                                                                               \
    X(FLOAT, "float", 0)                                                                           \
    X(STR, "str", 0)                                                                               \
    X(TUPLE, "tuple", 1)                                                                           \
    X(LIST, "list", 1)                                                                             \
    X(DICT, "dict", 1)                                                                             \
    X(SET, "set", 1)                                                                               \
    X(RANGE, "range", 0)                                                                           \
    X(ITER, "iterator", 1)                                                                         \
    X(FUNCTION, "function", 1)                                                                     \
    X(BUILTIN, "builtin_function_or_method", 1)                                                    \
    X(CELL, "cell", 0)                                                                             \
    X(CODE, "code", 0)                                                                             \
    X(FRAME, "frame", 1)                                                                           \
    X(EXC, "BaseException", 1)                                                                     \
    X(TYPE, "type", 1)                                                                             \
    X(MODULE, "module", 1)                                                                         \
    X(SLICE, "slice", 0)                                                                           \
    X(GENERATOR, "generator", 1)                                                                   \
    X(INSTANCE, "object", 1)                                                                       \
    X(METHOD, "method", 1)                                                                         \
    X(STATICMETHOD, "staticmethod", 1)                                                             \
    X(CLASSMETHOD, "classmethod", 1)                                                               \
    X(PROPERTY, "property", 1)                                                                     \
    X(SUPER, "super", 1)                                                                           \
    X(NOTIMPL, "NotImplementedType", 0)                                                            \
    X(ELLIPSIS, "ellipsis", 0)                                                                     \
    X(MEMBER, "member_descriptor", 1)                                                              \
    X(WEAKREF, "weakref.ReferenceType", 1)                                                         \
    X(DEQUE, "collections.deque", 1)                                                               \
    X(ITERTOOL, "itertools", 1)                                                                    \
    X(LRU, "functools._lru_cache_wrapper", 1)                                                      \
    X(BYTES, "bytes", 0)                                                                           \
    X(BYTEARRAY, "bytearray", 0)                                                                   \
    X(FROZENSET, "frozenset", 1)                                                                   \
    X(MAPPINGPROXY, "mappingproxy", 1)                                                             \
    X(COMPLEX, "complex", 0)                                                                       \
    X(MEMORYVIEW, "memoryview", 1)                                                                 \
    X(AGEN_AWAIT, "async_generator_asend", 1)                                                      \
    X(GETSET, "getset_descriptor", 1)

typedef enum rt_type_id {
#define RT_X_ENUM(id, name, cont) RT_T_##id,
    RT_TYPE_LIST(RT_X_ENUM)
#undef RT_X_ENUM
        RT_T_COUNT
} rt_type_id;

/* The inline_link column as a bit set over type ids, a constant: every
 * allocation and free asks it, and a shift is cheaper than the two
 * dependent loads of rt_typeinfos[type]->is_container. The containers are
 * these and the cell (test_heap checks both sets against the slot table). */
#define RT_X_LINKBIT(id, name, link) | ((uint64_t)(link) << RT_T_##id)
#define RT_INLINE_LINK_TYPES ((uint64_t)0 RT_TYPE_LIST(RT_X_LINKBIT))
#define RT_CONTAINER_TYPES (RT_INLINE_LINK_TYPES | ((uint64_t)1 << RT_T_CELL))
_Static_assert(RT_T_COUNT <= 64, "the type bit sets are 64-bit words");

/* ---- the object header ---------------------------------------------------
 * 8 bytes. Bytes per closure is a headline figure: keep it this size.
 *   refcnt  strong references (the collector's gc_refs live in the gc link)
 *   type    rt_type_id
 *   flags   RT_F_* below
 *   site    allocation site id (site.h); for functions, the definition site
 */
typedef struct rt_obj {
    uint32_t refcnt;
    uint8_t type;
    uint8_t flags;
    uint16_t site;
} rt_obj;

enum {
    RT_F_TRACKED = 1u << 0, /* container linked into a collector generation */
    RT_F_GEN_SHIFT = 1,     /* bits 1-2: generation 0..2 (3 = permanent/frozen) */
    RT_F_GEN_MASK = 3u << 1,
    RT_F_FINALIZED = 1u << 3, /* the collector has cleared it; do not clear twice */
    RT_F_MARK = 1u << 4,      /* scratch bit for graph walks (inspection); always 0 between walks */
    RT_F_USER1 = 1u << 5,     /* per-type use */
    RT_F_USER2 = 1u << 6,
    RT_F_WEAKREFD = 1u << 7, /* weak references point here: clear them when freed (weakref.h) */
    RT_F_BOXED = RT_F_USER1, /* cells: the link and the contents are in the box (rt_gc_box) */
};

/* The collector's link of a tracked container. The collector owns these
 * fields: `next`/`prev` chain the object into its generation's list; during
 * a collection `prev` is reused to hold gc_refs (CPython's trick), and
 * restored before the collection ends.
 *
 * Where the link lives (rt_gc_link_of / rt_obj_of_link are the only way
 * between an object and its link):
 * - inline: every container type but the cell is allocated with its link
 *   in the 16 bytes just before its header (inline_link in RT_TYPE_LIST).
 * - out of line: a cell costs 16 bytes and has no link while it holds only
 *   immediates, strs and other leaves, which no cycle can pass through; the
 *   first time it holds a container it gets a box (rt_gc_box, cell.h) that
 *   carries its link and from then on its contents, and its own value word
 *   points to the box (RT_F_BOXED). The box's tag header (type RT_T_CELL)
 *   tells a list walker that the link is a box's: rt_obj_of_link answers
 *   with the cell, so every collector phase, the trashcan and the
 *   inspector see the cell itself, never the box. */
typedef struct rt_gc_link {
    struct rt_gc_link *next;
    uintptr_t prev;
} rt_gc_link;

typedef struct rt_gc_box {
    rt_gc_link link;
    rt_obj tag;     /* type RT_T_CELL: marks the link as a box's (no object is here) */
    rt_obj *owner;  /* the cell (borrowed: the cell owns the box) */
    rt_value value; /* the cell's contents, owned */
} rt_gc_box;

/* The link of o, which must have one: a container with an inline link, or
 * a boxed cell. */
static inline rt_gc_link *rt_gc_link_of(rt_obj *o)
{
    if (o->type == RT_T_CELL) /* a boxed cell: its value word is the box */
        return (rt_gc_link *)(uintptr_t)((const rt_value *)(o + 1))[0];
    return (rt_gc_link *)o - 1;
}
/* The object whose link l is (the cell, for a box's link). */
static inline rt_obj *rt_obj_of_link(rt_gc_link *l)
{
    rt_obj *o = (rt_obj *)(l + 1);
    if (o->type == RT_T_CELL)
        return ((rt_gc_box *)l)->owner;
    return o;
}

static inline rt_obj *rt_as_obj(rt_value v)
{
    return (rt_obj *)(uintptr_t)v;
}
static inline rt_value rt_from_obj(const void *o)
{
    return (rt_value)(uintptr_t)o;
}

/* The type id of any value, immediates included. */
static inline rt_type_id rt_type_of(rt_value v)
{
    if (rt_is_smallint(v))
        return RT_T_INT;
    if (v == RT_NONE)
        return RT_T_NONE;
    if (v == RT_TRUE || v == RT_FALSE)
        return RT_T_BOOL;
    return (rt_type_id)rt_as_obj(v)->type;
}

/* ---- memory-management slots ---------------------------------------------
 * Behaviour (repr, hash, compare, arithmetic, attributes, calls) is dispatched
 * by switch on the type id in the files that own it; the slot table holds only
 * what the heap, the collector and the inspector need, so it is a const table
 * with no mutable state. */
typedef void (*rt_visit_fn)(rt_obj *child, void *arg);

typedef struct rt_typeinfo {
    const char *name;
    bool is_container;
    /* Shallow size in bytes of o: header, inline data and owned buffers (a
     * list's item array, a dict's table), plus the gc link (inline, or a
     * cell's box) when it has one.
     * What sys.getsizeof reports and what the heap frees. */
    size_t (*size)(const rt_obj *o);
    /* Calls visit(child, arg) once for every strong reference o holds to a
     * heap object (immediates skipped). Used by every collector phase and by
     * the inspector; must not allocate. May be NULL for leaf types. */
    void (*traverse)(rt_obj *o, rt_visit_fn visit, void *arg);
    /* Drops o's references to other objects (setting the slots empty), leaving
     * o a valid, smaller object. The collector uses it to break cycles. NULL
     * for leaf types. */
    void (*clear)(rt_state *rt, rt_obj *o);
    /* Releases o's references, frees its owned buffers and returns its
     * block through rt_obj_free(). Called when refcnt reaches 0 (or by the
     * collector's delete phase after `clear`). */
    void (*dealloc)(rt_state *rt, rt_obj *o);
} rt_typeinfo;

/* The slot table, indexed by rt_type_id; defined in type.c (each type's
 * functions live in that type's file). */
extern const rt_typeinfo *const rt_typeinfos[RT_T_COUNT];

/* True when objects of `type` are allocated with their link inline. */
static inline bool rt_type_inline_link(unsigned type)
{
    return (RT_INLINE_LINK_TYPES >> type) & 1;
}

/* True when objects of `type` may take part in reference cycles (the
 * slot table's is_container, from the constant set). */
static inline bool rt_type_is_container(unsigned type)
{
    return (RT_CONTAINER_TYPES >> type) & 1;
}

/* True when o has a collector link (inline, or a cell's box). */
static inline bool rt_obj_has_link(const rt_obj *o)
{
    return o->type == RT_T_CELL ? (o->flags & RT_F_BOXED) != 0 : rt_type_inline_link(o->type);
}

/* ---- refcounting ---------------------------------------------------------- */

static inline void rt_incref(rt_value v)
{
    if (rt_is_obj(v))
        rt_as_obj(v)->refcnt++;
}

/* Frees the object when the count reaches zero (see the rules block). */
void rt__dealloc(rt_state *rt, rt_obj *o);
static inline void rt_decref(rt_state *rt, rt_value v)
{
    if (rt_is_obj(v)) {
        rt_obj *o = rt_as_obj(v);
        if (--o->refcnt == 0)
            rt__dealloc(rt, o);
    }
}
/* Replaces *slot with v (v borrowed, incref'd), releasing the old value. */
static inline void rt_setref(rt_state *rt, rt_value *slot, rt_value v)
{
    rt_value old = *slot;
    rt_incref(v);
    *slot = v;
    rt_decref(rt, old);
}

/* ---- the allocation chokepoint (heap.c) ------------------------------------
 * rt_obj_alloc: a new object of `type` with `size` bytes (header included,
 * gc link excluded: the heap adds it for the types with an inline link),
 * zeroed, refcnt 1, site = the current allocation site (the executing
 * instruction's line, or the site set by rt_heap_set_site). Those types are
 * tracked in generation 0 at once; a cell tracks itself (cell.h).
 * Returns NULL with MemoryError set when over the heap limit.
 * rt_obj_free: returns the memory of an object whose references are already
 * released and whose owned buffers are already freed; `size` is the same
 * size that was passed to rt_obj_alloc (sized frees, as in Lua).
 * rt_heap_alloc/resize/free: owned buffers (list items, dict tables) charged
 * to their owner's type and site; `old`/`size` are exact byte counts.
 * Invariant: the bytes the heap counts for an object = its block (+16 for
 * an inline gc link) + its owned buffers (a cell's box is one) = what its
 * `size` slot reports. */
rt_obj *rt_obj_alloc(rt_state *rt, rt_type_id type, size_t size);
void rt_obj_free(rt_state *rt, rt_obj *o, size_t size);
void *rt_heap_alloc(rt_state *rt, const rt_obj *owner, size_t size);
void *rt_heap_resize(rt_state *rt, const rt_obj *owner, void *p, size_t old, size_t size);
void rt_heap_free(rt_state *rt, const rt_obj *owner, void *p, size_t size);

#endif
