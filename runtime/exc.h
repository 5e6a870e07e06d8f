/* exc.h: exception instances (RT_T_EXC), the builtin exception classes,
 * raising, and CPython-format traceback text.
 *
 * An instance holds its class (a type object, owned), its args tuple and the
 * traceback collected while it propagated: one entry per frame it left,
 * innermost first (printed reversed, "most recent call last").
 *
 * Ownership: the instance owns its class, args, cause, context, dict and the code objects
 * its traceback entries name. rt->exc holds one reference to the current
 * exception. */
#ifndef CLOSURED_RUNTIME_EXC_H
#define CLOSURED_RUNTIME_EXC_H

#include "runtime/code.h"
#include "runtime/object.h"
#include "runtime/ops.h"
#include "runtime/strbuf.h"

typedef struct rt_tb_entry {
    rt_code *code; /* owned */
    int32_t line;
    uint32_t cols; /* the columns of the instruction that was running (rt_cols_pack), or 0 */
    /* The function frame's f_locals as the exception left it (rt__exc_keep_locals):
     * `slots`, the frame's variables themselves (rt__exc_tb_nslots(code) values, owned:
     * its locals, RT_NULL where unbound, then its cells), or NULL; `locals`, the dict a
     * program reads as f_locals (owned), made from the slots at the first read and
     * refreshed from them at each (exc_tb.c), or RT_NONE for an empty one not made yet.
     * A frame whose locals() dict existed keeps that dict alone. Both RT_NULL/NULL:
     * nothing kept. */
    rt_value locals;
    rt_value *slots;
} rt_tb_entry;

typedef struct rt_exc {
    rt_obj hdr;
    rt_value cls;          /* type object, owned */
    rt_value args;         /* tuple, owned */
    rt_value cause;        /* `raise X from Y`: Y, or RT_NULL */
    rt_value context;      /* the exception being handled when raised, or RT_NULL */
    bool suppress_context; /* `raise X from ...`: the context is not printed */
    rt_value dict;         /* instance attributes (self.code = 3), or RT_NULL */
    rt_value group;        /* a BaseExceptionGroup's (message, exceptions tuple), owned; else
                              RT_NULL (exc_group.c) */
    rt_tb_entry *tb;
    uint32_t ntb, tbcap;
    uint32_t nslots; /* the values the entries' slots hold, all together (exc_size) */
} rt_exc;

static inline rt_exc *rt_exc_of(rt_value v)
{
    return (rt_exc *)rt_as_obj(v);
}
static inline bool rt_is_exc(rt_value v)
{
    return rt_is_obj(v) && rt_as_obj(v)->type == RT_T_EXC;
}

/* Creates rt->exc_types[*] from RT_EXC_LIST and the preallocated
 * MemoryError. Called by state.c after rt__types_init. 0 or -1. */
int rt__exc_init(rt_state *rt);
void rt__exc_dispose(rt_state *rt);

/* A new instance of exception class cls (borrowed) with args (a tuple,
 * borrowed). */
rt_value rt_exc_new(rt_state *rt, rt_value cls, rt_value args);

/* Raises StopIteration() (no arguments: what next() raises at the end of an iterator and
 * what a native __next__ method raises). Returns RT_NULL. */
rt_value rt_raise_stop_iteration(rt_state *rt);

/* Calling an exception class: ValueError("x"), KeyError(k), Exception().
 * Keyword arguments raise TypeError; UnicodeDecodeError and
 * UnicodeEncodeError check their five arguments; OSError(errno, ...) makes
 * the subclass for errno (FileNotFoundError for ENOENT, ...). */
rt_value rt__exc_call(rt_state *rt, rt_value cls, const rt_value *args, size_t nargs,
                      rt_value kwnames);

/* The name (and obj) attributes CPython gives the current exception when it
 * is an AttributeError from reading obj.name, or a NameError for name,
 * unless it has them already. Never fails: the exception stays. */
void rt__exc_attr_context(rt_state *rt, rt_value obj, rt_value name);
void rt__exc_name_context(rt_state *rt, rt_value name);

/* A new instance of exception class cls with args[0..nargs) (borrowed): its
 * args tuple, except that an OSError given a file name keeps (errno,
 * strerror) as args and filename, filename2 as attributes, as CPython's.
 * RT_NULL with MemoryError. */
rt_value rt__exc_from_args(rt_state *rt, rt_value cls, const rt_value *args, size_t nargs);

/* True when v is an exception class (a type object whose instances are
 * RT_T_EXC). */
bool rt_is_exc_class(rt_value v);

/* True when exception instance e matches `spec`: a class or a tuple of
 * classes (an `except` clause). -1 with TypeError when spec is neither
 * ("catching classes that do not inherit from BaseException is not
 * allowed"). */
int rt_exc_match_spec(rt_state *rt, rt_value e, rt_value spec);

/* Appends a traceback entry (code borrowed) to exception e. Best effort:
 * out of memory drops the entry. */
void rt__exc_add_tb(rt_state *rt, rt_value e, rt_code *code, int line, uint32_t cols);
/* Appends to sb the carets under a traceback line (line[0..len), one source
 * line) for an instruction with these columns (rt_cols_pack; 0: none), as
 * CPython 3.11 draws them; nothing when they would span the whole line
 * (tbcaret.c). */
void rt__tb_carets(rt_strbuf *sb, const char *line, size_t len, uint32_t cols);

/* Makes e (stolen) the current exception without touching its context: a
 * re-raise (bare `raise`, the end of a `finally`). */
void rt__exc_restore(rt_state *rt, rt_value e);

/* Takes the current exception (a new reference; rt->exc becomes RT_NULL).
 * RT_NULL when none. */
rt_value rt_exc_fetch(rt_state *rt);

/* Makes cause (stolen; an exception or RT_NULL) the __cause__ and the
 * __context__ of the current exception, as CPython's _PyErr_FormatFromCause:
 * a runtime error that wraps the exception that provoked it. */
void rt__exc_set_cause(rt_state *rt, rt_value cause);

/* e.__traceback__ (exc_tb.c): None without entries, else a new chain of
 * traceback objects (stdlib/_tbtypes.py) built from them. */
rt_value rt__exc_traceback_get(rt_state *rt, rt_value e);

/* sys._getframe(depth): a frame object (stdlib/_tbtypes.py) for the running
 * frame depth calls above the caller's (0: the caller's own), whose f_back
 * chain reaches the outermost; each records its code, line, globals and a
 * snapshot of its locals (locals()' dict). RT_NULL with ValueError past the
 * outermost frame, or MemoryError. */
rt_value rt__frame_snapshot(rt_state *rt, int64_t depth);

/* The same for frame f (a running frame, or a suspended generator's, whose
 * f_back is then None). */
struct rt_frame;
rt_value rt__frame_object(rt_state *rt, struct rt_frame *f);
/* e.__traceback__ = tb / e.with_traceback(tb): tb None drops the entries,
 * a traceback chain replaces them; TypeError "__traceback__ must be a
 * traceback or None" for anything else. 0 or -1. */
int rt__exc_traceback_set(rt_state *rt, rt_value e, rt_value tb);
/* Whether v is a traceback object (exc_tb.c). */
bool rt__is_traceback(rt_state *rt, rt_value v);

/* "ValueError: msg" / "ValueError" (the last traceback line) appended to sb. */
int rt_exc_format_last_line(rt_state *rt, rt_value e, rt_strbuf *sb);
/* The whole CPython-style traceback text appended to sb; `source` (may be
 * NULL) is the module source for the source lines under each entry. */
int rt_exc_format_traceback(rt_state *rt, rt_value e, const char *source, size_t source_len,
                            rt_strbuf *sb);
/* The same as the report of an uncaught exception: a NameError or
 * AttributeError's last line ends in its "Did you mean" hint (exc_hint.c). */
int rt_exc_format_uncaught(rt_state *rt, rt_value e, const char *source, size_t source_len,
                           rt_strbuf *sb);
/* The same without the source lines under the entries (what CPython prints
 * once it can no longer read source files, at exit). */
int rt_exc_format_traceback_lines_only(rt_state *rt, rt_value e, rt_strbuf *sb);

/* The site part of a SyntaxError report, as CPython prints it:
 *   File "<string>", line 1
 *     x = = 1
 *         ^
 * (text may be NULL; col/end_col are 1-based characters, 0 when unknown).
 * Used for uncaught SyntaxErrors of the program and of exec()'d source. */
void rt__syntax_site_append(rt_strbuf *sb, const char *filename, int line, int col, int end_line,
                            int end_col, const char *text);

/* Puts the builtin exception classes outside RT_EXC_LIST (the warning
 * categories, the OSError family, ...) into the builtins dict: classes
 * programs name but the runtime never raises. Called by state.c after the
 * builtins exist. 0 or -1. */
int rt__exc_extra_init(rt_state *rt);

/* warnings.<fn>(*args) (stdlib/warnings.py): its result (a new reference),
 * or RT_NULL with the error. */
rt_value rt__warnings_call(rt_state *rt, const char *fn, const rt_value *args, size_t nargs);
/* warnings.warn(text, category) for the running Python code (the frame
 * that called into the runtime), category the name of a builtin warning
 * class ("DeprecationWarning"): 0, or -1 with the exception (an "error"
 * filter turns the warning into one). */
int rt__warn(rt_state *rt, const char *category, const char *text);

/* The exception being raised (rt->exc) leaves function frame f: its
 * traceback entry for f keeps f's variables (what the frame's f_locals shows
 * later, as CPython's traceback keeps the frame): a copy of its local slots
 * and its cells, made into a dict only if a program reads f_locals (an
 * unwind pays one allocation and the references); a frame whose locals()
 * dict exists keeps that dict, brought up to date. Not for a MemoryError or
 * RecursionError, nor past the traceback's 4096 entries (deep unwinds);
 * errors are dropped (the entry then has none). */
void rt__exc_keep_locals(rt_state *rt, struct rt_frame *f);

/* How many values a traceback entry of code c keeps in its slots: its
 * locals, cell and free variables. */
static inline uint32_t rt__exc_tb_nslots(const rt_code *c)
{
    return (uint32_t)c->nlocals + c->ncellvars + c->nfreevars;
}

/* Entry t of exception e drops what it keeps of its frame's locals (either
 * form, exc.h's rt_tb_entry); its code stays. */
void rt__exc_tb_locals_drop(rt_state *rt, rt_exc *e, rt_tb_entry *t);

/* The builtin kind of exception class cls, or -1. */
int rt_exc_class_kind(rt_value cls);

/* A SyntaxError's (filename, lineno, offset, text, end_lineno, end_offset)
 * tuple (borrowed), or RT_NULL when ev is no SyntaxError or its args have no
 * such detail. */
rt_value rt__exc_syntax_detail(rt_state *rt, rt_value ev);

/* The name the "Did you mean: 'x'?" hint of an uncaught NameError or
 * AttributeError ev offers (exc_hint.c), a new reference, or RT_NULL when
 * there is none; never fails (errors met on the way are dropped, rt->exc
 * kept). */
rt_value rt__exc_hint(rt_state *rt, rt_value ev);

/* ---- exception groups and notes (exc_group.c) ---- */

/* Gives ExceptionGroup its second base, Exception. Called by rt__exc_init. */
int rt__exc_group_init(rt_state *rt);
/* A new BaseExceptionGroup of class cls (borrowed) from the arguments of
 * its constructor (message, sequence of exceptions), with CPython's checks;
 * BaseExceptionGroup itself becomes ExceptionGroup when every member is an
 * Exception. RT_NULL with TypeError/ValueError. */
rt_value rt__exc_group_new(rt_state *rt, rt_value cls, const rt_value *args, size_t nargs);
/* The builtin methods of BaseException (add_note, with_traceback) and of
 * BaseExceptionGroup (derive, split, subgroup, __new__) named `name`, or NULL. */
const rt_builtin_def *rt__exc_method_find(rt_state *rt, int exc_kind, rt_value name);
/* `except* T` (CHECK_EG_MATCH): splits exc (borrowed) by T into *match and
 * *rest (new references, RT_NULL for None): a group's matching members, a
 * lone matching exception wrapped in a new ExceptionGroup. 0, or -1 with
 * TypeError when T is no exception type or is a group type. */
int rt__exc_group_match(rt_state *rt, rt_value exc, rt_value type, rt_value *match, rt_value *rest);
/* The exception a try/except* statement re-raises (PREP_RERAISE_STAR), a
 * new reference or RT_NULL for none: what the clauses raised (a list, with
 * None for nothing and the unmatched rest last) combined with orig's
 * members that were re-raised, kept in orig's nesting. RT_NULL with an
 * exception set on error (check rt->exc). */
rt_value rt__exc_group_reraise(rt_state *rt, rt_value orig, rt_value raised);

/* Hooks for ops.c (ops.h): rt__exc_getattr, rt__exc_repr, rt__exc_str;
 * type.h: rt__exc_class. */

extern const rt_typeinfo rt__exc_typeinfo;

#endif
