/* sys_stdin.h: sys.stdin and the line input() reads (sys_stdin.c). */
#ifndef CLOSURED_RUNTIME_SYS_STDIN_H
#define CLOSURED_RUNTIME_SYS_STDIN_H

#include "runtime/object.h"

/* Puts sys.stdin (and sys.__stdin__) into the sys module's dict: readline,
 * read, readlines, iteration by lines, isatty, readable, name/encoding/mode,
 * and .buffer, the same methods reading bytes. 0, or -1 with an exception
 * set. */
int rt__stdin_add(rt_state *rt, rt_value sys_dict);

/* The next line of standard input with its newline ("" at the end), at most
 * `limit` characters when limit >= 0: a new str, or RT_NULL with MemoryError
 * or ValueError (the input is not UTF-8). input() reads through it. */
rt_value rt__stdin_readline(rt_state *rt, int64_t limit);

/* Frees the buffered input (rt_state_free, before the heap goes). */
void rt__stdin_dispose(rt_state *rt);

#endif
