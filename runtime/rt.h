/* rt.h: the runtime's public embedding API: create a runtime, load a
 * script, run it in bounded slices, call tick(), read errors. The daemon and
 * `closured run` use only this header and rt_inspect.h.
 *
 * One rt_state is one isolated interpreter (its own heap, globals, collector
 * and limits). Nothing in it is shared between states; a state is used by one
 * thread at a time. */
#ifndef CLOSURED_RUNTIME_RT_H
#define CLOSURED_RUNTIME_RT_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#ifndef RT_VERSION_STRING
#define RT_VERSION_STRING "0.1.0"
#endif

typedef struct rt_state rt_state;

/* What rt_load/rt_run/rt_call_global report. */
typedef enum rt_status {
    RT_OK = 0,      /* loaded / call set up */
    RT_YIELD,       /* the slice's budget ran out; call rt_run again */
    RT_DONE,        /* the top level (or the called function) returned */
    RT_ERR_SYNTAX,  /* the source did not compile; see rt_error_get */
    RT_ERR_RUNTIME, /* an uncaught exception; see rt_error_get */
    RT_ERR_MEMORY,  /* the host itself ran out of memory (not MemoryError in the script) */
} rt_status;

/* Where output of print() goes. `write` gets UTF-8 bytes (not NUL-terminated);
 * the default (NULL) writes to stdout. */
typedef void (*rt_write_fn)(void *ctx, const char *data, size_t len);

/* Values of the interrupt flag (rt_config.interrupt). */
enum {
    RT_INTERRUPT_NONE = 0,
    RT_INTERRUPT_TIMEOUT = 1, /* the slice ran longer than the embedder allows */
    RT_INTERRUPT_STOP = 2,    /* the embedder is removing the runtime or stopping */
};

/* The embedder's source files for `import` (rt_config.read_source): the
 * contents of the file at `path` (a directory of sys.path, "/", a relative
 * name such as "pkg/__init__.py" or "m.py") as a malloc'd buffer of *len
 * bytes that the runtime frees, or NULL when there is no such file. The
 * runtime never opens files itself: this is the only way a program reads
 * one, and the embedder decides which exist (`closured run`: the script's
 * directory tree; the daemon: the workload's own files). A path ending in
 * '/' asks whether that directory holds sources (a namespace package, which
 * has no __init__.py): a buffer (of no bytes) for yes, NULL for no. */
typedef char *(*rt_source_fn)(void *ctx, const char *path, size_t *len);

typedef struct rt_config {
    size_t heap_limit_bytes; /* 0 = no limit; over it, allocation raises MemoryError */
    int recursion_limit;     /* 0 = default (1000, as CPython) */
    rt_write_fn write_out;   /* print() output; NULL = stdout */
    void *write_ctx;
    rt_write_fn write_err; /* sys.stderr's output (print(..., file=sys.stderr)); NULL = stderr */
    void *err_ctx;
    /* Standard input (input(), sys.stdin): the next line of the program's
     * input with its newline (the last line may have none), as a malloc'd
     * buffer of *len bytes that the runtime frees, or NULL at the end of the
     * input. NULL: the program has no input (input() raises EOFError,
     * sys.stdin reads ""). An embedder that shows the prompt on a terminal
     * flushes its output before it reads. */
    char *(*read_line)(void *ctx, size_t *len);
    void *line_ctx;
    /* The interrupt flag (NULL: the state's own, never set). It is the one
     * field of a state another thread may write: while it holds a nonzero
     * RT_INTERRUPT_* value, every backward jump and every call, at any depth
     * of nested runs (a builtin calling back into Python), raises
     * KeyboardInterrupt in the running code. It stays raised until the
     * embedder clears it, so `except BaseException:` inside a loop cannot
     * swallow it: the next jump raises again. The embedder owns the flag and
     * keeps it alive as long as the state. */
    atomic_int *interrupt;
    /* sys.argv: argc strings, copied by rt_state_new (the caller keeps its
     * own). argc 0: sys.argv is [filename] of the first rt_load. */
    int argc;
    const char *const *argv;
    /* Where the runtime adds the CPU time (ns of the running thread's CPU
     * clock) of each automatic collection (NULL: nowhere). A collection the
     * runtime starts on its own is its work, not the script's: an embedder's
     * watchdog subtracts this total's growth from a slice's CPU time, and a
     * RT_INTERRUPT_TIMEOUT set while such a collection ran is cleared when
     * it ends (the watchdog sets it again if the slice still overstays). A
     * collection the script asks for (gc.collect()) is the script's work:
     * counted against its slice, like any call. */
    _Atomic uint64_t *gc_cpu_ns;
    /* Source files for import (NULL: only the native and frozen modules
     * exist). With a reader, sys.path starts as [the directory of the file
     * given to rt_load]. */
    rt_source_fn read_source;
    void *source_ctx;
    /* What `os` shows of the host: env, "KEY=VALUE" strings ending with a NULL,
     * becomes os.environ; cwd is os.getcwd(). rt_state_new copies both (the
     * caller keeps its own). NULL: an empty os.environ and a cwd of "/", what
     * the daemon gives a workload, which must not learn the host's. */
    const char *const *env;
    const char *cwd;
    /* Key of the object ids shown outside (inspection ids, reprs, id()): the embedder
     * passes random bits so that no id reveals a heap address. */
    uint64_t id_key[2];
} rt_config;

/* Slice limits for rt_run: whichever comes first. 0 = unlimited. */
typedef struct rt_budget {
    uint64_t instructions;
    uint64_t max_ns;
} rt_budget;

/* A syntax or runtime error, owned by the state, valid until the next call
 * that runs or loads code. */
typedef struct rt_error {
    const char *type_name; /* "SyntaxError", "ZeroDivisionError", ... */
    const char *message;   /* "division by zero" */
    const char *filename;
    int line;              /* 1-based; 0 when unknown */
    int column;            /* 1-based, syntax errors only; 0 otherwise */
    const char *traceback; /* the full text CPython would print to stderr */
    /* An uncaught SystemExit (sys.exit): is_exit 1 and the status python3
     * exits with: 0 for None, the int (or bool) itself, or 1 for any other
     * code, whose str() is then in `message` and exit_print is 1: python3
     * writes it to stderr. No traceback is printed for a SystemExit. */
    int is_exit;
    int exit_status;
    int exit_print;
} rt_error;

/* 1 when [s, s+len) is well-formed UTF-8 (RFC 3629): no stray continuation bytes, no
 * truncated, overlong or surrogate sequences, nothing past U+10FFFF. NUL bytes count as
 * well-formed (callers that refuse them check separately). Otherwise 0, with *bad_at (may be
 * NULL) set to the offset of the first byte of the first bad sequence. Embedders check text
 * with it before it reaches the runtime. */
int rt_utf8_valid(const char *s, size_t len, size_t *bad_at);

/* The version of this runtime ("0.1.0"). */
const char *rt_version(void);

/* A new runtime, or NULL when the host is out of memory. cfg may be NULL for
 * defaults; it is copied. */
rt_state *rt_state_new(const rt_config *cfg);
/* Frees the runtime and everything it owns (runs a final collection so that
 * cycles are freed too). No __del__ runs there. */
void rt_state_free(rt_state *rt);
/* What a Python interpreter does at exit for the objects still alive: runs
 * atexit's functions, the pending finalizers, a full collection, then the
 * __del__ of every instance still alive that has one and the close() of
 * every generator suspended in a try block (oldest first, globals and
 * builtins still bound, so their code sees what CPython's does).
 * For `closured run` after the program ended; Python code runs. */
void rt_run_exit_finalizers(rt_state *rt);
/* rt_run_exit_finalizers for an embedder that runs code in slices (the
 * daemon, after a workload's program ended): the same work under budget,
 * on the runtime's fiber, so a runaway atexit function or __del__ ends the
 * slice like any code. RT_DONE when it is over (errors in it are printed
 * as CPython prints them), RT_YIELD when the slice ended first (call again
 * to go on). With nothing to run (no class ever had a __del__: atexit's
 * functions run from one; no generator alive) it returns RT_DONE at once. */
rt_status rt_run_exit(rt_state *rt, const rt_budget *budget);
/* Whether rt_run_exit may have anything to run. */
int rt_exit_pending(const rt_state *rt);

/* Compiles `src` (UTF-8, `len` bytes) as the module named by `filename` and
 * prepares its top level to run. RT_OK, or RT_ERR_SYNTAX with the error in
 * rt_error_get. */
rt_status rt_load(rt_state *rt, const char *filename, const char *src, size_t len);

/* Runs the pending code (the top level after rt_load, or a call set up by
 * rt_call_global) for at most `budget`, at every depth: a budgeted run
 * executes on the state's own C stack, so Python called back from C (a sort
 * key, map) ends the slice too and the next rt_run resumes it there. RT_YIELD: more to do; RT_DONE:
 * finished; RT_ERR_RUNTIME: an uncaught exception ended it (the state stays
 * usable: globals keep their values, tick() may be called again). */
rt_status rt_run(rt_state *rt, const rt_budget *budget);

/* After rt_run returned RT_YIELD: the CLOCK_MONOTONIC time in nanoseconds
 * before which the code asked not to run again (time.sleep ended the slice),
 * or 0. Reading it clears it. Without a budget, time.sleep really sleeps. */
uint64_t rt_sleep_deadline(rt_state *rt);

/* Sets up a call of the global function `name` with no arguments, to be run
 * by rt_run. RT_OK, or RT_ERR_RUNTIME when there is no such callable global
 * or code is still pending. */
rt_status rt_call_global(rt_state *rt, const char *name);

/* 1 when the module defines a callable global `name`, else 0. */
int rt_has_global_function(rt_state *rt, const char *name);

/* 1 when the top level loaded by rt_load, before it runs, assigns the global
 * `name` (a `def`, an assignment or an import at module level), else 0: what
 * the source promises; once the top level has run, rt_has_global_function
 * says what it did. 0 when no top level is pending. */
int rt_top_level_assigns(rt_state *rt, const char *name);

/* Memory the host holds for a runtime (its output ring, request buffers,
 * analysis results) charged to the same heap limit as the runtime's own
 * objects, through the same chokepoint, so that a workload cannot grow past
 * its limit through the host either. rt_mem_charge returns 0, or -1 when
 * `bytes` more would pass the limit (nothing is charged and no exception is
 * set: the host decides what to drop). Each charge is undone by one
 * rt_mem_uncharge of the same size when the host frees that memory, before
 * rt_state_free. The bytes appear in the heap totals (live, peak) and under
 * no type or site. Only the thread that owns the runtime may call these. */
int rt_mem_charge(rt_state *rt, size_t bytes);
void rt_mem_uncharge(rt_state *rt, size_t bytes);

/* The last error (NULL when none). */
const rt_error *rt_error_get(const rt_state *rt);

#endif
