/* run.c: PLACEHOLDER for `closured run FILE.py` until the runtime exists; the runtime engineer
 * replaces it. */
#include "daemon/run.h"

#include <stdio.h>

int d_run_file(const char *path, int argc, char **argv)
{
    (void)path;
    (void)argc;
    (void)argv;
    fprintf(stderr, "closured run: the runtime is not built yet\n");
    return 2;
}
