/* numfmt.h: Python's number <-> text conversions and float/int arithmetic
 * corner cases (repr, float(), int(str, base), //, %, **, round) on plain C types. */
#ifndef CLOSURED_RUNTIME_NUMFMT_H
#define CLOSURED_RUNTIME_NUMFMT_H

#include <stddef.h>
#include <stdint.h>

#include "runtime/strbuf.h"

/* Status codes of the functions below (0 is success). The caller maps them
 * to Python exceptions; the suggested CPython message is given. */
typedef enum rt_num_status {
    RT_NUM_OK = 0,
    RT_NUM_SYNTAX = -1,   /* ValueError: could not convert / invalid literal */
    RT_NUM_OVERFLOW = -2, /* result does not fit in int64 (caller may go bigint) or
                             OverflowError "rounded value too large to represent" */
    RT_NUM_ZERO_DIV = -3, /* ZeroDivisionError */
    RT_NUM_BAD_BASE = -4, /* ValueError "int() base must be >= 2 and <= 36, or 0" */
    RT_NUM_NEG_EXP = -5,  /* int ** negative int: caller computes a float instead */
    RT_NUM_NO_MEMORY = -6 /* MemoryError */
} rt_num_status;

/* Flags for rt_float_to_string, as CPython's Py_DTSF_*. */
enum {
    RT_DTSF_SIGN = 1,      /* always emit a sign */
    RT_DTSF_ADD_DOT_0 = 2, /* '1' -> '1.0' when the result looks like an integer */
    RT_DTSF_ALT = 4,       /* '#' alternate form: keep '.' and trailing zeros in g */
    RT_DTSF_NO_NEG_0 = 8   /* 'z': a value that rounds to zero loses its '-' */
};

/* Longest rt_float_repr result plus NUL ("-2.2250738585072014e-308" is 24). */
#define RT_FLOAT_REPR_MAX 32

/* Writes Python's repr(x) (== str(x)) into buf as a C string. Returns the
 * length of the repr; if that is >= cap the output was truncated (like
 * snprintf). cap >= RT_FLOAT_REPR_MAX always suffices. */
size_t rt_float_repr(double x, char *buf, size_t cap);

/* Appends PyOS_double_to_string(x, code, precision, flags) to out.
 * code: 'e','E','f','F','g','G', or 'r' (repr digits; precision must be 0).
 * Returns 0, RT_NUM_NO_MEMORY, or RT_NUM_SYNTAX for an unknown code. */
int rt_float_to_string(double x, char code, int precision, int flags, rt_strbuf *out);

/* Parses s[0..len) as Python's float() does: surrounding whitespace, sign,
 * digits with single underscores between them, '.', exponent, 'inf',
 * 'infinity', 'nan' (any case). Too-large values give +-inf. Returns 0 and
 * sets *out, or RT_NUM_SYNTAX. Assumes the C locale's decimal point. */
int rt_float_parse(const char *s, size_t len, double *out);

/* Parses s[0..len) as Python's int(s, base): whitespace, sign, digits with
 * single underscores, base 0 auto-detects 0x/0o/0b (and rejects '010');
 * base 2/8/16 accept their own prefix. Returns 0 and sets *out, or
 * RT_NUM_SYNTAX, RT_NUM_BAD_BASE, or RT_NUM_OVERFLOW when the (valid)
 * literal does not fit in int64. */
int rt_int_parse(const char *s, size_t len, int base, int64_t *out);

/* rt_int_parse that also reports where the digits are: for RT_NUM_OVERFLOW
 * (a valid literal beyond int64) s[start..end) holds the digits and single
 * underscores, in `base` (the prefix and sign stripped). */
typedef struct rt_int_span {
    size_t start, end;
    int neg, base;
} rt_int_span;
int rt_int_parse_span(const char *s, size_t len, int base, int64_t *out, rt_int_span *span);

/* Python float // and %: CPython's float_divmod. Return 0 or RT_NUM_ZERO_DIV
 * ("float floor division by zero" / "float modulo" / "float divmod()"). */
int rt_float_floordiv(double a, double b, double *out);
int rt_float_mod(double a, double b, double *out);
int rt_float_divmod(double a, double b, double *quot, double *rem);

/* Python int // and % on int64: floor semantics. Return 0, RT_NUM_ZERO_DIV
 * ("integer division or modulo by zero"), or RT_NUM_OVERFLOW for
 * INT64_MIN // -1 (the caller promotes to bigint). */
int rt_int_floordiv(int64_t a, int64_t b, int64_t *out);
int rt_int_mod(int64_t a, int64_t b, int64_t *out);
/* base ** exp. Returns 0, RT_NUM_OVERFLOW, or RT_NUM_NEG_EXP for exp < 0. */
int rt_int_pow(int64_t base, int64_t exp, int64_t *out);

/* round(x): nearest integer value, ties to even; inf and nan pass through
 * (the caller raises OverflowError/ValueError when converting to int). */
double rt_float_round_half_even(double x);
/* round(x, ndigits) exactly as CPython (correctly rounded, half-even on the
 * exact binary value: round(2.675, 2) == 2.67). Returns 0, or
 * RT_NUM_OVERFLOW ("rounded value too large to represent"). */
int rt_float_round(double x, int64_t ndigits, double *out);
/* round(n, ndigits) for an int: identity for ndigits >= 0, else rounds to a
 * multiple of 10**-ndigits, ties to even. Returns 0 or RT_NUM_OVERFLOW. */
int rt_int_round(int64_t n, int64_t ndigits, int64_t *out);

#endif
