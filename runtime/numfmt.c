/* numfmt.c: Python's number <-> text conversions and float/int arithmetic
 * corner cases (repr, float(), int(str, base), //, %, **, round) on plain C types.
 *
 * Digit generation relies on the C library's printf being correctly rounded
 * (round-half-even on the exact binary value, as glibc is) and strtod being
 * correctly rounded; with those, the results equal CPython's dtoa.c. */
#include "runtime/numfmt.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- digit generation (the part of dtoa.c that Python needs) ---- */

/* Parses printf "%.*e" output "d.ddde[+-]XX" (no sign) into a digit string
 * without the point and the decimal exponent. Returns the digit count. */
static size_t split_e(const char *s, char *digits, int *exp10)
{
    size_t n = 0;
    for (; *s && *s != 'e'; s++)
        if (*s != '.')
            digits[n++] = *s;
    digits[n] = '\0';
    *exp10 = *s == 'e' ? atoi(s + 1) : 0;
    return n;
}

static int round_trips(const char *s, double x)
{
    return strtod(s, NULL) == x;
}

/* Shortest digits that round-trip to x (> 0, finite), nearest to x among
 * equals: dtoa mode 0. digits gets at most 17 chars + NUL. */
static void shortest_digits(double x, char *digits, size_t *ndig, int *decpt)
{
    char buf[48], d[24], cand[48];
    for (int p = 1; p <= 17; p++) {
        int e;
        snprintf(buf, sizeof buf, "%.*e", p - 1, x);
        size_t n = split_e(buf, d, &e);
        int ok = p == 17 || round_trips(buf, x);
        if (!ok) {
            /* The nearest p-digit decimal can miss when x's rounding interval
             * is lopsided (x a power of two); its neighbour may still hit. */
            unsigned long long m = strtoull(d, NULL, 10), lo = 1, hi;
            for (int i = 1; i < p; i++)
                lo *= 10;
            hi = lo * 10;
            if (m + 1 < hi) {
                snprintf(cand, sizeof cand, "%llue%d", m + 1, e - (p - 1));
                if (round_trips(cand, x)) {
                    snprintf(d, sizeof d, "%llu", m + 1);
                    ok = 1;
                }
            }
            if (!ok && m > lo) {
                snprintf(cand, sizeof cand, "%llue%d", m - 1, e - (p - 1));
                if (round_trips(cand, x)) {
                    snprintf(d, sizeof d, "%llu", m - 1);
                    ok = 1;
                }
            } else if (!ok && m == lo && p > 1) {
                snprintf(cand, sizeof cand, "%llue%d", hi - 1, e - 1 - (p - 1));
                if (round_trips(cand, x)) {
                    snprintf(d, sizeof d, "%llu", hi - 1);
                    e -= 1;
                    ok = 1;
                }
            }
            n = strlen(d);
        }
        if (ok) {
            while (n > 1 && d[n - 1] == '0')
                n--;
            memcpy(digits, d, n);
            digits[n] = '\0';
            *ndig = n;
            *decpt = e + 1;
            return;
        }
    }
}

/* Strips trailing zeros of digits[0..n); returns the new length. */
static size_t strip_zeros(const char *digits, size_t n)
{
    while (n > 0 && digits[n - 1] == '0')
        n--;
    return n;
}

/* dtoa(x, mode, ndigits) for finite x >= 0: appends the significant digits
 * (no trailing zeros; "0" for zero; "" when mode 3 rounds to zero) to dig and
 * sets *decpt (value = 0.DIGITS * 10**decpt). mode 0 shortest, 2 ndigits
 * significant, 3 ndigits after the point (ndigits >= 0). */
static int float_digits(double x, int mode, int ndigits, rt_strbuf *dig, int *decpt)
{
    if (x == 0) {
        *decpt = 1;
        return rt_strbuf_append(dig, "0", 1);
    }
    if (mode == 0) {
        char d[24];
        size_t n = 0;
        shortest_digits(x, d, &n, decpt);
        return rt_strbuf_append(dig, d, n);
    }
    rt_strbuf tmp;
    rt_strbuf_init_like(&tmp, dig);
    int rc = -1;
    if (mode == 2) {
        if (ndigits < 1)
            ndigits = 1;
        if (rt_strbuf_reserve(&tmp, (size_t)ndigits + 16) < 0)
            goto out;
        snprintf(tmp.data, tmp.cap, "%.*e", ndigits - 1, x);
        const char *s = tmp.data;
        const char *e = strchr(s, 'e');
        size_t start = dig->len;
        for (; s < e; s++)
            if (*s != '.' && rt_strbuf_append_char(dig, *s) < 0)
                goto out;
        rt_strbuf_truncate(dig, start + strip_zeros(dig->data + start, dig->len - start));
        *decpt = atoi(e + 1) + 1;
    } else {
        if (rt_strbuf_reserve(&tmp, (size_t)ndigits + DBL_MAX_10_EXP + 16) < 0)
            goto out;
        snprintf(tmp.data, tmp.cap, "%.*f", ndigits, x);
        const char *s = tmp.data;
        const char *dot = strchr(s, '.');
        int dp = dot ? (int)(dot - s) : (int)strlen(s);
        size_t start = dig->len;
        for (; *s; s++) {
            if (*s == '.')
                continue;
            if (*s == '0' && dig->len == start) {
                dp--; /* a leading zero: the point moves left of the digits */
                continue;
            }
            if (rt_strbuf_append_char(dig, *s) < 0)
                goto out;
        }
        if (rt_strbuf_reserve(dig, 0) < 0)
            goto out;
        rt_strbuf_truncate(dig, start + strip_zeros(dig->data + start, dig->len - start));
        *decpt = dig->len == start ? -ndigits : dp;
    }
    rc = 0;
out:
    rt_strbuf_dispose(&tmp);
    return rc;
}

int rt_float_to_string(double val, char code, int precision, int flags, rt_strbuf *out)
{
    const char *inf = "inf", *nan = "nan";
    char e_char = 'e';
    int mode;
    switch (code) {
    case 'E':
        inf = "INF", nan = "NAN", e_char = 'E';
        /* fall through */
    case 'e':
        code = 'e';
        mode = 2;
        precision++;
        break;
    case 'F':
        inf = "INF", nan = "NAN", e_char = 'E';
        /* fall through */
    case 'f':
        code = 'f';
        mode = 3;
        break;
    case 'G':
        inf = "INF", nan = "NAN", e_char = 'E';
        /* fall through */
    case 'g':
        code = 'g';
        mode = 2;
        if (precision == 0)
            precision = 1;
        break;
    case 'r':
        mode = 0;
        if (precision != 0)
            return RT_NUM_SYNTAX;
        break;
    default: return RT_NUM_SYNTAX;
    }
    int always_sign = flags & RT_DTSF_SIGN, add_dot_0 = flags & RT_DTSF_ADD_DOT_0;
    int alt = flags & RT_DTSF_ALT;
    int sign = signbit(val) != 0;
    if (isnan(val) || isinf(val)) {
        if (isnan(val))
            sign = 0;
        if (sign && rt_strbuf_append_char(out, '-') < 0)
            return RT_NUM_NO_MEMORY;
        if (!sign && always_sign && rt_strbuf_append_char(out, '+') < 0)
            return RT_NUM_NO_MEMORY;
        return rt_strbuf_append(out, isnan(val) ? nan : inf, 3) < 0 ? RT_NUM_NO_MEMORY : 0;
    }
    rt_strbuf dig;
    rt_strbuf_init_like(&dig, out);
    int decpt_i;
    if (float_digits(fabs(val), mode, precision, &dig, &decpt_i) < 0) {
        rt_strbuf_dispose(&dig);
        return RT_NUM_NO_MEMORY;
    }
    const char *digits = rt_strbuf_cstr(&dig);
    long digits_len = (long)dig.len, decpt = decpt_i;
    if ((flags & RT_DTSF_NO_NEG_0) && sign &&
        (digits_len == 0 || (digits_len == 1 && digits[0] == '0')))
        sign = 0;

    long vdigits_end = digits_len, vdigits_start;
    int use_exp = 0, exp10 = 0;
    switch (code) {
    case 'e':
        use_exp = 1;
        vdigits_end = precision;
        break;
    case 'f': vdigits_end = decpt + precision; break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision))
            use_exp = 1;
        if (alt)
            vdigits_end = precision;
        break;
    default: /* 'r' */
        if (decpt <= -4 || decpt > 16)
            use_exp = 1;
        break;
    }
    if (use_exp) {
        exp10 = (int)decpt - 1;
        decpt = 1;
    }
    vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0)
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
    else
        vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;

    size_t mark = out->len;
    int rc = 0;
    if (sign)
        rc |= rt_strbuf_append_char(out, '-');
    else if (always_sign)
        rc |= rt_strbuf_append_char(out, '+');
    if (decpt <= 0) {
        rc |= rt_strbuf_append_repeat(out, "0", 1, (size_t)(decpt - vdigits_start));
        rc |= rt_strbuf_append_char(out, '.');
        rc |= rt_strbuf_append_repeat(out, "0", 1, (size_t)(0 - decpt));
    } else {
        rc |= rt_strbuf_append_repeat(out, "0", 1, (size_t)(0 - vdigits_start));
    }
    if (0 < decpt && decpt <= digits_len) {
        rc |= rt_strbuf_append(out, digits, (size_t)decpt);
        rc |= rt_strbuf_append_char(out, '.');
        rc |= rt_strbuf_append(out, digits + decpt, (size_t)(digits_len - decpt));
    } else {
        rc |= rt_strbuf_append(out, digits, (size_t)digits_len);
    }
    if (digits_len < decpt) {
        rc |= rt_strbuf_append_repeat(out, "0", 1, (size_t)(decpt - digits_len));
        rc |= rt_strbuf_append_char(out, '.');
        rc |= rt_strbuf_append_repeat(out, "0", 1, (size_t)(vdigits_end - decpt));
    } else {
        rc |= rt_strbuf_append_repeat(out, "0", 1, (size_t)(vdigits_end - digits_len));
    }
    if (rc == 0 && out->len > mark && out->data[out->len - 1] == '.' && !alt)
        rt_strbuf_truncate(out, out->len - 1);
    if (use_exp) {
        char eb[16];
        int n = snprintf(eb, sizeof eb, "%c%+.02d", e_char, exp10);
        rc |= rt_strbuf_append(out, eb, (size_t)n);
    }
    rt_strbuf_dispose(&dig);
    return rc ? RT_NUM_NO_MEMORY : 0;
}

size_t rt_float_repr(double x, char *buf, size_t cap)
{
    char store[64];
    rt_strbuf sb;
    rt_strbuf_init(&sb);
    size_t n = 0;
    /* A repr is short; digits come from a fixed buffer, so only the small
     * output buffer is allocated here. */
    if (rt_float_to_string(x, 'r', 0, RT_DTSF_ADD_DOT_0, &sb) == 0) {
        n = sb.len;
        memcpy(store, sb.data, n < sizeof store ? n : sizeof store - 1);
    }
    rt_strbuf_dispose(&sb);
    if (cap) {
        size_t k = n < cap ? n : cap - 1;
        memcpy(buf, store, k);
        buf[k] = '\0';
    }
    return n;
}

/* ---- parsing ---- */

/* Byte length of the Unicode whitespace char (str.isspace) starting at s, or 0. */
static size_t space_at(const unsigned char *s, size_t n)
{
    if (n == 0)
        return 0;
    unsigned c = s[0];
    if (c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F))
        return 1;
    if (n >= 2 && c == 0xC2 && (s[1] == 0x85 || s[1] == 0xA0))
        return 2;
    if (n >= 3 && c == 0xE1 && s[1] == 0x9A && s[2] == 0x80)
        return 3;
    if (n >= 3 && c == 0xE2 && s[1] == 0x80 &&
        (s[2] <= 0x8A || s[2] == 0xA8 || s[2] == 0xA9 || s[2] == 0xAF))
        return 3;
    if (n >= 3 && c == 0xE2 && s[1] == 0x81 && s[2] == 0x9F)
        return 3;
    if (n >= 3 && c == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
        return 3;
    return 0;
}

/* Length of the whitespace char ending at s[n-1], or 0. */
static size_t space_before(const unsigned char *s, size_t n)
{
    for (size_t k = 1; k <= 3 && k <= n; k++)
        if (space_at(s + n - k, k) == k)
            return k;
    return 0;
}

static void strip_space(const char **s, size_t *len)
{
    const unsigned char *p = (const unsigned char *)*s;
    size_t n = *len, k;
    while ((k = space_at(p, n)) > 0)
        p += k, n -= k;
    while ((k = space_before(p, n)) > 0)
        n -= k;
    *s = (const char *)p;
    *len = n;
}

static int ieq(const char *s, size_t n, const char *word)
{
    size_t i = 0;
    for (; i < n && word[i]; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != word[i])
            return 0;
    }
    return i == n && word[i] == '\0';
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Copies a digitpart (digit (['_'] digit)*) from s[*i..n) into dst without
 * underscores; returns the number of digits, or -1 on a misplaced '_'. */
static long copy_digitpart(const char *s, size_t n, size_t *i, char *dst, size_t *dn)
{
    long count = 0;
    while (*i < n) {
        char c = s[*i];
        if (is_digit(c)) {
            dst[(*dn)++] = c;
            count++;
            (*i)++;
        } else if (c == '_') {
            if (count == 0 || *i + 1 >= n || !is_digit(s[*i + 1]))
                return -1;
            (*i)++;
        } else {
            break;
        }
    }
    return count;
}

int rt_float_parse(const char *s, size_t len, double *out)
{
    strip_space(&s, &len);
    size_t i = 0;
    int neg = 0;
    if (i < len && (s[i] == '+' || s[i] == '-'))
        neg = s[i++] == '-';
    const char *w = s + i;
    size_t wn = len - i;
    if (ieq(w, wn, "inf") || ieq(w, wn, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return 0;
    }
    if (ieq(w, wn, "nan")) {
        *out = neg ? -NAN : NAN;
        return 0;
    }
    char stackbuf[128];
    char *clean = len + 2 <= sizeof stackbuf ? stackbuf : malloc(len + 2);
    if (!clean)
        return RT_NUM_NO_MEMORY;
    size_t dn = 0;
    int rc = RT_NUM_SYNTAX;
    clean[dn++] = neg ? '-' : '+';
    long intd = copy_digitpart(s, len, &i, clean, &dn), fracd = 0;
    if (intd < 0)
        goto out;
    if (i < len && s[i] == '.') {
        clean[dn++] = s[i++];
        if (i < len && s[i] == '_')
            goto out;
        fracd = copy_digitpart(s, len, &i, clean, &dn);
        if (fracd < 0)
            goto out;
    }
    if (intd + fracd == 0)
        goto out;
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        clean[dn++] = s[i++];
        if (i < len && (s[i] == '+' || s[i] == '-'))
            clean[dn++] = s[i++];
        if (copy_digitpart(s, len, &i, clean, &dn) <= 0)
            goto out;
    }
    if (i != len)
        goto out;
    clean[dn] = '\0';
    *out = strtod(clean, NULL);
    rc = 0;
out:
    if (clean != stackbuf)
        free(clean);
    return rc;
}

/* The value of a digit character in bases up to 36, 99 for anything else. */
static const unsigned char digit_values[256] = {
#define D99_16 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99
    D99_16, D99_16, D99_16, 0,  1,  2,      3,      4,      5,      6,      7,      8,      9,
    99,     99,     99,     99, 99, 99,     99,     10,     11,     12,     13,     14,     15,
    16,     17,     18,     19, 20, 21,     22,     23,     24,     25,     26,     27,     28,
    29,     30,     31,     32, 33, 34,     35,     99,     99,     99,     99,     99,     99,
    10,     11,     12,     13, 14, 15,     16,     17,     18,     19,     20,     21,     22,
    23,     24,     25,     26, 27, 28,     29,     30,     31,     32,     33,     34,     35,
    99,     99,     99,     99, 99, D99_16, D99_16, D99_16, D99_16, D99_16, D99_16, D99_16, D99_16,
#undef D99_16
};

static int digit_value(char c)
{
    return digit_values[(unsigned char)c];
}

int rt_int_parse(const char *s, size_t len, int base, int64_t *out)
{
    rt_int_span span;
    return rt_int_parse_span(s, len, base, out, &span);
}

int rt_int_parse_span(const char *s, size_t len, int base, int64_t *out, rt_int_span *span)
{
    const char *s0 = s;
    if ((base != 0 && base < 2) || base > 36)
        return RT_NUM_BAD_BASE;
    strip_space(&s, &len);
    size_t i = 0;
    int neg = 0;
    if (i < len && (s[i] == '+' || s[i] == '-'))
        neg = s[i++] == '-';
    int old_base = base;
    if (base == 0) {
        if (i >= len || s[i] != '0')
            base = 10;
        else if (i + 1 < len && (s[i + 1] == 'x' || s[i + 1] == 'X'))
            base = 16;
        else if (i + 1 < len && (s[i + 1] == 'o' || s[i + 1] == 'O'))
            base = 8;
        else if (i + 1 < len && (s[i + 1] == 'b' || s[i + 1] == 'B'))
            base = 2;
        else
            base = 10;
    }
    if (i + 1 < len && s[i] == '0') {
        char p = s[i + 1];
        if ((base == 16 && (p == 'x' || p == 'X')) || (base == 8 && (p == 'o' || p == 'O')) ||
            (base == 2 && (p == 'b' || p == 'B'))) {
            i += 2;
            if (i < len && s[i] == '_')
                i++; /* one underscore may follow the prefix */
        }
    }
    if (i >= len || s[i] == '_')
        return RT_NUM_SYNTAX;
    span->start = (size_t)(s - s0) + i;
    span->end = (size_t)(s - s0) + len;
    span->neg = neg;
    span->base = base;
    uint64_t acc = 0, limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
    int overflow = 0, nonzero = 0;
    size_t ndig = 0;
    for (; i < len; i++) {
        if (s[i] == '_') {
            if (i + 1 >= len || s[i + 1] == '_')
                return RT_NUM_SYNTAX;
            continue;
        }
        int d = digit_value(s[i]);
        if (d >= base)
            return RT_NUM_SYNTAX;
        ndig++;
        if (d)
            nonzero = 1;
        if (acc > (limit - (uint64_t)d) / (uint64_t)base) {
            overflow = 1;
            break;
        }
        acc = acc * (uint64_t)base + (uint64_t)d;
    }
    /* past int64: the rest is only validated (the caller builds a big int) */
    for (i++; overflow && i < len; i++) {
        if (s[i] == '_') {
            if (i + 1 >= len || s[i + 1] == '_')
                return RT_NUM_SYNTAX;
        } else if (digit_value(s[i]) >= base) {
            return RT_NUM_SYNTAX;
        }
    }
    if (ndig == 0)
        return RT_NUM_SYNTAX;
    /* base 0 forbids leading zeros on a non-zero decimal literal ('010') */
    if (old_base == 0 && base == 10 && nonzero) {
        size_t j = neg || s[0] == '+' ? 1 : 0;
        if (s[j] == '0')
            return RT_NUM_SYNTAX;
    }
    if (overflow)
        return RT_NUM_OVERFLOW;
    *out = neg ? (int64_t)(0 - acc) : (int64_t)acc;
    return 0;
}

/* ---- arithmetic ---- */

int rt_float_divmod(double vx, double wx, double *quot, double *rem)
{
    if (wx == 0.0)
        return RT_NUM_ZERO_DIV;
    double mod = fmod(vx, wx), div = (vx - mod) / wx, floordiv;
    if (mod) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, wx);
    }
    if (div) {
        floordiv = floor(div);
        if (div - floordiv > 0.5)
            floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, vx / wx);
    }
    *quot = floordiv;
    *rem = mod;
    return 0;
}

int rt_float_floordiv(double a, double b, double *out)
{
    double r;
    return rt_float_divmod(a, b, out, &r);
}

int rt_float_mod(double vx, double wx, double *out)
{
    if (wx == 0.0)
        return RT_NUM_ZERO_DIV;
    double mod = fmod(vx, wx);
    if (mod) {
        if ((wx < 0) != (mod < 0))
            mod += wx;
    } else {
        mod = copysign(0.0, wx);
    }
    *out = mod;
    return 0;
}

int rt_int_floordiv(int64_t a, int64_t b, int64_t *out)
{
    if (b == 0)
        return RT_NUM_ZERO_DIV;
    if (b == -1) {
        if (a == INT64_MIN)
            return RT_NUM_OVERFLOW;
        *out = -a;
        return 0;
    }
    int64_t q = a / b, r = a % b;
    if (r != 0 && ((r < 0) != (b < 0)))
        q--;
    *out = q;
    return 0;
}

int rt_int_mod(int64_t a, int64_t b, int64_t *out)
{
    if (b == 0)
        return RT_NUM_ZERO_DIV;
    if (b == -1) {
        *out = 0;
        return 0;
    }
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0)))
        r += b;
    *out = r;
    return 0;
}

int rt_int_pow(int64_t base, int64_t exp, int64_t *out)
{
    if (exp < 0)
        return RT_NUM_NEG_EXP;
    int64_t result = 1, b = base;
    while (exp > 0) {
        if (exp & 1) {
            if (__builtin_mul_overflow(result, b, &result))
                return RT_NUM_OVERFLOW;
        }
        exp >>= 1;
        if (exp > 0 && __builtin_mul_overflow(b, b, &b))
            return RT_NUM_OVERFLOW;
    }
    *out = result;
    return 0;
}

/* ---- rounding ---- */

double rt_float_round_half_even(double x)
{
    double r = round(x);
    if (fabs(x - r) == 0.5)
        r = 2.0 * round(x / 2.0);
    return r;
}

int rt_float_round(double x, int64_t ndigits, double *out)
{
    /* CPython's NDIGITS_MAX / NDIGITS_MIN: beyond them the answer is known. */
    const int64_t nd_max = (int64_t)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
    const int64_t nd_min = -(int64_t)((DBL_MAX_EXP + 1) * 0.30103);
    if (!isfinite(x) || ndigits > nd_max || x == 0.0) {
        *out = x;
        return 0;
    }
    if (ndigits < nd_min) {
        *out = 0.0 * x;
        return 0;
    }
    /* The exact decimal expansion of x (at most 767 significant digits), then
     * round-half-even at position decpt + ndigits, as dtoa mode 3 does. */
    char exact[800], digits[800], num[840];
    snprintf(exact, sizeof exact, "%.770e", fabs(x));
    int e;
    size_t n = split_e(exact, digits, &e);
    n = strip_zeros(digits, n);
    long decpt = e + 1;
    long keep = decpt + (long)ndigits;
    if (keep < (long)n) {
        int up = 0;
        if (keep >= 0) {
            char first = digits[keep];
            if (first > '5' || (first == '5' && (size_t)keep + 1 < n))
                up = 1;
            else if (first == '5')
                up = keep > 0 && ((digits[keep - 1] - '0') & 1);
        }
        n = keep < 0 ? 0 : (size_t)keep;
        if (up) {
            long k = (long)n - 1;
            while (k >= 0 && digits[k] == '9')
                digits[k--] = '0';
            if (k >= 0) {
                digits[k]++;
            } else {
                memmove(digits + 1, digits, n);
                digits[0] = '1';
                n++;
                decpt++;
            }
        }
        n = strip_zeros(digits, n);
    }
    digits[n] = '\0';
    snprintf(num, sizeof num, "%s0%se%ld", signbit(x) ? "-" : "", digits, decpt - (long)n);
    errno = 0;
    double r = strtod(num, NULL);
    if (errno == ERANGE && fabs(r) >= 1.0)
        return RT_NUM_OVERFLOW;
    *out = r;
    return 0;
}

int rt_int_round(int64_t n, int64_t ndigits, int64_t *out)
{
    if (ndigits >= 0 || n == 0) {
        *out = n;
        return 0;
    }
    if (ndigits < -19) {
        *out = 0;
        return 0;
    }
    uint64_t p = 1;
    for (int64_t i = 0; i < -ndigits; i++)
        p *= 10;
    int neg = n < 0;
    uint64_t a = neg ? 0 - (uint64_t)n : (uint64_t)n;
    uint64_t q = a / p, r = a % p;
    if (r > p - r || (r == p - r && (q & 1)))
        q++;
    uint64_t limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
    if (q != 0 && q > limit / p)
        return RT_NUM_OVERFLOW;
    uint64_t v = q * p;
    if (v > limit)
        return RT_NUM_OVERFLOW;
    *out = neg ? (int64_t)(0 - v) : (int64_t)v;
    return 0;
}
