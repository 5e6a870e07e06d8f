/* dis.h: a disassembler for code objects, for tests and debugging. */
#ifndef CLOSURED_RUNTIME_DIS_H
#define CLOSURED_RUNTIME_DIS_H

#include <stdio.h>

#include "runtime/object.h"

/* Writes one line per instruction of code object `code` (and, when
 * `recursive`, of the code objects among its constants):
 *   "  3     12 LOAD_FAST                1 (x)". */
void rt_dis(FILE *out, rt_value code, int recursive);

#endif
