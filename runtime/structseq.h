/* structseq.h: named tuples made in C (sys.version_info and the like). */
#ifndef CLOSURED_RUNTIME_STRUCTSEQ_H
#define CLOSURED_RUNTIME_STRUCTSEQ_H

#include <stddef.h>

#include "runtime/object.h"

/* An instance of a new class `module.name` deriving from tuple, whose n
 * items are values[] (new references, all consumed, also on failure; an
 * RT_NULL among them fails with the exception already set) and whose
 * fields[i] are read-only attributes for item i; repr
 * "module.name(field=value, ...)". A new reference, or RT_NULL with an
 * exception set. */
rt_value rt__structseq_new(rt_state *rt, const char *module, const char *name,
                           const char *const *fields, size_t n, rt_value *values);

#endif
