/* run.h: `closured run FILE.py`, one-shot execution with a python3-like exit status. */
#ifndef CLOSURED_DAEMON_RUN_H
#define CLOSURED_DAEMON_RUN_H

#include <stddef.h>

/* `closured run` with the words after `run`: options, then FILE.py and the
 * script's own arguments (its sys.argv). Returns the process exit status: 0
 * on success, 1 on an uncaught exception, sys.exit's status, 2 when the file
 * cannot be run or the options are wrong. */
int d_run_file(int argc, char **argv);

/* Parses a size: bytes, or a binary multiple with K, M or G (any case,
 * optionally followed by "iB" or "B"): 65536, 64K, 4M, 64MiB. Returns 0, or
 * -1 when the text is not such a size. */
int d_run_parse_size(const char *text, size_t *out);

#endif
