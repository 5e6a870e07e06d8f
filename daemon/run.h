/* run.h: `closured run FILE.py`, one-shot execution with a python3-like exit status. */
#ifndef CLOSURED_DAEMON_RUN_H
#define CLOSURED_DAEMON_RUN_H

/* Runs the script at path with its own argv (argv[0] is the script path).
 * Returns the process exit status: 0 on success, 1 on an uncaught exception,
 * 2 when the file cannot be run. */
int d_run_file(const char *path, int argc, char **argv);

#endif
