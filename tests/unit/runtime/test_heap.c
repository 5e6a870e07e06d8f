/* test_heap.c: the allocation chokepoint: exact accounting by type and
 * site, return to baseline, the heap limit and MemoryError. */
#include "runtime/dict.h"
#include "runtime/gc.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/num.h"
#include "runtime/site.h"
#include "runtime/strbuf.h"
#include "tests/unit/runtime/objtest.h"

/* The constant type sets the allocation path reads (object.h) agree with
 * the slot table: containers are the types with a traverse-bearing slot
 * marked is_container, and all but the cell carry their link inline. */
TEST(type_sets_match_slot_table)
{
    for (unsigned t = 0; t < RT_T_COUNT; t++) {
        const rt_typeinfo *ti = rt_typeinfos[t];
        bool cont = ti && ti->is_container;
        CHECK_EQ_INT(rt_type_is_container(t), cont);
        CHECK_EQ_INT(rt_type_inline_link(t), cont && t != RT_T_CELL);
    }
    CHECK(rt_type_is_container(RT_T_CELL));
    CHECK(!rt_type_inline_link(RT_T_CELL));
    CHECK(rt_type_inline_link(RT_T_FUNCTION));
    CHECK(!rt_type_is_container(RT_T_STR));
}

/* An object is zeroed up to the end of its block whatever its size: an
 * object whose size is not a multiple of 8 (a str: header, bytes and the
 * NUL) once kept the previous owner's last bytes on the fast path, and a
 * str lost its terminator. (With a site override set, as here, every
 * object takes the slow path: it zeroes the same bytes.) */
TEST(fast_path_zeroes_the_whole_block)
{
    STATE_BEGIN;
    uint16_t site = rt_site_intern(rt, "z.py", 1);
    uint16_t old = rt_heap_set_site(rt, site);
    rt_obj *first = rt_obj_alloc(rt, RT_T_STR, 64); /* interns the site's slot */
    rt_obj_free(rt, first, 64);
    for (size_t size = sizeof(rt_obj) + 1; size <= 120; size++) {
#ifdef RT_POOL_OFF
        size_t block = size; /* every object its own malloc block (ASan builds) */
#else
        size_t block = (size + 7) & ~(size_t)7;
#endif
        unsigned char *o = (unsigned char *)rt_obj_alloc(rt, RT_T_STR, size);
        memset(o + sizeof(rt_obj), 0xa5, block - sizeof(rt_obj)); /* the previous owner's bytes */
        rt_obj_free(rt, (rt_obj *)o, size);
        unsigned char *n = (unsigned char *)rt_obj_alloc(rt, RT_T_STR, size);
#ifndef RT_POOL_OFF
        CHECK(n == o); /* the freed block again */
#endif
        size_t dirty = 0;
        for (size_t i = sizeof(rt_obj); i < block; i++)
            dirty += n[i] != 0;
        if (dirty) {
            CHECK_EQ_INT((int)size, 0);
            CHECK_EQ_INT((int)dirty, 0);
        }
        rt_obj_free(rt, (rt_obj *)n, size);
    }
    rt_heap_set_site(rt, old);
    STATE_END;
}

TEST(alloc_free_returns_to_baseline)
{
    STATE_BEGIN;
    rt_heap_totals before, mid, after;
    rt_heap_totals_get(rt, &before);
    rt_value l = rt_list_new(rt, 0);
    for (int i = 0; i < 100; i++) {
        rt_value f = rt_float_new(rt, i);
        rt_list_append(rt, l, f);
        rt_decref(rt, f);
    }
    rt_heap_totals_get(rt, &mid);
    CHECK_EQ_INT(mid.live_objects - before.live_objects, 101);
    /* bytes = list size slot + 100 floats */
    CHECK_EQ_INT(mid.live_bytes - before.live_bytes,
                 rt_value_sizeof(l) + 100 * sizeof(rt_float_obj));
    CHECK_EQ_INT(rt_heap_by_type(rt, RT_T_FLOAT).objects, 100);
    CHECK_EQ_INT(rt_heap_by_type(rt, RT_T_FLOAT).bytes, 100 * sizeof(rt_float_obj));
    CHECK_EQ_INT(rt_heap_by_type(rt, RT_T_LIST).bytes, rt_value_sizeof(l));
    rt_decref(rt, l);
    rt_heap_totals_get(rt, &after);
    CHECK_EQ_INT(after.live_bytes, before.live_bytes);
    CHECK_EQ_INT(after.live_objects, before.live_objects);
    CHECK(after.peak_bytes >= mid.live_bytes);
    CHECK_EQ_INT(rt_heap_by_type(rt, RT_T_FLOAT).objects, 0);
    CHECK_EQ_INT(rt_heap_by_type(rt, RT_T_LIST).bytes, 0);
    STATE_END;
}

TEST(sizes)
{
    STATE_BEGIN;
    CHECK_EQ_INT(rt_value_sizeof(I(5)), 8);
    CHECK_EQ_INT(rt_value_sizeof(RT_NONE), 8);
    CHECK_EQ_INT(rt_value_sizeof(RT_TRUE), 8);
    rt_value f = rt_float_new(rt, 1.5);
    CHECK_EQ_INT(rt_value_sizeof(f), 16);
    rt_decref(rt, f);
    rt_value big = rt_int_from_i64(rt, INT64_MAX);
    CHECK(rt_is_obj(big));
    CHECK_EQ_INT(rt_value_sizeof(big), 16 + 2 * 4); /* header, sign and size, two limbs */
    rt_decref(rt, big);
    rt_value l = rt_list_new(rt, 0);
    CHECK_EQ_INT(rt_value_sizeof(l), 16 + sizeof(rt_list_obj));
    rt_decref(rt, l);
    STATE_END;
}

TEST(by_site)
{
    STATE_BEGIN;
    uint16_t s1 = rt_site_intern(rt, "a.py", 3), s2 = rt_site_intern(rt, "a.py", 4);
    CHECK(s1 != 0 && s2 != 0 && s1 != s2);
    CHECK_EQ_INT(rt_site_intern(rt, "a.py", 3), s1);
    CHECK_EQ_STR(rt_site_get(rt, s1)->filename, "a.py");
    CHECK_EQ_INT(rt_site_get(rt, s2)->line, 4);
    CHECK_EQ_STR(rt_site_get(rt, 0)->filename, "<runtime>");
    uint16_t old = rt_heap_set_site(rt, s1);
    rt_value l = rt_list_new(rt, 0);
    rt_heap_set_site(rt, old);
    CHECK_EQ_INT(rt_as_obj(l)->site, s1);
    for (int i = 0; i < 50; i++)
        rt_list_append(rt, l, I(i));
    CHECK_EQ_INT(rt_heap_by_site(rt, s1).objects, 1);
    CHECK_EQ_INT(rt_heap_by_site(rt, s1).bytes, rt_value_sizeof(l));
    rt_heap_move_site(rt, rt_as_obj(l), s2);
    CHECK_EQ_INT(rt_heap_by_site(rt, s1).bytes, 0);
    CHECK_EQ_INT(rt_heap_by_site(rt, s2).bytes, rt_value_sizeof(l));
    rt_decref(rt, l);
    CHECK_EQ_INT(rt_heap_by_site(rt, s2).bytes, 0);
    CHECK_EQ_INT(rt_heap_by_site(rt, s2).objects, 0);
    /* many sites grow the table */
    for (int i = 0; i < 3000; i++)
        CHECK(rt_site_intern(rt, i % 2 ? "b.py" : "c.py", i) != 0);
    CHECK_EQ_INT(rt_site_intern(rt, "b.py", 2999), rt_site_intern(rt, "b.py", 2999));
    STATE_END;
}

TEST(limit_memory_error)
{
    rt_state *rt = core_state_new(0);
    CHECK(rt != NULL);
    rt_heap_set_limit(rt, rt->heap.live_bytes + 4096);
    rt_value l = rt_list_new(rt, 0);
    int failed = 0;
    for (int i = 0; i < 10000 && !failed; i++) {
        rt_value f = rt_float_new(rt, i);
        if (!f) {
            failed = 1;
            break;
        }
        if (rt_list_append_steal(rt, l, f) != 0)
            failed = 1;
    }
    CHECK(failed);
    CHECK(rt->exc != RT_NULL);
    CHECK(rt_exc_matches(rt, RT_EXC_MemoryError));
    CHECK(rt->heap.live_bytes <= rt->heap.limit + 1024);
    rt_exc_clear(rt);
    rt_decref(rt, l);
    rt_heap_set_limit(rt, 0);
    CHECK_EQ_INT(core_state_free(rt), 0);
}

/* Host memory and string builders are charged against the same limit. */
TEST(charges_share_the_limit)
{
    rt_state *rt = core_state_new(0);
    CHECK(rt != NULL);
    uint64_t base = rt->heap.live_bytes, other = rt->heap.other_bytes;
    rt_heap_set_limit(rt, base + 100000);
    CHECK_EQ_INT(rt_mem_charge(rt, 60000), 0);
    CHECK_EQ_INT(rt->heap.live_bytes, base + 60000);
    CHECK_EQ_INT(rt->heap.other_bytes, other + 60000);
    CHECK_EQ_INT(rt_mem_charge(rt, 50000), -1); /* refused, nothing charged, no exception */
    CHECK_EQ_INT(rt->heap.live_bytes, base + 60000);
    CHECK(rt->exc == RT_NULL);
    CHECK_EQ_INT(rt_mem_charge(rt, SIZE_MAX), -1);
    /* a builder can no longer grow past what is left */
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    CHECK_EQ_INT(rt_strbuf_append_repeat(&sb, "x", 1, 30000), 0);
    CHECK_EQ_INT(rt->heap.live_bytes > base + 60000 + 30000, 1);
    CHECK_EQ_INT(rt_strbuf_append_repeat(&sb, "x", 1, 20000), -1);
    CHECK(sb.failed);
    CHECK(rt_exc_matches(rt, RT_EXC_MemoryError));
    rt_exc_clear(rt);
    CHECK(rt_heap_strbuf_error(rt) == RT_NULL && rt_exc_matches(rt, RT_EXC_MemoryError));
    rt_exc_clear(rt);
    rt_strbuf_dispose(&sb);
    rt_mem_uncharge(rt, 60000);
    CHECK_EQ_INT(rt->heap.live_bytes, base);
    CHECK_EQ_INT(rt->heap.other_bytes, other);
    rt_heap_set_limit(rt, 0);
    CHECK_EQ_INT(core_state_free(rt), 0);
}

TEST(gc_tracking)
{
    STATE_BEGIN;
    size_t g0 = rt_gc_gen_size(rt, 0);
    rt_value l = rt_list_new(rt, 0), d = rt_dict_new(rt), f = rt_float_new(rt, 2);
    CHECK(rt_as_obj(l)->flags & RT_F_TRACKED);
    CHECK(rt_as_obj(d)->flags & RT_F_TRACKED);
    CHECK(!(rt_as_obj(f)->flags & RT_F_TRACKED));
    CHECK_EQ_INT(rt_gc_gen_size(rt, 0), g0 + 2);
    rt_decref(rt, l);
    rt_decref(rt, d);
    rt_decref(rt, f);
    CHECK_EQ_INT(rt_gc_gen_size(rt, 0), g0);
    rt->gc_pending = false;
    rt_value ls[800];
    for (int i = 0; i < 800; i++)
        ls[i] = rt_list_new(rt, 0);
    CHECK(rt->gc_pending);
    for (int i = 0; i < 800; i++)
        rt_decref(rt, ls[i]);
    STATE_END;
}

TEST(fail_countdown)
{
    STATE_BEGIN;
    rt__heap_fail_after(rt, 3);
    rt_value a = rt_float_new(rt, 1), b = rt_float_new(rt, 2), c = rt_float_new(rt, 3);
    CHECK(a && b && !c);
    CHECK(raised(rt, RT_EXC_MemoryError, ""));
    rt_decref(rt, a);
    rt_decref(rt, b);
    STATE_END;
}

RUN_TESTS(CASE(type_sets_match_slot_table), CASE(fast_path_zeroes_the_whole_block),
          CASE(alloc_free_returns_to_baseline), CASE(sizes), CASE(by_site),
          CASE(limit_memory_error), CASE(charges_share_the_limit), CASE(gc_tracking),
          CASE(fail_countdown))
