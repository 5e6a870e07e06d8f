/* nest.h: the bounds on every recursive walk of the runtime (parser, scope
 * pass, compiler, repr/compare of nested containers, exception chains), so
 * that no input of any size overflows the C stack.
 *
 * Two bounds, checked together:
 * - a depth count with CPython 3.11's limits, so a program gets the error
 *   CPython gives it (MemoryError from the parser's stack, "RecursionError:
 *   maximum recursion depth exceeded during compilation", ...);
 * - a C stack budget, the backstop: a walk that has used more than
 *   RT_STACK_BUDGET bytes of stack below the point where the runtime was
 *   entered (rt_load, rt_run, an inspection call) stops with the same error,
 *   whatever the frame sizes of this build (-O0, sanitizers) or the depth
 *   limits someone raises (sys.setrecursionlimit).
 * The stack is assumed to grow downwards, as on every target closured
 * builds for (x86-64, AArch64). Internal to runtime/. */
#ifndef CLOSURED_RUNTIME_NEST_H
#define CLOSURED_RUNTIME_NEST_H

#include <stdbool.h>
#include <stdint.h>

/* The parser's nesting limit (CPython 3.11's MAXSTACK of 6000, less what
 * its parser has used above an expression statement: calibrated so that the
 * same programs fail): a right-recursive construct nested deeper (unary
 * operators, `not`, `x if c else ...`, `elif`; lambdas and `**` count two)
 * is a bare MemoryError, as in CPython. */
#define RT_PARSE_MAX_DEPTH 5969

/* The AST depth the scope pass accepts (CPython 3.11's symtable: recursion
 * limit 1000 x COMPILER_STACK_FRAME_SCALE 3); deeper trees (long call or
 * subscript chains, a million `+` operands) end in "RecursionError: maximum
 * recursion depth exceeded during compilation". The compiler walks the same
 * tree afterwards, so it is bounded by this too. */
#define RT_COMPILE_MAX_DEPTH 3000
#define RT_COMPILE_DEPTH_MSG "maximum recursion depth exceeded during compilation"

/* Bytes of C stack a runtime entry point lets its recursive walks use:
 * enough that the depth counts above are reached first in every build
 * (AddressSanitizer's frames are several times larger, hence its own
 * figure). Threads that run workloads need 2 MiB more than this (the main
 * thread's default is 8 MiB; libuv's threads default to the same). */
#if defined(__SANITIZE_ADDRESS__)
#define RT_STACK_BUDGET ((uintptr_t)6 << 20)
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RT_STACK_BUDGET ((uintptr_t)6 << 20)
#endif
#endif
#ifndef RT_STACK_BUDGET
#define RT_STACK_BUDGET ((uintptr_t)3 << 20)
#endif

/* An address in the caller's frame: record it at an entry point. */
#define RT_STACK_HERE() ((uintptr_t)__builtin_frame_address(0))

/* True when the walk running now has used more than RT_STACK_BUDGET bytes
 * of stack below `base` (an RT_STACK_HERE() taken at the entry point);
 * false when base is 0 (no entry point recorded). */
static inline bool rt__stack_exhausted(uintptr_t base)
{
    uintptr_t here = RT_STACK_HERE();
    return base && here < base && base - here > RT_STACK_BUDGET;
}

#endif
