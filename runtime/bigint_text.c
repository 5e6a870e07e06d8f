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

/* A base's limb-sized chunk: `per` digits, chunk = base**per <= 2**64 - 1. */
typedef struct chunker {
    int base, per;
    rt_limb chunk;
    size_t leaf; /* limbs (chunks) of a leaf of the divide and conquer */
} chunker;

/* Numbers of up to DC_LEAF_LIMBS limbs become text one limb chunk at a
 * time (a short division each, quadratic); longer ones split in halves
 * around a power of the base, by Knuth division, whose multiply-adds cost a
 * fraction of a divq each. Text of up to PARSE_LEAF_LIMBS chunks is parsed a
 * chunk at a time; longer text joins halves with a product, which pays off
 * only where Karatsuba multiplication is well past its cutoff. Measured on
 * 10**3..10**5-digit numbers. */
#define DC_LEAF_LIMBS 24
#define PARSE_LEAF_LIMBS 128

/* Writes the digits of d[0..n) backward ending before `end`, zero-padded
 * to `width` digits (0: no padding). Returns how many, or -1 with
 * MemoryError. */
static int64_t digits_leaf(rt_state *rt, const chunker *ck, const rt_limb *d, size_t n, char *end,
                           size_t width)
{
    rt_limb *q = rt_heap_alloc(rt, NULL, (n ? n : 1) * sizeof *q);
    if (!q)
        return -1;
    memcpy(q, d, n * sizeof *q);
    size_t qn = n, len = 0;
    const rt_limb base = (rt_limb)ck->base;
    while (qn > 0) {
        rt_limb r = rt_mpn_divrem_1(q, q, qn, ck->chunk);
        qn = rt_mpn_norm(q, qn);
        int i = 0;
        if (base == 10) /* a constant divisor: multiplications, not divq */
            for (; i < ck->per && (qn > 0 || r > 0); i++) {
                rt_limb next = r / 10;
                end[-(int64_t)++len] = (char)('0' + (r - next * 10));
                r = next;
            }
        for (; i < ck->per && (qn > 0 || r > 0); i++) {
            rt_limb next = r / base;
            end[-(int64_t)++len] = digit_chars[r - next * base];
            r = next;
        }
    }
    rt_heap_free(rt, NULL, q, (n ? n : 1) * sizeof *q);
    for (; len < width; len++)
        end[-(int64_t)len - 1] = '0';
    return (int64_t)len;
}

/* pows[i] = chunk ** (ck->leaf * 2**i) for i < *count, extended until
 * the last one has more than `bits` bits or index `upto` exists. 0, or -1
 * with the exception set (the pows so far still counted and owned). */
#define DC_MAX_LEVELS 40
static int dc_powers(rt_state *rt, const chunker *ck, rt_value *pows, int *count, uint64_t bits,
                     int upto)
{
    while (*count < DC_MAX_LEVELS && *count <= upto) {
        rt_value p;
        if (*count == 0) {
            rt_value c = rt_bigint_from_u64(rt, ck->chunk);
            p = c ? rt_bigint_binop(rt, RT_OP_POW, c, rt_smallint((int64_t)ck->leaf)) : RT_NULL;
            rt_decref(rt, c);
        } else {
            rt_value last = pows[*count - 1];
            if (rt_bigint_bit_length(last) > bits)
                return 0;
            p = rt_bigint_binop(rt, RT_OP_MUL, last, last);
        }
        if (!p)
            return -1;
        pows[(*count)++] = p;
    }
    return 0;
}

/* The digits of v (0 <= v < pows[level] ** 2) as digits_leaf writes them:
 * v // pows[level], then v % pows[level] padded to that power's digit count,
 * each converted one level down. */
static int64_t digits_rec(rt_state *rt, const chunker *ck, rt_value v, rt_value *pows, int level,
                          char *end, size_t width)
{
    if (level < 0) {
        rt_limb lb[2];
        size_t n;
        bool neg;
        const rt_limb *d = rt_bigint_limbs(v, lb, &n, &neg);
        return digits_leaf(rt, ck, d, n, end, width);
    }
    if (rt_bigint_cmp(v, pows[level]) < 0)
        return digits_rec(rt, ck, v, pows, level - 1, end, width);
    size_t m = (size_t)ck->per * ck->leaf << level; /* digits of the low part */
    rt_value q, r;
    if (rt_bigint_divmod2(rt, v, pows[level], &q, &r) < 0)
        return -1;
    int64_t lo = digits_rec(rt, ck, r, pows, level - 1, end, m);
    rt_decref(rt, r);
    int64_t hi =
        lo < 0 ? -1 : digits_rec(rt, ck, q, pows, level - 1, end - m, width > m ? width - m : 0);
    rt_decref(rt, q);
    return hi < 0 ? -1 : hi + (int64_t)m;
}

/* digits_leaf's contract for a long d[0..n), by divide and conquer. */
static int64_t digits_dc(rt_state *rt, const chunker *ck, const rt_limb *d, size_t n, char *end)
{
    rt_value pows[DC_MAX_LEVELS] = {RT_NULL};
    int count = 0;
    uint64_t bits = rt_mpn_bits(d, n);
    int64_t w = -1;
    rt_value v = rt_bigint_from_limbs(rt, d, n, false);
    if (v && dc_powers(rt, ck, pows, &count, bits / 2 + 1, DC_MAX_LEVELS) == 0)
        w = digits_rec(rt, ck, v, pows, count - 1, end, 0);
    rt_decref(rt, v);
    for (int i = 0; i < count; i++)
        rt_decref(rt, pows[i]);
    return w;
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
    /* digits are written from the end of the buffer: chunks of `per` digits
     * peeled with one short division each, or for long numbers halves split
     * off by divide and conquer */
    rt_limb chunk = (rt_limb)base;
    int per = 1;
    while ((rt_dlimb)chunk * (rt_limb)base <= RT_LIMB_MAX) {
        chunk *= (rt_limb)base;
        per++;
    }
    size_t nc = (size_t)((double)bits / log2((double)base)) + (size_t)per + 2;
    char *buf = rt_heap_alloc(rt, NULL, nc);
    if (!buf)
        return NULL;
    chunker ck = {base, per, chunk, DC_LEAF_LIMBS};
    size_t pos = nc;
    int64_t w = n > DC_LEAF_LIMBS ? digits_dc(rt, &ck, d, n, buf + nc)
                                  : digits_leaf(rt, &ck, d, n, buf + nc, 0);
    if (w < 0) {
        rt_heap_free(rt, NULL, buf, nc);
        return NULL;
    }
    pos -= (size_t)w;
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

/* The value of the digits s[0..len) (validated), one limb chunk at a time. */
static rt_value parse_leaf(rt_state *rt, const chunker *ck, const char *s, size_t len)
{
    size_t cap = len / (size_t)ck->per + 2;
    rt_limb *acc = rt_heap_alloc(rt, NULL, cap * sizeof *acc);
    if (!acc)
        return RT_NULL;
    size_t n = 0, per = (size_t)ck->per;
    const rt_limb base = (rt_limb)ck->base;
    /* acc = acc * base**per + chunk; the first chunk takes the remainder */
    size_t i = 0, take = len % per ? len % per : per;
    while (i < len) {
        rt_limb mul = ck->chunk, val = 0;
        if (take != per) { /* the first chunk, shorter */
            mul = 1;
            for (size_t k = 0; k < take; k++)
                mul *= base;
        }
        for (size_t end = i + take; i < end; i++) {
            char c = s[i];
            val = val * base + (rt_limb)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        }
        take = per;
        rt_limb carry = rt_mpn_mul_1_add(acc, n, mul, val);
        if (carry)
            acc[n++] = carry;
        else if (n == 0 && val)
            n = 1, acc[0] = val;
    }
    rt_value r = rt_bigint_from_limbs(rt, acc, n, false);
    rt_heap_free(rt, NULL, acc, cap * sizeof *acc);
    return r;
}

/* The value of s[0..len): leaves of up to ck->leaf chunks, joined as
 * high * pows[level] + low around the largest power below len digits. */
static rt_value parse_rec(rt_state *rt, const chunker *ck, const char *s, size_t len,
                          rt_value *pows, int *count)
{
    size_t leaf = (size_t)ck->per * ck->leaf;
    if (len <= leaf)
        return parse_leaf(rt, ck, s, len);
    int level = 0;
    while ((leaf << (level + 1)) < len)
        level++;
    size_t m = leaf << level;
    if (dc_powers(rt, ck, pows, count, UINT64_MAX, level) < 0)
        return RT_NULL;
    rt_value hi = parse_rec(rt, ck, s, len - m, pows, count);
    rt_value lo = hi ? parse_rec(rt, ck, s + len - m, m, pows, count) : RT_NULL;
    rt_value t = lo ? rt_bigint_binop(rt, RT_OP_MUL, hi, pows[level]) : RT_NULL;
    rt_value r = t ? rt_bigint_binop(rt, RT_OP_ADD, t, lo) : RT_NULL;
    rt_decref(rt, hi);
    rt_decref(rt, lo);
    rt_decref(rt, t);
    return r;
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
    if ((size_t)(bits / RT_LIMB_BITS) + 2 > RT_INT_MAX_LIMBS)
        return rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    if (is_pow2(base)) { /* k bits a digit, packed from the last digit up */
        unsigned k = (unsigned)__builtin_ctz((unsigned)base);
        size_t cap = (len * k + RT_LIMB_BITS - 1) / RT_LIMB_BITS + 1;
        rt_limb *d = rt_heap_alloc(rt, NULL, cap * sizeof *d);
        if (!d)
            return RT_NULL;
        memset(d, 0, cap * sizeof *d);
        uint64_t bit = 0;
        for (size_t i = len; i-- > 0; bit += k) {
            char c = s[i];
            rt_limb dv = (rt_limb)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
            d[bit / RT_LIMB_BITS] |= dv << (bit % RT_LIMB_BITS);
            if (bit % RT_LIMB_BITS + k > RT_LIMB_BITS)
                d[bit / RT_LIMB_BITS + 1] |= dv >> (RT_LIMB_BITS - bit % RT_LIMB_BITS);
        }
        rt_value r = rt_bigint_from_limbs(rt, d, cap, neg);
        rt_heap_free(rt, NULL, d, cap * sizeof *d);
        return r;
    }
    chunker ck = {base, 1, (rt_limb)base, PARSE_LEAF_LIMBS};
    while ((rt_dlimb)ck.chunk * (rt_limb)base <= RT_LIMB_MAX) {
        ck.chunk *= (rt_limb)base;
        ck.per++;
    }
    rt_value pows[DC_MAX_LEVELS] = {RT_NULL};
    int count = 0;
    rt_value r = parse_rec(rt, &ck, s, len, pows, &count);
    for (int i = 0; i < count; i++)
        rt_decref(rt, pows[i]);
    if (r && neg) {
        rt_value t = rt_bigint_neg(rt, r);
        rt_decref(rt, r);
        r = t;
    }
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
