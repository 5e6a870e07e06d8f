/* match.h: what the match statement asks the VM (compile_match.c emits
 * MATCH_SEQUENCE, MATCH_MAPPING and MATCH_CLASS; vm.c calls these). Each
 * answers with a new tuple of the values the sub-patterns match, in order,
 * RT_NONE when the subject does not match, or RT_NULL with an exception set
 * (CPython's TypeErrors of class patterns, and errors of the subject's own
 * code such as a property raising). */
#ifndef CLOSURED_RUNTIME_MATCH_H
#define CLOSURED_RUNTIME_MATCH_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/state.h"

/* Sub-patterns of one sequence, mapping or class pattern, at most. */
#define RT_MATCH_SEQ_MAX 1024

/* MATCH_SEQUENCE's argument: n sub-patterns, the starred one at `star` (-1: none). */
static inline uint32_t rt_match_seq_arg(int n, int star)
{
    return (uint32_t)n | (uint32_t)(star + 1) << 12;
}

/* A list, tuple or range (or a class derived from list or tuple; never a
 * str) with exactly n items, or at least n - 1 with a star: the n values,
 * the starred one a list of the middle items. */
rt_value rt_match_sequence(rt_state *rt, rt_value subject, uint32_t arg);

/* A dict (or a class derived from dict) holding every key of the tuple
 * `keys`: their values, then (rest) a new dict of the other items. Keys
 * are looked up without __missing__, as CPython's .get(); a key repeated
 * in `keys` is a ValueError. */
rt_value rt_match_mapping(rt_state *rt, rt_value subject, rt_value keys, bool rest);

/* isinstance(subject, cls), then the values for nargs positional
 * sub-patterns (the attributes cls.__match_args__ names, or the subject
 * itself for bool, int, float, str, list, tuple, dict, set, bytes, ...)
 * and for the attribute names of the tuple kwnames; a missing attribute
 * does not match. */
rt_value rt_match_class(rt_state *rt, rt_value subject, rt_value cls, rt_value kwnames, int nargs);

#endif
