/* stub_vm.h: the object-core tests' state helper (stub_vm.c). */
#ifndef CLOSURED_TESTS_STUB_VM_H
#define CLOSURED_TESTS_STUB_VM_H

#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"

/* A state with the heap, sites, gc, strings, types and exception classes
 * initialised (heap_limit 0 = none); NULL when out of memory. */
rt_state *stub_state_new(size_t heap_limit);
/* Disposes it; returns live bytes + live objects left after the types and
 * exceptions were released (0 = nothing leaked). */
uint64_t stub_state_free(rt_state *rt);

#endif
