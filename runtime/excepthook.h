/* excepthook.h: sys.excepthook, the report of an exception nothing caught
 * (excepthook.c). */
#ifndef CLOSURED_RUNTIME_EXCEPTHOOK_H
#define CLOSURED_RUNTIME_EXCEPTHOOK_H

#include "runtime/object.h"
#include "runtime/strbuf.h"

/* Puts sys.excepthook and sys.__excepthook__ (the same builtin: the
 * runtime's own report on stderr) into sys's namespace d. 0, or -1. */
int rt__excepthook_fill(rt_state *rt, rt_value d);

/* With rt->exc the exception that ended the run (its top level, or a call
 * the embedder made): 0 when its report is the runtime's own (no hook set or
 * the default one, a SystemExit, an interrupt); 1 when the program's hook
 * ran and returned (nothing more to print); 2 when the hook is missing or
 * raised: `report` then holds what CPython prints before the exception's
 * own report ("Error in sys.excepthook:" and the hook's traceback,
 * "Original exception was:"). rt->exc is the original exception again in
 * every case. Runs Python code. */
int rt__excepthook_run(rt_state *rt, rt_strbuf *report);

#endif
