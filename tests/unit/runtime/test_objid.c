/* test_objid.c: object ids: a keyed permutation of address and type that round-trips, stays
 * odd and below 2^53, depends on the key, and separates types sharing an address; and the
 * UTF-8 validator against RFC 3629's cases. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/objid.h"
#include "runtime/rt.h"
#include "runtime/state.h"
#include "tests/harness.h"

TEST(round_trip)
{
    rt_config a = {.id_key = {1, 2}}, b = {.id_key = {1, 3}};
    rt_state *ra = rt_state_new(&a), *rb = rt_state_new(&b);
    CHECK(ra && rb);
    static uint64_t words[64]; /* 8-byte aligned stand-ins for objects */
    int same_key_differs = 0, spread = 0;
    uint64_t lo = UINT64_MAX, hi = 0;
    for (int i = 0; i < 64; i++) {
        rt_obj *o = (rt_obj *)(void *)&words[i];
        o->type = (uint8_t)(i % 5);
        uint64_t id = rt__objid(ra, o);
        CHECK((id & 1) == 1 && id < (UINT64_C(1) << 52));
        CHECK(rt__objid_object(ra, id) == o);
        CHECK(id != (uint64_t)(uintptr_t)o);
        same_key_differs += rt__objid(rb, o) != id;
        lo = id < lo ? id : lo;
        hi = id > hi ? id : hi;
    }
    spread = hi - lo > (UINT64_C(1) << 40);
    CHECK_EQ_INT(same_key_differs, 64);
    CHECK(spread); /* neighbours in memory are far apart as ids */
    rt_obj *o = (rt_obj *)(void *)&words[0];
    o->type = 1;
    uint64_t as1 = rt__objid(ra, o);
    o->type = 2;
    CHECK(rt__objid(ra, o) != as1); /* a reused address of another type: another id */
    CHECK(rt__objid_object(ra, 2) == NULL);
    CHECK(rt__objid_object(ra, UINT64_C(1) << 52 | 1) == NULL);
    rt_state_free(ra);
    rt_state_free(rb);
}

TEST(utf8)
{
    static const struct {
        const char *s;
        size_t bad; /* (size_t)-1: valid */
    } cases[] = {
        {"", (size_t)-1},
        {"plain ascii text, longer than eight bytes", (size_t)-1},
        {"h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80", (size_t)-1},
        {"\xf4\x8f\xbf\xbf", (size_t)-1}, /* U+10FFFF */
        {"\xed\x9f\xbf", (size_t)-1},     /* U+D7FF */
        {"ab\x80", 2},                    /* stray continuation */
        {"\xc0\xaf", 0},                  /* overlong '/' */
        {"\xc1\xbf", 0},
        {"\xe0\x80\xaf", 0},     /* overlong */
        {"\xed\xa0\x80", 0},     /* surrogate U+D800 */
        {"\xf0\x80\x80\xaf", 0}, /* overlong */
        {"\xf4\x90\x80\x80", 0}, /* past U+10FFFF */
        {"\xf5\x80\x80\x80", 0}, /* invalid lead */
        {"abcdefghij\xf0", 10},  /* truncated at the end */
        {"x\xe2\x82", 1},        /* truncated */
        {"x\xe2\x82y", 1},       /* bad continuation */
        {"\xff", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t bad = 12345;
        int ok = rt_utf8_valid(cases[i].s, strlen(cases[i].s), &bad);
        if (cases[i].bad == (size_t)-1) {
            CHECK(ok);
        } else {
            CHECK(!ok);
            CHECK_EQ_INT(bad, cases[i].bad);
        }
    }
    CHECK(rt_utf8_valid("a\0b", 3, NULL)); /* NUL is well-formed; callers refuse it apart */
}

RUN_TESTS(CASE(round_trip), CASE(utf8))
