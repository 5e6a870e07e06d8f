/* test_digest.c: the message digests of hashlib (digest.c): the FIPS 180-4
 * and RFC 1321 "abc" vectors, feeding in pieces, finishing without
 * consuming the state, and the lookup by name. */
#include <stdio.h>
#include <string.h>

#include "runtime/digest.h"
#include "tests/harness.h"

static const char *hex_of(const uint8_t *p, size_t n)
{
    static char buf[129];
    for (size_t i = 0; i < n; i++)
        snprintf(buf + 2 * i, 3, "%02x", p[i]);
    buf[2 * n] = 0;
    return buf;
}

static const char *digest_hex(rt_digest_alg alg, const char *msg)
{
    rt_digest d;
    rt_digest_init(&d, alg);
    rt_digest_update(&d, (const uint8_t *)msg, strlen(msg));
    uint8_t out[64];
    size_t n = rt_digest_final(&d, out);
    return hex_of(out, n);
}

TEST(abc_vectors_of_the_specifications)
{
    CHECK_EQ_STR(digest_hex(RT_DIGEST_MD5, "abc"), "900150983cd24fb0d6963f7d28e17f72");
    CHECK_EQ_STR(digest_hex(RT_DIGEST_SHA1, "abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
    CHECK_EQ_STR(digest_hex(RT_DIGEST_SHA224, "abc"),
                 "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7");
    CHECK_EQ_STR(digest_hex(RT_DIGEST_SHA256, "abc"),
                 "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK_EQ_STR(digest_hex(RT_DIGEST_SHA384, "abc"),
                 "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed"
                 "8086072ba1e7cc2358baeca134c825a7");
    CHECK_EQ_STR(digest_hex(RT_DIGEST_SHA512, "abc"),
                 "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                 "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
    CHECK_EQ_STR(digest_hex(RT_DIGEST_MD5, ""), "d41d8cd98f00b204e9800998ecf8427e");
}

TEST(pieces_hash_as_the_whole_and_final_keeps_the_state)
{
    uint8_t data[300];
    for (int i = 0; i < 300; i++)
        data[i] = (uint8_t)(i * 13 + 1);
    for (int alg = 0; alg < RT_DIGEST_COUNT; alg++) {
        rt_digest whole, parts;
        rt_digest_init(&whole, (rt_digest_alg)alg);
        rt_digest_update(&whole, data, sizeof data);
        rt_digest_init(&parts, (rt_digest_alg)alg);
        for (size_t off = 0, step = 1; off < sizeof data; off += step, step = step % 17 + 1) {
            size_t n = off + step > sizeof data ? sizeof data - off : step;
            rt_digest_update(&parts, data + off, n);
            uint8_t mid[64];
            rt_digest_final(&parts, mid); /* must not disturb what follows */
        }
        uint8_t a[64], b[64];
        size_t na = rt_digest_final(&whole, a), nb = rt_digest_final(&parts, b);
        CHECK_EQ_INT((long long)na, (long long)rt_digest_size((rt_digest_alg)alg));
        CHECK_EQ_INT((long long)na, (long long)nb);
        CHECK(memcmp(a, b, na) == 0);
    }
}

TEST(names_sizes_and_blocks)
{
    static const char *const names[] = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512"};
    static const int sizes[] = {16, 20, 28, 32, 48, 64}, blocks[] = {64, 64, 64, 64, 128, 128};
    for (int i = 0; i < RT_DIGEST_COUNT; i++) {
        CHECK_EQ_INT(rt_digest_lookup(names[i], strlen(names[i])), i);
        CHECK_EQ_STR(rt_digest_name((rt_digest_alg)i), names[i]);
        CHECK_EQ_INT((int)rt_digest_size((rt_digest_alg)i), sizes[i]);
        CHECK_EQ_INT((int)rt_digest_block_size((rt_digest_alg)i), blocks[i]);
    }
    CHECK_EQ_INT(rt_digest_lookup("sha", 3), -1);
    CHECK_EQ_INT(rt_digest_lookup("SHA256", 6), -1);
    CHECK_EQ_INT(rt_digest_lookup("sha2567", 7), -1);
}

RUN_TESTS(CASE(abc_vectors_of_the_specifications),
          CASE(pieces_hash_as_the_whole_and_final_keeps_the_state), CASE(names_sizes_and_blocks))
