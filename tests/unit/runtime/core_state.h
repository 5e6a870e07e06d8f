/* core_state.h: the object-core tests' state fixture (core_state.c). */
#ifndef CLOSURED_TESTS_CORE_STATE_H
#define CLOSURED_TESTS_CORE_STATE_H

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"

/* A state with the heap, sites, gc, strings, types and exception classes
 * initialised (heap_limit 0 = none); NULL when out of memory. */
rt_state *core_state_new(size_t heap_limit);
/* Disposes it; returns live bytes + live objects left after the types and
 * exceptions were released (0 = nothing leaked). */
uint64_t core_state_free(rt_state *rt);

#endif
