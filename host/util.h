/* util.h: the few process utilities every layer above the runtime shares:
 * whole-file reading, string copies, the clocks and random id keys. One of
 * each, here.
 *
 * Every function is thread-safe (no state). Returned strings and buffers
 * are malloc'ed and the caller's to free. */
#ifndef CLOSURED_HOST_UTIL_H
#define CLOSURED_HOST_UTIL_H

#include <stddef.h>
#include <stdint.h>

/* Reads the whole file at path into a NUL-terminated buffer; *len (may be
 * NULL) gets its size without the NUL. NULL with errno set (ENOMEM, EIO or
 * fopen's) on failure. */
char *d_file_read(const char *path, size_t *len);

/* A copy of s (NULL for s NULL or out of memory). */
char *d_strdup(const char *s);

/* A NUL-terminated copy of the n bytes at s (NULL when out of memory). */
char *d_strndup(const char *s, size_t n);

/* Seconds since the epoch (wall clock): for timestamps people read. */
double d_now_unix(void);

/* Monotonic nanoseconds: for durations and deadlines. */
uint64_t d_now_ns(void);
/* The calling thread's CPU time in nanoseconds (0 if the clock cannot be read): what a
 * budget of work on a worker counts, since a loaded machine's waiting is not work. */
uint64_t d_thread_cpu_ns(void);

/* A fresh random key for a runtime's object ids (rt_config.id_key), from the kernel's
 * generator; from the clocks and a stack address should that fail. */
void d_id_key(uint64_t key[2]);

#endif
