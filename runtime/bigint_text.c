/* bigint_text.c: big ints to and from text: digits in any base 2..36,
 * str/repr, format specs, and CPython's limit on decimal conversions. */
#include "runtime/bigint.h"

#include <math.h>
#include <string.h>

#include "runtime/format.h"
#include "runtime/heap.h"
#include "runtime/num.h"
#include "runtime/str.h"

static const char digit_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

static bool is_pow2(int base)
{
    return (base & (base - 1)) == 0;
}

/* Appends s[0..n) to out (s NULL: reports the failed reserve). 0 or -1. */
static int append_or_fail(rt_state *rt, rt_strbuf *out, const char *s, size_t n)
{
    if (s && rt_strbuf_append(out, s, n) == 0)
        return 0;
    rt_heap_strbuf_error(rt);
    return -1;
}

int rt_bigint_digits(rt_state *rt, rt_value a, int base, rt_strbuf *out)
{
    rt_limb buf[2];
    size_t n;
    bool neg;
    const rt_limb *d = rt_bigint_limbs(a, buf, &n, &neg);
    if (n == 0)
        return append_or_fail(rt, out, "0", 1);
    uint64_t bits = rt_mpn_bits(d, n);
    if (is_pow2(base)) {
        unsigned k = (unsigned)__builtin_ctz((unsigned)base);
        uint64_t nd = (bits + k - 1) / k;
        size_t at = out->len;
        if (rt_strbuf_reserve(out, (size_t)nd) < 0)
            return append_or_fail(rt, out, NULL, 0);
        for (uint64_t i = nd; i-- > 0;) {
            uint64_t bit = i * k;
            size_t li = (size_t)(bit / RT_LIMB_BITS);
            unsigned bi = (unsigned)(bit % RT_LIMB_BITS);
            uint64_t w = d[li] >> bi;
            if (bi + k > RT_LIMB_BITS && li + 1 < n)
                w |= d[li + 1] << (RT_LIMB_BITS - bi);
            out->data[at++] = digit_chars[w & ((1u << k) - 1)];
        }
        out->len = at;
        out->data[at] = 0;
        return 0;
    }
    /* a lower bound on the digit count refuses huge values before the
     * quadratic conversion starts */
    double lower = floor((double)(bits - 1) * log((double)2) / log((double)base)) + 1;
    int64_t limit = rt->int_max_str_digits;
    if (base == 10 && limit > 0 && lower > (double)limit + 1.0) {
        rt_raise(rt, RT_EXC_ValueError,
                 "Exceeds the limit (%lld digits) for integer string conversion; use "
                 "sys.set_int_max_str_digits() to increase the limit",
                 (long long)limit);
        return -1;
    }
    /* peel chunks of `per` digits with one division by base**per each */
    const rt_limb chunk_base = (rt_limb)base;
    rt_limb chunk = chunk_base;
    int per = 1;
    while ((rt_dlimb)chunk * (rt_limb)base <= RT_LIMB_MAX) {
        chunk *= (rt_limb)base;
        per++;
    }
    rt_limb *q = rt_heap_alloc(rt, NULL, n * sizeof *q);
    size_t cap = (size_t)((double)bits / log2((double)base)) + (size_t)per + 2;
    char *tmp = q ? rt_heap_alloc(rt, NULL, cap) : NULL;
    if (!tmp) {
        rt_heap_free(rt, NULL, q, n * sizeof *q);
        return -1;
    }
    memcpy(q, d, n * sizeof *q);
    size_t qn = n, len = 0;
    while (qn > 0) {
        rt_limb r = rt_mpn_divrem_1(q, q, qn, chunk);
        qn = rt_mpn_norm(q, qn);
        for (int i = 0; i < per && (qn > 0 || r > 0); i++) {
            rt_limb next = r / chunk_base;
            tmp[len++] = digit_chars[r - next * chunk_base];
            r = next;
        }
    }
    rt_heap_free(rt, NULL, q, n * sizeof *q);
    int rc = 0;
    if (base == 10 && limit > 0 && len > (size_t)limit) {
        rt_raise(rt, RT_EXC_ValueError,
                 "Exceeds the limit (%lld digits) for integer string conversion; use "
                 "sys.set_int_max_str_digits() to increase the limit",
                 (long long)limit);
        rc = -1;
    } else if (rt_strbuf_reserve(out, len) < 0) {
        rt_heap_strbuf_error(rt);
        rc = -1;
    } else {
        for (size_t i = 0; i < len; i++)
            out->data[out->len + i] = tmp[len - 1 - i];
        out->len += len;
        out->data[out->len] = 0;
    }
    rt_heap_free(rt, NULL, tmp, cap);
    return rc;
}

rt_value rt_bigint_to_str(rt_state *rt, rt_value a)
{
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    if (rt_bigint_sign(a) < 0 && rt_strbuf_append_char(&sb, '-') < 0) {
        rt_strbuf_dispose(&sb);
        return rt_heap_strbuf_error(rt);
    }
    if (rt_bigint_digits(rt, a, 10, &sb) < 0) {
        rt_strbuf_dispose(&sb);
        return RT_NULL;
    }
    rt_value s = rt_str_new(rt, sb.data, sb.len);
    rt_strbuf_dispose(&sb);
    return s;
}

rt_value rt_bigint_from_digits(rt_state *rt, const char *s, size_t len, int base, bool neg)
{
    int64_t limit = rt->int_max_str_digits;
    if (!is_pow2(base) && limit > 0 && len > (size_t)limit)
        return rt_raise(rt, RT_EXC_ValueError,
                        "Exceeds the limit (%lld digits) for integer string conversion: value has "
                        "%zu digits; use sys.set_int_max_str_digits() to increase the limit",
                        (long long)limit, len);
    double bits = (double)len * log2((double)base);
    size_t cap = (size_t)(bits / RT_LIMB_BITS) + 2;
    if (cap > RT_INT_MAX_LIMBS)
        return rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    rt_limb *acc = rt_heap_alloc(rt, NULL, cap * sizeof *acc);
    if (!acc)
        return RT_NULL;
    memset(acc, 0, cap * sizeof *acc);
    size_t n = 0;
    /* accumulate chunks of digits that fit one limb: acc = acc * base**k + chunk */
    size_t i = 0;
    while (i < len) {
        rt_limb mul = 1, val = 0;
        while (i < len && (rt_dlimb)mul * (rt_limb)base <= RT_LIMB_MAX) {
            char c = s[i++];
            int dv = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
            val = val * (rt_limb)base + (rt_limb)dv;
            mul *= (rt_limb)base;
        }
        rt_limb carry = rt_mpn_mul_1_add(acc, n, mul, val);
        if (carry)
            acc[n++] = carry;
        else if (n == 0 && val)
            n = 1, acc[0] = val;
    }
    rt_value r = rt_bigint_from_limbs(rt, acc, n, neg);
    rt_heap_free(rt, NULL, acc, cap * sizeof *acc);
    return r;
}

rt_value rt_bigint_format(rt_state *rt, rt_value a, const char *spec, size_t len,
                          const char *type_name)
{
    rt_format_spec fs;
    rt_format_err err;
    rt_strbuf sb;
    int st;
    if (len == 0)
        return rt_bigint_to_str(rt, a);
    st = rt_format_spec_parse(spec, len, 'd', '>', type_name, &fs, &err);
    if (st == RT_FMT_OK)
        st = rt_format_int_check(&fs, type_name, &err);
    if (st == RT_FMT_OK && strchr("eEfFgG%", (int)fs.type) && fs.type) {
        double d;
        if (!rt_bigint_to_double(a, &d))
            return rt_raise(rt, RT_EXC_OverflowError, "int too large to convert to float");
        rt_heap_strbuf_init(rt, &sb);
        st = rt_format_float_spec(d, &fs, "float", &sb, &err);
    } else if (st == RT_FMT_OK) {
        rt_strbuf digits;
        rt_heap_strbuf_init(rt, &digits);
        if (rt_bigint_digits(rt, a, (int)rt_format_int_base(&fs), &digits) < 0) {
            rt_strbuf_dispose(&digits);
            return RT_NULL;
        }
        rt_heap_strbuf_init(rt, &sb);
        st = rt_format_int_digits(&fs, rt_bigint_sign(a) < 0, digits.data, digits.len, &sb, &err);
        rt_strbuf_dispose(&digits);
    } else {
        rt_heap_strbuf_init(rt, &sb);
    }
    if (st != RT_FMT_OK) {
        rt_strbuf_dispose(&sb);
        if (st == RT_FMT_VALUE_ERROR)
            return rt_raise(rt, RT_EXC_ValueError, "%s", err.msg);
        if (st == RT_FMT_OVERFLOW_ERROR)
            return rt_raise(rt, RT_EXC_OverflowError, "%s", err.msg);
        return rt_heap_strbuf_error(rt);
    }
    rt_value r = rt_str_new(rt, sb.data, sb.len);
    rt_strbuf_dispose(&sb);
    return r;
}
