/* compile_opt.h: the quickening pass over a compiled code object's
 * instructions: common runs of instructions become fused instructions
 * (opcodes.h, RT_FUSED_OPCODES) that the loop runs with one dispatch. */
#ifndef CLOSURED_RUNTIME_COMPILE_OPT_H
#define CLOSURED_RUNTIME_COMPILE_OPT_H

#include <stddef.h>
#include <stdint.h>

/* Rewrites insns[0..n) in place (jump arguments already resolved to
 * instruction indexes): at each index where a fused instruction's run of
 * opcodes starts, with no jump target inside the run after its first word,
 * the first word's opcode becomes the longest such fused instruction; its
 * argument and every other word stay as they were, so indexes, line numbers,
 * jump targets and handler addresses do not move. Runs may overlap (the
 * second word of a fused run may head a run of its own): a fused
 * instruction that takes its slow path runs its first instruction alone,
 * and the next word dispatches as usual. Returns the number of words
 * rewritten. Never fails: without memory for its table of jump targets it
 * rewrites nothing (the code runs as compiled). */
size_t rt_code_quicken(uint32_t *insns, size_t n);

#endif
