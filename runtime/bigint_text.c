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

static rt_value limit_error(rt_state *rt, int64_t limit)
{
    return rt_raise(rt, RT_EXC_ValueError,
                    "Exceeds the limit (%lld digits) for integer string conversion; use "
                    "sys.set_int_max_str_digits() to increase the limit",
                    (long long)limit);
}

/* The digits of d[0..n) (normalized, n > 0) in base: a scratch buffer
 * (*cap bytes, free it with rt_heap_free) whose digits are
 * buf[*start..*cap). NULL with the exception set. */
static char *digits_make(rt_state *rt, const rt_limb *d, size_t n, int base, size_t *start,
                         size_t *cap)
{
    uint64_t bits = rt_mpn_bits(d, n);
    if (is_pow2(base)) { /* k bits per digit, streamed from the low end */
        unsigned k = (unsigned)__builtin_ctz((unsigned)base);
        size_t nd = (size_t)((bits + k - 1) / k);
        char *buf = rt_heap_alloc(rt, NULL, nd);
        if (!buf)
            return NULL;
        rt_dlimb acc = 0;
        unsigned have = 0;
        size_t li = 0;
        for (size_t pos = nd; pos-- > 0;) {
            if (have < k) {
                acc |= (rt_dlimb)(li < n ? d[li] : 0) << have;
                li++;
                have += RT_LIMB_BITS;
            }
            buf[pos] = digit_chars[(unsigned)acc & (unsigned)(base - 1)];
            acc >>= k;
            have -= k;
        }
        *start = 0;
        *cap = nd;
        return buf;
    }
    /* a lower bound on the digit count refuses huge values before the
     * quadratic conversion starts */
    double lower = floor((double)(bits - 1) * log((double)2) / log((double)base)) + 1;
    int64_t limit = rt->int_max_str_digits;
    if (base == 10 && limit > 0 && lower > (double)limit + 1.0) {
        limit_error(rt, limit);
        return NULL;
    }
    /* peel chunks of `per` digits with one division by base**per each,
     * writing them from the end of the buffer */
    const rt_limb chunk_base = (rt_limb)base;
    rt_limb chunk = chunk_base;
    int per = 1;
    while ((rt_dlimb)chunk * (rt_limb)base <= RT_LIMB_MAX) {
        chunk *= (rt_limb)base;
        per++;
    }
    size_t nc = (size_t)((double)bits / log2((double)base)) + (size_t)per + 2;
    rt_limb *q = rt_heap_alloc(rt, NULL, n * sizeof *q);
    char *buf = q ? rt_heap_alloc(rt, NULL, nc) : NULL;
    if (!buf) {
        if (q)
            rt_heap_free(rt, NULL, q, n * sizeof *q);
        return NULL;
    }
    memcpy(q, d, n * sizeof *q);
    size_t qn = n, pos = nc;
    while (qn > 0) {
        rt_limb r = rt_mpn_divrem_1(q, q, qn, chunk);
        qn = rt_mpn_norm(q, qn);
        for (int i = 0; i < per && (qn > 0 || r > 0); i++) {
            rt_limb next = r / chunk_base;
            buf[--pos] = digit_chars[r - next * chunk_base];
            r = next;
        }
    }
    rt_heap_free(rt, NULL, q, n * sizeof *q);
    if (base == 10 && limit > 0 && nc - pos > (size_t)limit) {
        rt_heap_free(rt, NULL, buf, nc);
        limit_error(rt, limit);
        return NULL;
    }
    *start = pos;
    *cap = nc;
    return buf;
}

int rt_bigint_digits(rt_state *rt, rt_value a, int base, rt_strbuf *out)
{
    rt_limb buf[2];
    size_t n;
    bool neg;
    const rt_limb *d = rt_bigint_limbs(a, buf, &n, &neg);
    if (n == 0)
        return append_or_fail(rt, out, "0", 1);
    size_t start, cap;
    char *digits = digits_make(rt, d, n, base, &start, &cap);
    if (!digits)
        return -1;
    int rc = append_or_fail(rt, out, digits + start, cap - start);
    rt_heap_free(rt, NULL, digits, cap);
    return rc;
}

rt_value rt_bigint_to_base_str(rt_state *rt, rt_value a, int base, const char *prefix)
{
    rt_limb lb[2];
    size_t n, plen = prefix ? strlen(prefix) : 0;
    bool neg;
    const rt_limb *d = rt_bigint_limbs(a, lb, &n, &neg);
    size_t start = 0, cap = 1;
    char zero = '0', *digits = n ? digits_make(rt, d, n, base, &start, &cap) : &zero;
    if (!digits)
        return RT_NULL;
    size_t nd = cap - start, len = (size_t)neg + plen + nd;
    rt_value s = rt_str_new_uninit(rt, len);
    if (s) { /* ASCII by construction: no rt_str_finish scan */
        rt_str_obj *so = rt_str_obj_of(s);
        char *p = so->data;
        if (neg)
            *p++ = '-';
        memcpy(p, prefix ? prefix : "", plen);
        memcpy(p + plen, digits + start, nd);
        so->data[len] = 0;
        so->nchars = (uint32_t)len;
        so->hdr.flags |= RT_STR_F_ASCII;
    }
    if (n)
        rt_heap_free(rt, NULL, digits, cap);
    return s;
}

rt_value rt_bigint_to_str(rt_state *rt, rt_value a)
{
    return rt_bigint_to_base_str(rt, a, 10, NULL);
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
    /* accumulate chunks of `per` digits (the most that fit one limb):
     * acc = acc * base**per + chunk; the first chunk takes the remainder */
    rt_limb chunk = (rt_limb)base;
    size_t per = 1;
    while ((rt_dlimb)chunk * (rt_limb)base <= RT_LIMB_MAX) {
        chunk *= (rt_limb)base;
        per++;
    }
    size_t i = 0, take = len % per ? len % per : per;
    while (i < len) {
        rt_limb mul = 1, val = 0;
        for (size_t end = i + take; i < end; i++) {
            char c = s[i];
            rt_limb dv = (rt_limb)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
            val = val * (rt_limb)base + dv;
        }
        mul = take == per ? chunk : mul;
        for (size_t k = 0; take != per && k < take; k++)
            mul *= (rt_limb)base;
        take = per;
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
