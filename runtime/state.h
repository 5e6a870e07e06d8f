/* state.h: rt_state, one runtime instance: it owns the heap and its
 * accounting, the collector, the interned strings, the builtin types and
 * exceptions, the globals, the frame stack and the current exception.
 * Internal to runtime/; the embedding API is rt.h.
 *
 * Every runtime function takes the state first; nothing in runtime/ is a
 * mutable global. Each section below belongs to one file, named in its
 * comment; that file initialises and disposes its fields (state.c calls the
 * per-section init/dispose functions in order). */
#ifndef CLOSURED_RUNTIME_STATE_H
#define CLOSURED_RUNTIME_STATE_H

#include "runtime/ids.h"
#include "runtime/object.h"
#include "runtime/objid.h"
#include "runtime/ops.h"
#include "runtime/pool.h"
#include "runtime/rt.h"
#include "runtime/strbuf.h"

/* Room for the itertools kinds' classes and the iterator kinds' types (itertools.h and
 * iter.c check their kinds fit). */
#define RT_ITERTOOL_TYPES_MAX 24
#define RT_ITER_TYPES_MAX 26

/* ---- heap accounting (heap.c) --------------------------------------------- */
typedef struct rt_heap_counts {
    uint64_t bytes;   /* live bytes */
    uint64_t objects; /* live objects */
} rt_heap_counts;

/* One (site, type) pair's counts, also seen as one 128-bit word, bytes its
 * low half and objects its high half, so that a birth or a death is one add
 * and one add with carry to memory (heap_fast.h: rt__heap_pair_add). */
typedef union rt_heap_pair {
    rt_heap_counts c;
    __extension__ unsigned __int128 word;
} rt_heap_pair;

/* Pairs in a site's row of the heap's (site, type) table: RT_T_COUNT rounded
 * up to a power of two, so that a pair's place is a shift and an add (1 KB
 * per site that has allocated). */
#define RT_HEAP_ROW 64
_Static_assert(RT_T_COUNT <= RT_HEAP_ROW && !(RT_HEAP_ROW & (RT_HEAP_ROW - 1)),
               "every type has its place in a row, and a row is a power of two");

#if defined(RT_NO_ACCOUNTING) || !defined(NDEBUG)
#define RT_HEAP_LIVE_OBJECTS_KEPT 1 /* rt_heap.live_objects counted at every birth and death */
#endif

typedef struct rt_heap {
    size_t limit;         /* 0 = none */
    uint64_t live_bytes;  /* everything allocated and not freed */
    uint64_t other_bytes; /* the part of live_bytes that is no object's: scratch buffers, the frame
                             stack, the cached graph, host memory (rt_mem_charge) */
    /* Live objects, kept only where no (site, type) table holds them
     * (RT_NO_ACCOUNTING) and in debug builds, to check the table's sum; with
     * the accounting the count is the sum of the pairs' objects, made when
     * read (heap.c: rt_heap_live_objects), so that a birth and a death do
     * not count every object twice. Read it through rt_heap_live_objects. */
    uint64_t live_objects;
    uint64_t peak_bytes;
    uint64_t freed_bytes; /* total ever freed (monotonic); ever allocated = live + freed */
    uint64_t freed_objects;
    /* The live bytes and objects of each (site, type) pair, one row of
     * RT_HEAP_ROW per site: by_site_type[site * RT_HEAP_ROW + type]. A
     * birth or a death touches one counter pair; the counts by type and by
     * site are sums of this table, made when they are read (heap.c). Grows
     * with the sites that allocate; by_site_cap is its number of rows. */
    rt_heap_pair *by_site_type;
    uint32_t by_site_cap;
    uint16_t override_site;  /* nonzero: the site to charge instead of the current instruction's */
    bool raising;            /* raising MemoryError: allocations may pass the limit (the reserve) */
    uint64_t fail_countdown; /* test stress switch (rt__heap_fail_after): when it counts down to 0
                                an allocation fails; 0 = off */
    /* The live bytes an object's allocation may reach on the fast path
     * (heap.c): the smaller of the limit and the peak so far, or 0 while the
     * stress switch counts down or a site override is set. Passing it sends
     * the allocation to the slow path, which records a new peak, checks the
     * limit and the switch, and moves it: so the fast path makes one compare
     * for all four. */
    uint64_t fast_limit;
    /* The trashcan (gc.h): nested rt__dealloc levels, and the containers
     * whose dealloc was deferred past RT_GC_TRASH_DEPTH (linked by their
     * links' `next`). Here rather than in the collector's state: every death
     * reads them, and the heap is there before the collector and after it. */
    uint32_t dealloc_depth;
    rt_gc_link *trash;
    /* Frees made outside any rt__dealloc and outside the collector's delete
     * phase (a list's old buffer when it grows, a strbuf's, a half-built
     * object's): reference counting's frees are the rest (gc.h:
     * rt__gc_rc_freed_objects). Counted where they happen, so a death pays nothing
     * for the split. */
    uint64_t outside_freed_objects, outside_freed_bytes;
    rt_pool pool; /* size-class pages for small blocks (pool.h) */
} rt_heap;

/* ---- allocation sites (site.c) ---------------------------------------------
 * Site 0 is "<runtime>" (objects the runtime makes for itself). A site is
 * (filename, line, kind); functions are charged to their definition site. */
typedef struct rt_site {
    const char *filename; /* borrowed from the code object's filename, kept alive by the table */
    int line;
} rt_site;

typedef struct rt_sites {
    rt_site *items;
    uint32_t count, cap;
    uint16_t *index; /* open-addressing hash of (filename, line) -> id; 0 = empty slot */
    uint32_t index_cap;
    char **files; /* the copied filenames the items point to */
    uint32_t nfiles;
} rt_sites;

/* ---- attribute lookups on types (typecache.c) -------------------------------
 * One entry per (type, version, name, start class, kind); typecache.h states
 * when an entry is valid and what it owns. */
#define RT_TCACHE_BITS 9
#define RT_TCACHE_SIZE (1u << RT_TCACHE_BITS)
typedef struct rt_tcache_entry {
    const void *type;                 /* the rt_type_obj looked up on (not owned: compared only) */
    uint64_t version;                 /* its version tag when filled (never 0 in a live entry) */
    uint64_t epoch;                   /* rt->tcache.epoch when filled */
    rt_value name;                    /* str, owned */
    rt_value after;                   /* the class the walk started after, or RT_NULL */
    rt_value value;                   /* what the walk found in a dict (borrowed), or RT_NULL */
    const struct rt_builtin_def *def; /* RT_TC_MRO: the builtin method found instead, or NULL */
    uint16_t kind;                    /* RT_TC_DICTS or RT_TC_MRO */
    uint16_t hooks; /* RT_TC_DICTS: RT_TC_HOOK_* facts about the type and name (typecache.h) */
    int32_t hint;   /* where name last sat in an instance dict of this type (dict.h) */
    int32_t kix;    /* name's index in the type's shared keys (shkeys.h), or -1: not
                       known, or not in the kn names the keys had when last looked */
    uint32_t kn;
} rt_tcache_entry;

typedef struct rt_tcache {
    uint64_t epoch;        /* bumped when a class with subclasses changes */
    uint64_t next_version; /* the last version tag handed out */
    rt_tcache_entry e[RT_TCACHE_SIZE];
} rt_tcache;

struct rt_frame;
struct rt_gc_state;

struct rt_state {
    rt_config cfg;            /* cfg.interrupt is never NULL (it may point to interrupt_own) */
    atomic_int interrupt_own; /* the flag when the embedder gives none: never set */
    /* rt_state_new's copies of cfg.env (NULL-terminated, NULL when none) and
     * cfg.cwd (NULL when none), read by the `_os` module; owned, malloc'd */
    char **host_env;
    char *host_cwd;

    uint64_t objid_keys[RT_OBJID_ROUNDS]; /* objid.c: round keys of the object ids */

    rt_heap heap;   /* heap.c */
    rt_sites sites; /* site.c */

    /* collector (gc.c): generations, thresholds, counts, event ring */
    struct rt_gc_state *gc;
    bool gc_pending; /* set by allocation when gen0 passes its threshold, by weakref.c
                        when a weak reference's callback is queued, and by time.sleep:
                        the VM's "look at the flags" signal at its next safe point */
    bool del_seen;   /* some class has (had) a __del__ (class.c sets it): until then
                        freeing an instance looks for no finalizer (finalize.h) */
    bool finalizing; /* the program's modules are being finalized (the last pass of
                        the exit work, rt_state_free): an error out of a finalizer
                        prints no source lines, as CPython's once sys.modules is gone */

    /* weak references (weakref.c): referent -> its weak references, and the
     * queue of callbacks; NULL until the first weak reference */
    struct rt_weaktab *weak;
    /* time.sleep under a budgeted run (mod_time.c): the slice ends at the next
     * safe point of the outermost loop and the embedder waits until
     * sleep_until_ns (CLOCK_MONOTONIC) before running the state again
     * (rt_sleep_deadline). run_budgeted: the current rt_run has a budget. */
    bool sleep_requested;
    bool run_budgeted;
    uint64_t sleep_until_ns;

    /* the last tuple whose hash ops.c computed from ints, strs and tuples of
     * them alone, and that hash (borrowed, not a reference: tuple.c forgets
     * it when the tuple is cleared or freed). `key in d` then `d[key]`, the
     * memoizer's pattern, hashes a fresh nested key once. */
    rt_value tuple_hash_key;
    int64_t tuple_hash;
    /* likewise the last two distinct tuples dict.c found equal from ints,
     * strs and tuples of them alone (the stored key and the looked-up one) */
    rt_value tuple_eq_a, tuple_eq_b;
    /* the last lookup dict.c found of such a tuple key (the memoizer's `key
     * in d` before `d[key]`): the dict, the key looked up, the entry's index,
     * its stored key and the dict's version then (all borrowed: dict.c forgets
     * the dict when it is cleared or freed, tuple.c the key). A tuple named
     * by tuple_hash_key, tuple_eq_a, tuple_eq_b or dict_hit_key carries
     * RT_TUPLE_F_REMEMBERED (tuple.h): only those are looked for here when a
     * tuple dies. */
    rt_value dict_hit_dict, dict_hit_key, dict_hit_stored;
    int64_t dict_hit_ix;
    uint32_t dict_hit_version;
    /* set when a dict probe compared keys by the general protocol (which may
     * run an __eq__): such a lookup is not remembered */
    bool dict_probe_general;
    /* the empty tuple, one per state as CPython's (tuple.c): every
     * rt_tuple_new(rt, 0) returns it; RT_NULL before rt__tuple_init and
     * after rt__tuple_dispose */
    rt_value empty_tuple;

    /* interned strings (str.c): a set keyed by content */
    rt_value *interned;
    size_t interned_count, interned_cap;

    /* builtin type objects (type.c) and exception classes (exc.c) */
    rt_value type_objs[RT_T_COUNT];
    rt_value coro_type; /* type(c) of a coroutine: its objects are RT_T_GENERATOR */
    /* type(it) of each iterator kind (iter.h: enumerate, zip, map, filter, reversed,
     * list_iterator, ...): RT_T_ITER objects all, a type object per kind (type.c) */
    rt_value iter_types[RT_ITER_TYPES_MAX];
    /* type(it) of each itertools kind (itertools.h): the classes of stdlib/itertools.py,
     * which registers them (_itertools._register); RT_NULL before, and for the kinds that
     * have none. Owned; dropped with the modules (rt__modules_dispose). */
    rt_value itertool_types[RT_ITERTOOL_TYPES_MAX];
    rt_value agen_type; /* type(g) of an async generator, RT_T_GENERATOR too */
    /* the types of aclose()/athrow() and anext(it, default) (RT_T_AGEN_AWAIT,
     * whose own type object is asend()'s) */
    rt_value athrow_type, anext_type, coro_wrapper_type;
    rt_value exc_types[RT_EXC_COUNT];
    /* sys.set_asyncgen_hooks (gen_async.c): callables or RT_NULL, owned */
    rt_value agen_firstiter, agen_finalizer;

    /* the current exception (exc.c); RT_NULL when none */
    rt_value exc;
    rt_value memory_error; /* preallocated, raised when allocating an exception fails */

    /* module state (vm.c / state.c) */
    rt_value globals;  /* dict: the module's namespace */
    rt_value builtins; /* dict: name -> builtin */
    rt_value modules;  /* dict: sys.modules, name -> module (import.c) */

    /* execution (vm.c): the frame stack and the slice's budget */
    struct rt_frame *frame; /* the executing (innermost) frame, NULL when idle */
    int depth;              /* Python call depth, for RecursionError */
    int recursion_limit;
    int64_t int_max_str_digits; /* sys.set_int_max_str_digits: 0 for no limit */
    uint64_t instructions;      /* total executed (monotonic) */
    /* the running slice (vm.c): set when a budgeted rt_run starts or resumes,
     * charged by every loop on the fiber, nested ones included */
    struct {
        int64_t remaining; /* instructions left (INT64_MAX: unlimited) */
        uint64_t deadline; /* CLOCK_MONOTONIC ns; 0: none */
    } slice;
    struct rt_fiber *fiber;     /* fiber.h: the stack budgeted runs execute on; NULL until then */
    struct rt_vmchunk *vmstack; /* frame storage (frame.c) */
    int c_depth;                /* nested vm loops (rt_call from C), bounded */
    int c_steps;                /* C loop steps left before the next rt__vm_c_point (vm.h) */
    uintptr_t stack_base;       /* RT_STACK_HERE() at the last entry (rt_load, rt_run, ...): the
                                   C stack budget of recursive walks is measured from it (nest.h) */
    int pending;                /* 1: rt_run has frames to run (state.c) */
    rt_value main_code;         /* the loaded module's code (state.c), owned */
    char *source;               /* the loaded source text, for traceback lines (state.c) */
    size_t source_len;
    uint64_t globals_ver; /* bumped by every STORE/DELETE_GLOBAL (the heap graph's cache) */
    /* the consumer of the innermost rt_gen_drain (gen.h), which the yields
     * of its generator's frame (is_entry RT_GEN_ENTRY_DRAIN) are passed to */
    int (*drain_sink)(rt_state *rt, void *ctx, rt_value item);
    void *drain_ctx;
    uint64_t
        watch_epoch; /* bumped when a watched dict changes keys, is cleared or freed (dict.h) */
    rt_value exc_import_error; /* ImportError / ModuleNotFoundError classes (module.c) */
    rt_value exc_module_not_found;

    /* the last error for rt_error_get (state.c) */
    rt_error error;
    char *error_text; /* owns the strings rt_error points to */

    /* library (builtin.c): the interned name of every method-table entry,
     * so rt_method_find compares pointers; NULL until rt__methods_init */
    rt_value *lib_method_names;
    size_t lib_method_count;
    size_t lib_method_base[16]; /* index of each type's first name in lib_method_names */
    /* open-addressed index of (table, interned name) -> method (builtin.c),
     * 2^lib_method_bits slots; NULL until rt__methods_init */
    struct rt_method_slot *lib_method_index;
    unsigned lib_method_bits;

    /* object core (ops.c): containers whose repr is in progress (for [...]
     * and {...}), and the C recursion depth of repr/compare/hash of nested
     * containers (RecursionError past rt->recursion_limit) */
    rt_value *repr_stack; /* malloc'd, borrowed entries */
    uint32_t repr_count, repr_cap;
    int obj_depth;

    /* heap graph (graph.c): the cached graph of rt_inspect_graph, or NULL */
    void *graph_cache;

    /* classes (class.c): interned special names, NotImplemented */
    rt_value ids[RT_ID_COUNT];
    rt_value notimpl;
    rt_value ellipsis; /* the Ellipsis singleton (descr.c) */

    /* import system (import.c): the texts of the loaded source files, for
     * traceback lines */
    struct rt_srcfile *srcfiles;
    uint32_t nsrcfiles, srcfiles_cap;

    /* attribute lookups on types (typecache.c) */
    rt_tcache tcache;

    /* standard input (sys_stdin.c): what the embedder handed over and the
     * program has not read yet, from byte stdin_pos of stdin_buf (a heap
     * buffer once stdin_ready); stdin_eof once read_line answered NULL */
    rt_strbuf stdin_buf;
    size_t stdin_pos;
    bool stdin_ready, stdin_eof;

    /* per-section data added by later modules goes above this line, in its
     * owner's section */
};

#endif
