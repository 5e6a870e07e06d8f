/* sha512.h: SHA-512 (FIPS 180-4) of a byte string, for seeding `random`
 * from a str as CPython does. */
#ifndef CLOSURED_RUNTIME_SHA512_H
#define CLOSURED_RUNTIME_SHA512_H

#include <stddef.h>
#include <stdint.h>

/* Writes the 64-byte digest of data[0..len) to out. */
void rt_sha512(const uint8_t *data, size_t len, uint8_t out[64]);

#endif
