/* version.c: the runtime's version string, shared by every binary. */
#include "runtime/rt.h"

const char *rt_version(void)
{
    return RT_VERSION_STRING;
}
