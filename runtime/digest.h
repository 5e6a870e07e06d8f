/* digest.h: the message digests of hashlib (MD5, RFC 1321; SHA-1 and the
 * SHA-2 family, FIPS 180-4), fed incrementally. An rt_digest is a plain
 * value: copying the struct copies the hash (hash.copy()), and finishing
 * reads it without changing it, so more data may follow a digest(). */
#ifndef CLOSURED_RUNTIME_DIGEST_H
#define CLOSURED_RUNTIME_DIGEST_H

#include <stddef.h>
#include <stdint.h>

typedef enum rt_digest_alg {
    RT_DIGEST_MD5,
    RT_DIGEST_SHA1,
    RT_DIGEST_SHA224,
    RT_DIGEST_SHA256,
    RT_DIGEST_SHA384,
    RT_DIGEST_SHA512,
    RT_DIGEST_COUNT
} rt_digest_alg;

/* The running state: chaining values, the bytes of an unfinished block and
 * the message length so far. Zeroed by rt_digest_init, padding included, so
 * that its bytes may be kept in a bytes object. */
typedef struct rt_digest {
    uint64_t nbytes;
    union {
        uint32_t w32[8];
        uint64_t w64[8];
    } h;
    uint8_t buf[128];
    uint32_t buflen;
    uint32_t alg; /* an rt_digest_alg */
} rt_digest;

/* The algorithm named `name` (hashlib's lower-case names: "md5", "sha1",
 * "sha224", "sha256", "sha384", "sha512"), or -1. */
int rt_digest_lookup(const char *name, size_t len);
const char *rt_digest_name(rt_digest_alg alg);
size_t rt_digest_size(rt_digest_alg alg);
size_t rt_digest_block_size(rt_digest_alg alg);

void rt_digest_init(rt_digest *d, rt_digest_alg alg);
void rt_digest_update(rt_digest *d, const uint8_t *data, size_t len);
/* Writes the digest of everything fed so far to out (rt_digest_size bytes,
 * at most 64) and returns its size; d is unchanged. */
size_t rt_digest_final(const rt_digest *d, uint8_t out[64]);

/* The SHA-512 of data[0..len) in one call (random's seeding from a str). */
void rt_sha512(const uint8_t *data, size_t len, uint8_t out[64]);

#endif
