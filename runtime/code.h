/* code.h: code objects (RT_T_CODE): one compiled function body, module or
 * comprehension: bytecode, constants, names, variable tables, line table,
 * and the per-instruction caches the VM fills (global lookups, sites).
 *
 * Ownership: a code object owns its constants, names and name tables (all
 * strs interned), its filename/name/qualname and every buffer below (heap
 * buffers charged to the code object). Code objects are immutable once
 * built, except the caches. They are not containers: constants may hold
 * nested code objects and immutable values only, so they cannot form
 * cycles. */
#ifndef CLOSURED_RUNTIME_CODE_H
#define CLOSURED_RUNTIME_CODE_H

#include "runtime/object.h"
#include "runtime/opcodes.h"

/* co_flags bits (CPython's values, so co_flags prints the same). */
#define RT_CO_OPTIMIZED 0x01
#define RT_CO_NEWLOCALS 0x02
#define RT_CO_VARARGS 0x04
#define RT_CO_VARKEYWORDS 0x08
#define RT_CO_NESTED 0x10
#define RT_CO_GENERATOR 0x20
#define RT_CO_NOFREE 0x40
#define RT_CO_COROUTINE 0x80        /* async def: its generator is a coroutine */
#define RT_CO_HASDOC 0x100          /* closured: consts[0] is the docstring */
#define RT_CO_ASYNC_GENERATOR 0x200 /* async def that yields: an asynchronous generator */
/* a generator function marked by types.coroutine: `await` takes its generators
 * (CPython's CO_ITERABLE_COROUTINE, whose 0x100 is RT_CO_HASDOC here) */
#define RT_CO_ITERABLE_COROUTINE 0x400

/* One LOAD_GLOBAL cache entry (dict.h): for a frame reading `globals`,
 * while no watched dict (that one, the builtins, any module's) gained or
 * lost a key, was resized, cleared or freed (rt->watch_epoch), the name's
 * value is in `slot`, an entry's value word of the globals or the
 * builtins (its absence from the globals is part of the answer: adding it
 * there moves the epoch). */
typedef struct rt_gcache {
    uint64_t epoch; /* rt->watch_epoch when filled; UINT64_MAX: empty */
    rt_value globals;
    rt_value *slot;
    uint32_t name; /* index into names */
} rt_gcache;

typedef struct rt_code {
    rt_obj hdr;
    uint32_t ninsns;
    uint32_t nconsts;
    uint32_t nnames;
    uint32_t ngcache;
    uint16_t argcount, kwonlyargcount;
    uint16_t posonlyargcount; /* the first posonlyargcount of argcount bind by position only */
    uint16_t nlocals;         /* len(co_varnames) */
    uint16_t ncellvars;       /* cells the frame creates */
    uint16_t nfreevars;       /* cells taken from the function */
    uint16_t flags;           /* RT_CO_* */
    uint16_t stacksize;       /* max value-stack depth */
    uint16_t maxblocks;       /* max SETUP_BLOCK nesting */
    /* argcount when the parameters are exactly argcount positional ones
     * (no *args, **kwargs or keyword-only ones): a call with that many
     * positional arguments and no keywords binds them by moving them into
     * the frame (frame.h, rt__frame_push_exact); UINT16_MAX otherwise */
    uint16_t fast_argc;
    int firstline;
    int nlines; /* lines covered by `sites`: firstline .. firstline+nlines-1 */
    /* The bytes of a frame for this code (frame.h, rt__frame_bytes) / 16,
     * once computed; 0 before, or when it does not fit. */
    uint16_t frame_units;
    /* Bit i: cell variable i (i < 16) has held a container in some frame
     * (STORE_DEREF boxed its cell), so the next frames make it born boxed
     * (cell.h, rt__frame_init_cells). A hint only: any value may go in. */
    uint16_t box_cells;
    uint32_t *insns;    /* ninsns */
    int32_t *lines;     /* ninsns: source line of each instruction */
    uint32_t *cols;     /* ninsns: the columns of each instruction's expression (rt_code_cols) */
    rt_value *consts;   /* nconsts, owned */
    rt_value *names;    /* nnames interned strs, owned (globals, attributes, modules) */
    rt_value *varnames; /* nlocals strs */
    rt_value *cellvars; /* ncellvars strs */
    rt_value *freevars; /* nfreevars strs */
    int32_t *cell2arg;  /* ncellvars: the varnames slot a cell parameter starts from, or -1 */
    rt_gcache *gcache;  /* ngcache LOAD_GLOBAL caches */
    uint16_t *sites;    /* nlines allocation-site ids, 0 = not yet interned */
    /* The table of ninsns + 1 allocation sites by instruction: entry k is
     * the site of the instruction executing when the frame's ip is
     * insns + k (k = 0 and 1: the first instruction), 0 = not yet resolved;
     * heap.c reads it on every allocation and fills it on the first, so a
     * site is resolved once per instruction. Stored as the table's address
     * minus half insns' address: instructions are 4 bytes and entries 2, so
     * ip's entry is at isites_bias + ip / 2 (heap.c: site_entry), one shift
     * and one load from the frame's ip. */
    uintptr_t isites_bias;
    struct rt_asites *asites; /* the attribute sites' caches (instattr.h), owned, made on the
                                 first attribute access of an instance the code runs */
    struct rt_msite *msites;  /* the module attribute sites' cache (module.h), owned, made on
                                 the first attribute the code reads from a module */
    rt_value filename, name, qualname; /* strs, owned */
} rt_code;

/* An instruction's expression columns, packed (what a traceback underlines):
 * bits 0-14 the 0-based start byte column, 15-29 the 0-based end byte column
 * (exclusive), bit 30 set when the expression ends on a later line; 0 when
 * unknown (the traceback then underlines nothing). */
#define RT_COLS_MULTILINE (1u << 30)
static inline uint32_t rt_cols_pack(int col0, int end0, bool multiline)
{
    if (col0 < 0 || end0 < 0 || col0 >= 0x7fff || end0 >= 0x7fff || (!multiline && end0 <= col0))
        return 0;
    return (uint32_t)col0 | ((uint32_t)end0 << 15) | (multiline ? RT_COLS_MULTILINE : 0u);
}

static inline rt_code *rt_code_of(rt_value v)
{
    return (rt_code *)rt_as_obj(v);
}

/* The sizes of the tables a new code object holds; rt_code_new allocates
 * them all (zeroed / RT_NULL) and the compiler fills them. */
typedef struct rt_code_shape {
    uint32_t ninsns, nconsts, nnames, ngcache;
    uint16_t nlocals, ncellvars, nfreevars;
    int firstline, lastline;
} rt_code_shape;

/* A new code object with empty tables of the given shape; the caller fills
 * every table (values stolen into them) before the code runs. RT_NULL with
 * MemoryError on failure. */
rt_value rt_code_new(rt_state *rt, const rt_code_shape *shape);

/* The source line of the instruction at index i (0 when out of range). */
static inline int rt_code_line(const rt_code *c, uint32_t i)
{
    return i < c->ninsns ? c->lines[i] : c->firstline;
}

/* The allocation site for line `line` of c, interned on first use
 * (site.h) and cached in c->sites. Never allocates objects. */
uint16_t rt_code_site(rt_state *rt, rt_code *c, int line);

/* Hooks for ops.c (declared in ops.h): rt__code_getattr, rt__code_repr. */

/* The deepest value stack over every path through insns[0..n) (jump
 * arguments resolved; CPython's stackdepth()). -1 when two paths reach an
 * instruction with different depths (a compiler bug), -2 out of memory. */
int rt_code_stack_depth(const uint32_t *insns, size_t n);

/* Slots for rt_typeinfos[RT_T_CODE] (type.c references it). */
extern const rt_typeinfo rt__code_typeinfo;

#endif
