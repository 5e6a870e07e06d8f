/* fuzz_bigint.c: libFuzzer harness: big-int arithmetic and text on
 * arbitrary bytes.
 *
 * The input is cut into two magnitudes a and b (little-endian limbs, signs
 * from the first byte) and also read as text for int(). Properties checked
 * besides the sanitizers, each an identity that any bug in the limb code
 * breaks: int(str(a)) == a (in bases 10 and 16), (a // b) * b + a % b == a,
 * (a + b) - b == a, (a * b) // b == a, a ^ b ^ b == a, (a & b) | (a & ~b)
 * == a, (a << k) >> k == a, pow(a, e, b) equal to repeated products
 * modulo b and to pow(a, e1, b) * pow(a, e2, b) % b for e = e1 + e2, and the
 * heap returns to its object count. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/bigint.h"
#include "runtime/exc.h"
#include "runtime/heap.h"
#include "runtime/num.h"
#include "runtime/numfmt.h"
#include "runtime/state.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static rt_state *the_runtime(void)
{
    static rt_state *rt;
    if (!rt) {
        rt_config cfg = {0};
        cfg.heap_limit_bytes = 64u << 20;
        rt = rt_state_new(&cfg);
    }
    return rt;
}

static rt_value from_bytes(rt_state *rt, const uint8_t *p, size_t n, bool neg)
{
    size_t nl = n / sizeof(rt_limb) + 1;
    rt_limb *d = calloc(nl, sizeof *d);
    if (!d)
        return RT_NULL;
    for (size_t i = 0; i < n; i++)
        d[i / sizeof(rt_limb)] |= (rt_limb)p[i] << (8 * (i % sizeof(rt_limb)));
    rt_value v = rt_bigint_from_limbs(rt, d, nl, neg);
    free(d);
    return v;
}

/* Aborts unless x == y (both owned; NULL results must come with an
 * exception, which is cleared: MemoryError under the heap limit). */
static void same(rt_state *rt, rt_value x, rt_value y)
{
    if (x && y && rt_bigint_cmp(x, y) != 0)
        abort();
    if ((!x || !y) && !rt->exc)
        abort();
    rt_exc_clear(rt);
    rt_decref(rt, x);
    rt_decref(rt, y);
}

static rt_value op(rt_state *rt, rt_binop_kind k, rt_value a, rt_value b)
{
    if (!a || !b)
        return RT_NULL;
    return rt_bigint_binop(rt, k, a, b);
}

/* int(text) of its digits in base (no sign, prefix or underscores). */
static rt_value round_trip(rt_state *rt, rt_value a, int base)
{
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    rt_value r = RT_NULL;
    if (rt_bigint_digits(rt, a, base, &sb) == 0)
        r = rt_bigint_from_digits(rt, sb.data, sb.len, base, rt_bigint_sign(a) < 0);
    rt_strbuf_dispose(&sb);
    return r;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    rt_state *rt = the_runtime();
    if (!rt)
        return 0;
    uint64_t live = rt_heap_live_objects(rt);
    size_t cut = data[0] % (size - 2);
    int64_t k = data[1] % 200;
    const uint8_t *p = data + 2;
    size_t n = size - 2;
    rt_value a = from_bytes(rt, p, cut, data[0] & 1);
    rt_value b = from_bytes(rt, p + cut, n - cut, data[0] & 2);
    if (a && b) {
        rt_incref(a);
        same(rt, round_trip(rt, a, 10), a);
        rt_incref(a);
        same(rt, round_trip(rt, a, 16), a);
        rt_value sum = op(rt, RT_OP_ADD, a, b);
        rt_incref(a);
        same(rt, op(rt, RT_OP_SUB, sum, b), a);
        rt_decref(rt, sum);
        if (rt_bigint_sign(b) != 0) {
            rt_value q = op(rt, RT_OP_FLOORDIV, a, b), r = op(rt, RT_OP_MOD, a, b);
            rt_value qb = op(rt, RT_OP_MUL, q, b);
            rt_incref(a);
            same(rt, op(rt, RT_OP_ADD, qb, r), a);
            rt_decref(rt, q);
            rt_decref(rt, r);
            rt_decref(rt, qb);
            rt_value ab = op(rt, RT_OP_MUL, a, b);
            rt_incref(a);
            same(rt, op(rt, RT_OP_FLOORDIV, ab, b), a);
            rt_decref(rt, ab);
            /* pow(a, e, b) against repeated products mod b (Montgomery for
             * odd moduli, division for even ones), and the exponent law */
            int64_t e = k % 7 + 1;
            rt_value acc = op(rt, RT_OP_MOD, rt_smallint(1), b);
            for (int64_t i = 0; i < e; i++) {
                rt_value t = op(rt, RT_OP_MUL, acc, a);
                rt_decref(rt, acc);
                acc = op(rt, RT_OP_MOD, t, b);
                rt_decref(rt, t);
            }
            same(rt, rt_bigint_powmod(rt, a, rt_smallint(e), b), acc);
            rt_value p1 = rt_bigint_powmod(rt, a, rt_smallint(k * 37 + 5), b);
            rt_value p2 = rt_bigint_powmod(rt, a, rt_smallint(k + 3), b);
            rt_value p12 = op(rt, RT_OP_MUL, p1, p2);
            same(rt, op(rt, RT_OP_MOD, p12, b),
                 rt_bigint_powmod(rt, a, rt_smallint(k * 38 + 8), b));
            rt_decref(rt, p1);
            rt_decref(rt, p2);
            rt_decref(rt, p12);
        }
        rt_value x = op(rt, RT_OP_XOR, a, b);
        rt_incref(a);
        same(rt, op(rt, RT_OP_XOR, x, b), a);
        rt_decref(rt, x);
        rt_value nb = b ? rt_bigint_invert(rt, b) : RT_NULL;
        rt_value l = op(rt, RT_OP_AND, a, b), m = op(rt, RT_OP_AND, a, nb);
        rt_incref(a);
        same(rt, op(rt, RT_OP_OR, l, m), a);
        rt_decref(rt, nb);
        rt_decref(rt, l);
        rt_decref(rt, m);
        rt_value sh = op(rt, RT_OP_LSHIFT, a, rt_smallint(k));
        rt_incref(a);
        same(rt, op(rt, RT_OP_RSHIFT, sh, rt_smallint(k)), a);
        rt_decref(rt, sh);
    }
    rt_exc_clear(rt);
    rt_decref(rt, a);
    rt_decref(rt, b);
    /* the bytes as a literal: int() must accept or refuse, never crash */
    int64_t out;
    rt_int_span span;
    if (rt_int_parse_span((const char *)p, n, 0, &out, &span) == RT_NUM_OVERFLOW) {
        size_t nd = 0;
        char *digits = malloc(span.end - span.start + 1);
        if (digits) {
            for (size_t i = span.start; i < span.end; i++)
                if (p[i] != '_')
                    digits[nd++] = (char)p[i];
            rt_value v = rt_bigint_from_digits(rt, digits, nd, span.base, span.neg);
            if (!v && !rt->exc)
                abort();
            rt_exc_clear(rt);
            rt_decref(rt, v);
            free(digits);
        }
    }
    if (rt_heap_live_objects(rt) != live)
        abort();
    return 0;
}
