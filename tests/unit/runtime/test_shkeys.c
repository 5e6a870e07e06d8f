/* test_shkeys.c: a class's shared attribute keys (shkeys.h) and the inline
 * attribute values of its instances (class.h, rt_inst): indexes, lookups by
 * identity and by value, the size cap, the owner's accounting, how the keys
 * learn names, and when an instance moves its values into a dict. */
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/gc.h"
#include "runtime/heap.h"
#include "runtime/rt.h"
#include "runtime/shkeys.h"
#include "runtime/tuple.h"
#include "tests/unit/runtime/objtest.h"

/* A full state (the class machinery needs the interned names); the test
 * ends with the heap where it began (the names it uses are interned
 * first: the lookup cache keeps the names it saw). */
#define FULL_BEGIN                                                                                 \
    rt_config cfg = {0};                                                                           \
    rt_state *rt = rt_state_new(&cfg);                                                             \
    CHECK(rt != NULL);                                                                             \
    if (!rt)                                                                                       \
        return;                                                                                    \
    const char *held[] = {"x", "y", "z", "w", "nope", "alpha", "beta"};                            \
    rt_value names[sizeof held / sizeof held[0]];                                                  \
    for (size_t k = 0; k < sizeof held / sizeof held[0]; k++)                                      \
        names[k] = rt_str_intern(rt, held[k], strlen(held[k]));                                    \
    rt_heap_totals t0, t1;                                                                         \
    rt_heap_totals_get(rt, &t0)
#define FULL_END                                                                                   \
    rt_heap_totals_get(rt, &t1);                                                                   \
    CHECK_EQ_INT(t1.live_objects, t0.live_objects);                                                \
    CHECK_EQ_INT(t1.live_bytes, t0.live_bytes);                                                    \
    for (size_t k = 0; k < sizeof held / sizeof held[0]; k++)                                      \
        rt_decref(rt, names[k]);                                                                   \
    rt_state_free(rt)

static rt_value new_class(rt_state *rt, const char *name)
{
    rt_value n = S(rt, name), bases = rt_tuple_new(rt, 0), ns = rt_dict_new(rt);
    rt_value cls = rt_class_new(rt, n, bases, ns);
    rt_decref(rt, n);
    rt_decref(rt, bases);
    rt_decref(rt, ns);
    return cls;
}

static rt_value name_of(rt_state *rt, const char *s)
{
    return rt_str_intern(rt, s, strlen(s));
}

TEST(indexes_and_lookups)
{
    FULL_BEGIN;
    rt_value cls = new_class(rt, "K");
    rt_type_obj *t = rt_type_obj_of(cls);
    CHECK_EQ_INT(rt__shkeys_find(NULL, I(0)), -1);
    CHECK_EQ_INT(rt__shkeys_bytes(NULL), 0);
    rt_heap_counts before = rt_heap_by_type(rt, RT_T_TYPE);
    rt_value a = name_of(rt, "alpha"), b = name_of(rt, "beta");
    uint32_t arefs = rt_as_obj(a)->refcnt;
    CHECK_EQ_INT(rt__shkeys_add(rt, &t->hdr, &t->keys, a), 0);
    CHECK_EQ_INT(rt__shkeys_add(rt, &t->hdr, &t->keys, b), 1);
    CHECK_EQ_INT(rt_as_obj(a)->refcnt, arefs + 1); /* the keys own their names */
    CHECK_EQ_INT(rt__shkeys_find(t->keys, a), 0);
    CHECK_EQ_INT(rt__shkeys_find(t->keys, b), 1);
    /* an equal str that is not the interned one is found by value */
    rt_value b2 = S(rt, "beta");
    CHECK(b2 != b);
    CHECK_EQ_INT(rt__shkeys_find(t->keys, b2), 1);
    rt_value c = S(rt, "gamma");
    CHECK_EQ_INT(rt__shkeys_find(t->keys, c), -1);
    /* the table is the class's buffer: charged to it, part of its size */
    rt_heap_counts after = rt_heap_by_type(rt, RT_T_TYPE);
    CHECK_EQ_INT(after.bytes - before.bytes, rt__shkeys_bytes(t->keys));
    CHECK_EQ_INT(rt_typeinfos[RT_T_TYPE]->size(&t->hdr),
                 sizeof(rt_gc_link) + sizeof(rt_type_obj) + rt__shkeys_bytes(t->keys));
    /* growing keeps the indexes; the cap refuses without an exception */
    char buf[16];
    for (uint32_t i = 2; i < RT_SHKEYS_MAX; i++) {
        snprintf(buf, sizeof buf, "n%u", i);
        rt_value n = name_of(rt, buf);
        CHECK_EQ_INT(rt__shkeys_add(rt, &t->hdr, &t->keys, n), (int64_t)i);
        rt_decref(rt, n);
    }
    CHECK_EQ_INT(t->keys->n, RT_SHKEYS_MAX);
    CHECK_EQ_INT(rt__shkeys_add(rt, &t->hdr, &t->keys, c), -1);
    CHECK(rt->exc == RT_NULL);
    CHECK_EQ_INT(rt__shkeys_find(t->keys, a), 0);
    CHECK_EQ_INT(rt__shkeys_find(t->keys, b), 1);
    snprintf(buf, sizeof buf, "n%u", RT_SHKEYS_MAX - 1);
    rt_value last = S(rt, buf);
    CHECK_EQ_INT(rt__shkeys_find(t->keys, last), (int64_t)RT_SHKEYS_MAX - 1);
    rt_decref(rt, last);
    rt_decref(rt, b2);
    rt_decref(rt, c);
    /* a class is a cycle (its __dict__ and __weakref__ entries name it, as CPython's
     * do): the collector frees it, and the keys with it: the names go back */
    rt_decref(rt, cls);
    CHECK(rt_gc_collect(rt, 2, true, NULL) >= 1);
    CHECK_EQ_INT(rt_as_obj(a)->refcnt, arefs);
    rt_decref(rt, a);
    rt_decref(rt, b);
    FULL_END;
}

static int set(rt_state *rt, rt_value o, const char *name, int64_t v)
{
    rt_value n = name_of(rt, name);
    int r = rt_setattr(rt, o, n, I(v));
    rt_decref(rt, n);
    return r;
}

static int del(rt_state *rt, rt_value o, const char *name)
{
    rt_value n = name_of(rt, name);
    int r = rt_setattr(rt, o, n, RT_NULL);
    rt_decref(rt, n);
    return r;
}

static bool is_inline(rt_value o, uint32_t vcount)
{
    return rt_inst_of(o)->dict == RT_NULL && rt_inst_of(o)->vcount == vcount;
}

TEST(instances_learn_and_move)
{
    FULL_BEGIN;
    rt_value cls = new_class(rt, "P");
    rt_type_obj *t = rt_type_obj_of(cls);
    /* the first instance has no room: it moves to a dict, and teaches its
     * class the names in the order it adds them */
    rt_value first = rt_inst_new(rt, cls);
    CHECK_EQ_INT(rt_inst_of(first)->vcap, 0);
    CHECK(set(rt, first, "x", 1) == 0 && set(rt, first, "y", 2) == 0);
    CHECK(rt_inst_of(first)->dict != RT_NULL && rt_inst_of(first)->vcount == 0);
    CHECK(t->keys != NULL && t->keys->n == 2);
    CHECK(repr_is(rt, rt_inst_of(first)->dict, "{'x': 1, 'y': 2}"));
    /* the next ones are born with room for both and keep them inline */
    rt_value o = rt_inst_new(rt, cls);
    CHECK_EQ_INT(rt_inst_of(o)->vcap, 2);
    CHECK(set(rt, o, "x", 10) == 0 && set(rt, o, "y", 20) == 0 && set(rt, o, "x", 11) == 0);
    CHECK(is_inline(o, 2));
    rt_value *vals = rt__inst_values(rt_inst_of(o), t->nslots);
    CHECK(vals[0] == I(11) && vals[1] == I(20));
    /* deleting the last name stays inline; re-adding it too */
    CHECK(del(rt, o, "y") == 0);
    CHECK(is_inline(o, 1));
    CHECK(vals[1] == RT_NULL);
    CHECK(set(rt, o, "y", 21) == 0);
    CHECK(is_inline(o, 2));
    /* a missing name: AttributeError, nothing moves */
    CHECK(del(rt, o, "nope") == -1);
    CHECK(raised(rt, RT_EXC_AttributeError, "'P' object has no attribute 'nope'"));
    CHECK(is_inline(o, 2));
    /* deleting another name moves the values into a dict, in order */
    CHECK(del(rt, o, "x") == 0);
    CHECK(rt_inst_of(o)->dict != RT_NULL && rt_inst_of(o)->vcount == 0);
    CHECK(repr_is(rt, rt_inst_of(o)->dict, "{'y': 21}"));
    /* a name out of order moves them too: y before x */
    rt_value q = rt_inst_new(rt, cls);
    CHECK(set(rt, q, "y", 5) == 0);
    CHECK(rt_inst_of(q)->dict != RT_NULL);
    CHECK(set(rt, q, "x", 6) == 0);
    CHECK(repr_is(rt, rt_inst_of(q)->dict, "{'y': 5, 'x': 6}"));
    CHECK_EQ_INT(t->keys->n, 2);
    /* a third name past the room: the instance moves, the keys learn it */
    rt_value r = rt_inst_new(rt, cls);
    CHECK(set(rt, r, "x", 1) == 0 && set(rt, r, "y", 2) == 0);
    CHECK(is_inline(r, 2));
    CHECK(set(rt, r, "z", 3) == 0);
    CHECK(rt_inst_of(r)->dict != RT_NULL);
    CHECK(repr_is(rt, rt_inst_of(r)->dict, "{'x': 1, 'y': 2, 'z': 3}"));
    CHECK_EQ_INT(t->keys->n, 3);
    rt_value s = rt_inst_new(rt, cls);
    CHECK_EQ_INT(rt_inst_of(s)->vcap, 3);
    /* __dict__ asked for: made once from the values, the same dict after */
    CHECK(set(rt, s, "x", 7) == 0);
    rt_value d = rt__inst_dict_get(rt, s);
    CHECK(d != RT_NULL && d == rt__inst_dict_get(rt, s) && rt_inst_of(s)->vcount == 0);
    CHECK(repr_is(rt, d, "{'x': 7}"));
    CHECK(set(rt, s, "w", 8) == 0);
    CHECK(repr_is(rt, d, "{'x': 7, 'w': 8}"));
    rt_value objs[] = {first, o, q, r, s};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        rt_decref(rt, objs[i]);
    rt_decref(rt, cls);
    CHECK(rt_gc_collect(rt, 2, true, NULL) >= 1); /* the class's cycle */
    FULL_END;
}

RUN_TESTS(CASE(indexes_and_lookups), CASE(instances_learn_and_move))
