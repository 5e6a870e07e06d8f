/* format.c: Python's format-spec mini-language, the str.format template
 * scanner, and repr() of a str, on plain C types (UTF-8 text in, rt_strbuf out).
 *
 * The structure follows CPython's Python/formatter_unicode.c and
 * Objects/stringlib/unicode_format.h so that outputs and error messages match. */
#include "runtime/format.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "runtime/numfmt.h"
#include "runtime/uniprint.h"

/* ---- helpers ---- */

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static int
set_err(rt_format_err *err, rt_format_status kind, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        err->kind = kind;
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
    }
    return kind;
}

static int no_memory(rt_format_err *err)
{
    return set_err(err, RT_FMT_NO_MEMORY, "out of memory");
}

/* Decodes one code point at s[0..n) (n > 0); returns its byte length.
 * Accepts WTF-8 surrogates; an invalid byte b decodes as 0x110000 + b. */
static size_t utf8_decode(const char *str, size_t n, uint32_t *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    unsigned c = s[0];
    size_t need;
    uint32_t v, min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
        need = 2, v = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 3, v = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4, v = c & 0x07, min = 0x10000;
    } else {
        *cp = 0x110000 + c;
        return 1;
    }
    if (n < need) {
        *cp = 0x110000 + c;
        return 1;
    }
    for (size_t i = 1; i < need; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = 0x110000 + c;
            return 1;
        }
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF) {
        *cp = 0x110000 + c;
        return 1;
    }
    *cp = v;
    return need;
}

/* Number of code points in s[0..n). */
static size_t utf8_count(const char *s, size_t n)
{
    size_t count = 0;
    uint32_t cp;
    for (size_t i = 0; i < n; count++)
        i += utf8_decode(s + i, n - i, &cp);
    return count;
}

/* Byte length of the first `chars` code points of s[0..n). */
static size_t utf8_prefix(const char *s, size_t n, size_t chars)
{
    size_t i = 0;
    uint32_t cp;
    while (i < n && chars-- > 0)
        i += utf8_decode(s + i, n - i, &cp);
    return i;
}

/* Appends count copies of code point cp. */
static int append_fill(rt_strbuf *out, uint32_t cp, size_t count)
{
    rt_strbuf one;
    char enc[4];
    size_t n;
    if (count == 0)
        return 0;
    rt_strbuf_init_with(&one, NULL, NULL);
    if (rt_strbuf_reserve(&one, 4) < 0 || rt_strbuf_append_utf8(&one, cp) < 0) {
        rt_strbuf_dispose(&one);
        return -1;
    }
    n = one.len;
    memcpy(enc, one.data, n);
    rt_strbuf_dispose(&one);
    return rt_strbuf_append_repeat(out, enc, n, count);
}

/* Formats a code point for an error message: 'x' or '\xhh', as CPython's %c does. */
static const char *code_text(uint32_t type, char *buf, size_t cap)
{
    if (type > 32 && type < 128)
        snprintf(buf, cap, "%c", (char)type);
    else
        snprintf(buf, cap, "\\x%x", (unsigned)type);
    return buf;
}

/* ---- spec parsing ---- */

static int is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

/* CPython's get_integer: ASCII digits at *pos; returns digits consumed, or -1
 * on overflow past PY_SSIZE_T_MAX. */
static long get_integer(const char *s, size_t end, size_t *pos, int64_t *result, rt_format_err *err)
{
    int64_t acc = 0;
    long n = 0;
    while (*pos < end && s[*pos] >= '0' && s[*pos] <= '9') {
        int d = s[*pos] - '0';
        if (acc > (INT64_MAX - d) / 10) {
            set_err(err, RT_FMT_VALUE_ERROR, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
        (*pos)++;
        n++;
    }
    *result = acc;
    return n;
}

int rt_format_spec_parse(const char *spec, size_t len, char default_type, char default_align,
                         const char *type_name, rt_format_spec *f, rt_format_err *err)
{
    size_t pos = 0, end = len;
    int fill_specified = 0, align_specified = 0;
    uint32_t c0 = 0, c1 = 0;
    size_t l0 = 0, l1 = 0;
    char tb[16];

    f->fill = ' ';
    f->align = (uint32_t)default_align;
    f->sign = 0;
    f->no_neg_0 = 0;
    f->alternate = 0;
    f->width = -1;
    f->grouping = 0;
    f->group4 = 0;
    f->precision = -1;
    f->type = (uint32_t)(unsigned char)default_type;

    if (end > 0) {
        l0 = utf8_decode(spec, end, &c0);
        if (l0 < end)
            l1 = utf8_decode(spec + l0, end - l0, &c1);
    }
    if (l1 && is_align(c1)) {
        f->align = c1;
        f->fill = c0;
        fill_specified = align_specified = 1;
        pos = l0 + l1;
    } else if (l0 && is_align(c0)) {
        f->align = c0;
        align_specified = 1;
        pos = l0;
    }
    if (pos < end && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' '))
        f->sign = spec[pos++];
    if (pos < end && spec[pos] == 'z') {
        f->no_neg_0 = 1;
        pos++;
    }
    if (pos < end && spec[pos] == '#') {
        f->alternate = 1;
        pos++;
    }
    if (!fill_specified && pos < end && spec[pos] == '0') {
        f->fill = '0';
        if (!align_specified && default_align == '>')
            f->align = '=';
        pos++;
    }
    long consumed = get_integer(spec, end, &pos, &f->width, err);
    if (consumed < 0)
        return RT_FMT_VALUE_ERROR;
    if (consumed == 0)
        f->width = -1;
    if (pos < end && spec[pos] == ',') {
        f->grouping = ',';
        pos++;
    }
    if (pos < end && spec[pos] == '_') {
        if (f->grouping)
            return set_err(err, RT_FMT_VALUE_ERROR, "Cannot specify both ',' and '_'.");
        f->grouping = '_';
        pos++;
    }
    if (pos < end && spec[pos] == ',' && f->grouping == '_')
        return set_err(err, RT_FMT_VALUE_ERROR, "Cannot specify both ',' and '_'.");
    if (pos < end && spec[pos] == '.') {
        pos++;
        consumed = get_integer(spec, end, &pos, &f->precision, err);
        if (consumed < 0)
            return RT_FMT_VALUE_ERROR;
        if (consumed == 0)
            return set_err(err, RT_FMT_VALUE_ERROR, "Format specifier missing precision");
    }
    if (pos < end) {
        uint32_t t;
        size_t lt = utf8_decode(spec + pos, end - pos, &t);
        if (pos + lt < end)
            return set_err(err, RT_FMT_VALUE_ERROR,
                           "Invalid format specifier '%.*s' for object of type '%.200s'", (int)len,
                           spec, type_name);
        f->type = t;
    }
    if (f->grouping) {
        switch (f->type) {
        case 'd':
        case 'e':
        case 'f':
        case 'g':
        case 'E':
        case 'G':
        case '%':
        case 'F':
        case 0: break;
        case 'b':
        case 'o':
        case 'x':
        case 'X':
            if (f->grouping == '_') {
                f->group4 = 1;
                break;
            }
            /* fall through */
        default:
            return set_err(err, RT_FMT_VALUE_ERROR, "Cannot specify '%c' with '%s'.", f->grouping,
                           code_text(f->type, tb, sizeof tb));
        }
    }
    return RT_FMT_OK;
}

static int unknown_code(uint32_t type, const char *type_name, rt_format_err *err)
{
    char tb[16];
    return set_err(err, RT_FMT_VALUE_ERROR, "Unknown format code '%s' for object of type '%.200s'",
                   code_text(type, tb, sizeof tb), type_name);
}

/* ---- number layout (calc_number_widths + fill_number) ---- */

/* Appends the digits grouped as CPython's _PyUnicode_InsertThousandsGrouping,
 * zero-extended to min_width (for '0' padding). group == 0: no separators. */
static int group_digits(rt_strbuf *out, const char *digits, long n_digits, long min_width, char sep,
                        long group)
{
    rt_strbuf rev;
    rt_strbuf_init_like(&rev, out);
    long remaining = n_digits, dpos = n_digits, len, n_zeros, n_chars;
    int use_sep = 0, broken = 0, rc = 0;
    if (min_width < 0)
        min_width = 0;
    while (group > 0) {
        long m = remaining > min_width ? remaining : min_width;
        len = group < (m > 1 ? m : 1) ? group : (m > 1 ? m : 1);
        n_zeros = len - remaining > 0 ? len - remaining : 0;
        n_chars = remaining < len ? (remaining > 0 ? remaining : 0) : len;
        if (use_sep)
            rc |= rt_strbuf_append_char(&rev, sep);
        for (long i = 0; i < n_chars; i++)
            rc |= rt_strbuf_append_char(&rev, digits[--dpos]);
        rc |= rt_strbuf_append_repeat(&rev, "0", 1, (size_t)n_zeros);
        use_sep = 1;
        remaining -= n_chars;
        min_width -= len;
        if (remaining <= 0 && min_width <= 0) {
            broken = 1;
            break;
        }
        min_width -= 1;
    }
    if (!broken) {
        long m = remaining > min_width ? remaining : min_width;
        len = m > 1 ? m : 1;
        n_zeros = len - remaining > 0 ? len - remaining : 0;
        n_chars = remaining < len ? (remaining > 0 ? remaining : 0) : len;
        if (use_sep)
            rc |= rt_strbuf_append_char(&rev, sep);
        for (long i = 0; i < n_chars; i++)
            rc |= rt_strbuf_append_char(&rev, digits[--dpos]);
        rc |= rt_strbuf_append_repeat(&rev, "0", 1, (size_t)n_zeros);
    }
    if (rc == 0 && rev.len > 0 && rt_strbuf_reserve(out, rev.len) == 0) {
        for (size_t i = rev.len; i-- > 0;)
            out->data[out->len++] = rev.data[i];
        out->data[out->len] = '\0';
    } else if (rc == 0 && rev.len > 0) {
        rc = -1;
    }
    rt_strbuf_dispose(&rev);
    return rc ? -1 : 0;
}

/* The parts of a formatted number: <sign><prefix><digits>[.]<remainder>. */
typedef struct number_parts {
    char sign_char; /* '-' or 0 */
    const char *prefix;
    long n_prefix;
    const char *digits;
    long n_digits;
    int has_decimal;
    const char *remainder; /* UTF-8 */
    size_t remainder_bytes;
    long n_remainder; /* in code points */
    int toupper;
} number_parts;

static void upper_ascii(char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 'a' && s[i] <= 'z')
            s[i] = (char)(s[i] - 'a' + 'A');
}

static int fill_number(const rt_format_spec *f, const number_parts *p, int locale_n, rt_strbuf *out,
                       rt_format_err *err)
{
    char sign = 0;
    long n_sign = 0, n_decimal = p->has_decimal ? 1 : 0;
    switch (f->sign) {
    case '+':
        n_sign = 1;
        sign = p->sign_char == '-' ? '-' : '+';
        break;
    case ' ':
        n_sign = 1;
        sign = p->sign_char == '-' ? '-' : ' ';
        break;
    default:
        if (p->sign_char == '-')
            n_sign = 1, sign = '-';
    }
    long fixed = n_sign + p->n_prefix + n_decimal + p->n_remainder;
    long min_width = (f->fill == '0' && f->align == '=') ? (long)f->width - fixed : 0;
    char sep = locale_n ? 0 : f->grouping;
    long group = sep ? (f->group4 ? 4 : 3) : 0;

    rt_strbuf grouped;
    rt_strbuf_init_like(&grouped, out);
    if (p->n_digits > 0 &&
        group_digits(&grouped, p->digits, p->n_digits, min_width, sep, group) < 0)
        goto oom;
    if (p->toupper && grouped.len)
        upper_ascii(grouped.data, grouped.len);

    long n_padding = (long)f->width - (fixed + (long)grouped.len);
    long lpad = 0, spad = 0, rpad = 0;
    if (n_padding > 0) {
        switch (f->align) {
        case '<': rpad = n_padding; break;
        case '^':
            lpad = n_padding / 2;
            rpad = n_padding - lpad;
            break;
        case '=': spad = n_padding; break;
        default: lpad = n_padding; break;
        }
    }
    int rc = append_fill(out, f->fill, (size_t)lpad);
    if (n_sign)
        rc |= rt_strbuf_append_char(out, sign);
    if (p->n_prefix) {
        size_t at = out->len;
        rc |= rt_strbuf_append(out, p->prefix, (size_t)p->n_prefix);
        if (rc == 0 && p->toupper)
            upper_ascii(out->data + at, (size_t)p->n_prefix);
    }
    rc |= append_fill(out, f->fill, (size_t)spad);
    rc |= rt_strbuf_append(out, rt_strbuf_cstr(&grouped), grouped.len);
    if (p->has_decimal)
        rc |= rt_strbuf_append_char(out, '.');
    rc |= rt_strbuf_append(out, p->remainder, p->remainder_bytes);
    rc |= append_fill(out, f->fill, (size_t)rpad);
    rt_strbuf_dispose(&grouped);
    if (rc)
        return no_memory(err);
    return RT_FMT_OK;
oom:
    rt_strbuf_dispose(&grouped);
    return no_memory(err);
}

/* ---- float ---- */

int rt_format_float_spec(double x, const rt_format_spec *f, const char *type_name, rt_strbuf *out,
                         rt_format_err *err)
{
    uint32_t type = f->type;
    int flags = 0, default_precision = 6, add_pct = 0;
    if (!type_name)
        type_name = "float";
    switch (type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%': break;
    default: return unknown_code(type, type_name, err);
    }
    if (f->precision > INT_MAX)
        return set_err(err, RT_FMT_VALUE_ERROR, "precision too big");
    int precision = (int)f->precision;
    if (f->alternate)
        flags |= RT_DTSF_ALT;
    if (f->no_neg_0)
        flags |= RT_DTSF_NO_NEG_0;
    if (type == 0) {
        flags |= RT_DTSF_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n')
        type = 'g';
    if (type == '%') {
        type = 'f';
        x *= 100;
        add_pct = 1;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';

    rt_strbuf num;
    rt_strbuf_init_like(&num, out);
    if (rt_float_to_string(x, (char)type, precision, flags, &num) != 0 ||
        (add_pct && rt_strbuf_append_char(&num, '%') < 0)) {
        rt_strbuf_dispose(&num);
        return no_memory(err);
    }
    const char *s = rt_strbuf_cstr(&num);
    size_t n = num.len;
    number_parts p = {0};
    if (n > 0 && s[0] == '-') {
        p.sign_char = '-';
        s++, n--;
    }
    size_t i = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++;
    p.digits = s;
    p.n_digits = (long)i;
    p.has_decimal = i < n && s[i] == '.';
    if (p.has_decimal)
        i++;
    p.remainder = s + i;
    p.remainder_bytes = n - i;
    p.n_remainder = (long)(n - i);
    int rc = fill_number(f, &p, f->type == 'n', out, err);
    rt_strbuf_dispose(&num);
    return rc;
}

int rt_format_float(double x, const char *spec, size_t len, rt_strbuf *out, rt_format_err *err)
{
    rt_format_spec f;
    if (len == 0) {
        if (rt_float_to_string(x, 'r', 0, RT_DTSF_ADD_DOT_0, out) != 0)
            return no_memory(err);
        return RT_FMT_OK;
    }
    int rc = rt_format_spec_parse(spec, len, 0, '>', "float", &f, err);
    if (rc)
        return rc;
    return rt_format_float_spec(x, &f, "float", out, err);
}

/* ---- int ---- */

int rt_format_int_spec(int64_t v, const rt_format_spec *f, const char *type_name, rt_strbuf *out,
                       rt_format_err *err)
{
    if (!type_name)
        type_name = "int";
    switch (f->type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n': break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': return rt_format_float_spec((double)v, f, "float", out, err);
    default: return unknown_code(f->type, type_name, err);
    }
    if (f->precision != -1)
        return set_err(err, RT_FMT_VALUE_ERROR,
                       "Precision not allowed in integer format specifier");
    if (f->no_neg_0)
        return set_err(err, RT_FMT_VALUE_ERROR,
                       "Negative zero coercion (z) not allowed in integer format specifier");
    number_parts p = {0};
    char digits[72], ch[8];
    if (f->type == 'c') {
        if (f->sign)
            return set_err(err, RT_FMT_VALUE_ERROR,
                           "Sign not allowed with integer format specifier 'c'");
        if (f->alternate)
            return set_err(err, RT_FMT_VALUE_ERROR,
                           "Alternate form (#) not allowed with integer format specifier 'c'");
        if (v < 0 || v > 0x10FFFF)
            return set_err(err, RT_FMT_OVERFLOW_ERROR, "%%c arg not in range(0x110000)");
        rt_strbuf one;
        rt_strbuf_init(&one);
        if (rt_strbuf_append_utf8(&one, (uint32_t)v) < 0) {
            rt_strbuf_dispose(&one);
            return no_memory(err);
        }
        memcpy(ch, one.data, one.len);
        p.remainder = ch;
        p.remainder_bytes = one.len;
        p.n_remainder = 1;
        rt_strbuf_dispose(&one);
        return fill_number(f, &p, 0, out, err);
    }
    unsigned base = rt_format_int_base(f);
    uint64_t a = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    size_t n = sizeof digits;
    do {
        digits[--n] = "0123456789abcdef"[a % base];
        a /= base;
    } while (a);
    return rt_format_int_digits(f, v < 0, digits + n, sizeof digits - n, out, err);
}

unsigned rt_format_int_base(const rt_format_spec *f)
{
    switch (f->type) {
    case 'b': return 2;
    case 'o': return 8;
    case 'x':
    case 'X': return 16;
    default: return 10;
    }
}

int rt_format_int_digits(const rt_format_spec *f, int neg, const char *digits, size_t n,
                         rt_strbuf *out, rt_format_err *err)
{
    number_parts p = {0};
    unsigned base = rt_format_int_base(f);
    p.sign_char = neg ? '-' : 0;
    if (f->alternate && base != 10) {
        p.prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
        p.n_prefix = 2;
    }
    p.digits = digits;
    p.n_digits = (long)n;
    p.remainder = "";
    p.toupper = f->type == 'X';
    return fill_number(f, &p, f->type == 'n', out, err);
}

int rt_format_int_check(const rt_format_spec *f, const char *type_name, rt_format_err *err)
{
    switch (f->type) {
    case 'b':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
    case 'c': break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': return RT_FMT_OK;
    default: return unknown_code(f->type, type_name ? type_name : "int", err);
    }
    if (f->precision != -1)
        return set_err(err, RT_FMT_VALUE_ERROR,
                       "Precision not allowed in integer format specifier");
    if (f->no_neg_0)
        return set_err(err, RT_FMT_VALUE_ERROR,
                       "Negative zero coercion (z) not allowed in integer format specifier");
    if (f->type == 'c') {
        if (f->sign)
            return set_err(err, RT_FMT_VALUE_ERROR,
                           "Sign not allowed with integer format specifier 'c'");
        if (f->alternate)
            return set_err(err, RT_FMT_VALUE_ERROR,
                           "Alternate form (#) not allowed with integer format specifier 'c'");
        /* only ints beyond int64 come here: CPython fails converting to a C long */
        return set_err(err, RT_FMT_OVERFLOW_ERROR, "Python int too large to convert to C long");
    }
    return RT_FMT_OK;
}

int rt_format_int(int64_t v, const char *spec, size_t len, rt_strbuf *out, rt_format_err *err)
{
    rt_format_spec f;
    if (len == 0) {
        char b[32];
        int n = snprintf(b, sizeof b, "%lld", (long long)v);
        return rt_strbuf_append(out, b, (size_t)n) < 0 ? no_memory(err) : RT_FMT_OK;
    }
    int rc = rt_format_spec_parse(spec, len, 'd', '>', "int", &f, err);
    if (rc)
        return rc;
    return rt_format_int_spec(v, &f, "int", out, err);
}

/* ---- str ---- */

int rt_format_str_spec(const char *s, size_t slen, const rt_format_spec *f, const char *type_name,
                       rt_strbuf *out, rt_format_err *err)
{
    if (!type_name)
        type_name = "str";
    if (f->type != 's')
        return unknown_code(f->type, type_name, err);
    if (f->sign == ' ')
        return set_err(err, RT_FMT_VALUE_ERROR, "Space not allowed in string format specifier");
    if (f->sign)
        return set_err(err, RT_FMT_VALUE_ERROR, "Sign not allowed in string format specifier");
    if (f->no_neg_0)
        return set_err(err, RT_FMT_VALUE_ERROR,
                       "Negative zero coercion (z) not allowed in string format specifier");
    if (f->alternate)
        return set_err(err, RT_FMT_VALUE_ERROR,
                       "Alternate form (#) not allowed in string format specifier");
    if (f->align == '=')
        return set_err(err, RT_FMT_VALUE_ERROR,
                       "'=' alignment not allowed in string format specifier");
    size_t nchars = utf8_count(s, slen), nbytes = slen;
    if (f->precision >= 0 && (int64_t)nchars >= f->precision) {
        nchars = (size_t)f->precision;
        nbytes = utf8_prefix(s, slen, nchars);
    }
    size_t total = f->width >= 0 && (int64_t)nchars < f->width ? (size_t)f->width : nchars;
    size_t lpad = 0;
    if (f->align == '>')
        lpad = total - nchars;
    else if (f->align == '^')
        lpad = (total - nchars) / 2;
    size_t rpad = total - nchars - lpad;
    int rc = append_fill(out, f->fill, lpad);
    rc |= rt_strbuf_append(out, s, nbytes);
    rc |= append_fill(out, f->fill, rpad);
    return rc ? no_memory(err) : RT_FMT_OK;
}

int rt_format_str(const char *s, size_t slen, const char *spec, size_t len, rt_strbuf *out,
                  rt_format_err *err)
{
    rt_format_spec f;
    if (len == 0)
        return rt_strbuf_append(out, s, slen) < 0 ? no_memory(err) : RT_FMT_OK;
    int rc = rt_format_spec_parse(spec, len, 's', '<', "str", &f, err);
    if (rc)
        return rc;
    return rt_format_str_spec(s, slen, &f, "str", out, err);
}

/* ---- repr(str) ---- */

int rt_repr_str(const char *s, size_t slen, rt_strbuf *out)
{
    int has_sq = memchr(s, '\'', slen) != NULL, has_dq = memchr(s, '"', slen) != NULL;
    char quote = has_sq && !has_dq ? '"' : '\'';
    int rc = rt_strbuf_append_char(out, quote);
    char esc[16];
    for (size_t i = 0; i < slen && rc == 0;) {
        uint32_t cp;
        size_t n = utf8_decode(s + i, slen - i, &cp);
        if (cp == (uint32_t)quote || cp == '\\') {
            esc[0] = '\\', esc[1] = (char)cp;
            rc = rt_strbuf_append(out, esc, 2);
        } else if (cp == '\t') {
            rc = rt_strbuf_append(out, "\\t", 2);
        } else if (cp == '\n') {
            rc = rt_strbuf_append(out, "\\n", 2);
        } else if (cp == '\r') {
            rc = rt_strbuf_append(out, "\\r", 2);
        } else if (cp < ' ' || cp == 0x7F) {
            snprintf(esc, sizeof esc, "\\x%02x", (unsigned)cp);
            rc = rt_strbuf_append(out, esc, 4);
        } else if (cp < 0x7F) {
            rc = rt_strbuf_append_char(out, (char)cp);
        } else if (cp > 0x10FFFF) { /* an undecodable byte */
            snprintf(esc, sizeof esc, "\\x%02x", (unsigned)(cp - 0x110000));
            rc = rt_strbuf_append(out, esc, 4);
        } else if (rt__unicode_isprintable(cp)) {
            rc = rt_strbuf_append(out, s + i, n);
        } else if (cp <= 0xFF) {
            snprintf(esc, sizeof esc, "\\x%02x", (unsigned)cp);
            rc = rt_strbuf_append(out, esc, 4);
        } else if (cp <= 0xFFFF) {
            snprintf(esc, sizeof esc, "\\u%04x", (unsigned)cp);
            rc = rt_strbuf_append(out, esc, 6);
        } else {
            snprintf(esc, sizeof esc, "\\U%08x", (unsigned)cp);
            rc = rt_strbuf_append(out, esc, 10);
        }
        i += n;
    }
    if (rc == 0)
        rc = rt_strbuf_append_char(out, quote);
    return rc ? RT_FMT_NO_MEMORY : RT_FMT_OK;
}

/* ---- str.format templates ---- */

void rt_format_template_init(rt_format_template *t, const char *s, size_t len)
{
    t->s = s;
    t->len = len;
    t->pos = 0;
    t->depth = 2;
    t->own.state = 0;
    t->own.next = 0;
    t->an = &t->own;
}

int rt_format_template_init_nested(rt_format_template *t, rt_format_template *parent,
                                   const char *spec, size_t len, rt_format_err *err)
{
    if (parent->depth - 1 <= 0)
        return set_err(err, RT_FMT_VALUE_ERROR, "Max string recursion exceeded");
    rt_format_template_init(t, spec, len);
    t->depth = parent->depth - 1;
    t->an = parent->an;
    return RT_FMT_OK;
}

/* CPython's get_integer on a field-name part: the value if all ASCII digits
 * (and non-empty), -1 if not a number, -2 on overflow (err set). */
static int64_t name_integer(const char *s, size_t n, rt_format_err *err)
{
    int64_t acc = 0;
    if (n == 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        int d = s[i] - '0';
        if (acc > (INT64_MAX - d) / 10) {
            set_err(err, RT_FMT_VALUE_ERROR, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

/* parse_field: s[*pos..) follows a '{'. */
static int parse_field(rt_format_template *t, rt_format_field *f, rt_format_err *err)
{
    const char *s = t->s;
    size_t end = t->len;
    char c = 0;
    f->name = s + t->pos;
    while (t->pos < end) {
        c = s[t->pos++];
        if (c == '{')
            return set_err(err, RT_FMT_VALUE_ERROR, "unexpected '{' in field name");
        if (c == '[') {
            while (t->pos < end && s[t->pos] != ']')
                t->pos++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
    }
    f->name_len = (size_t)(s + t->pos - 1 - f->name);
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (t->pos >= end)
                return set_err(err, RT_FMT_VALUE_ERROR,
                               "end of string while looking for conversion specifier");
            f->conversion = (unsigned char)s[t->pos];
            if ((unsigned char)s[t->pos] >= 0x80) {
                uint32_t cp;
                t->pos += utf8_decode(s + t->pos, end - t->pos, &cp);
                f->conversion = cp;
            } else {
                t->pos++;
            }
            if (t->pos < end) {
                c = s[t->pos++];
                if (c == '}')
                    return RT_FMT_OK;
                if (c != ':')
                    return set_err(err, RT_FMT_VALUE_ERROR,
                                   "expected ':' after conversion specifier");
            }
        }
        f->spec = s + t->pos;
        int count = 1;
        while (t->pos < end) {
            c = s[t->pos++];
            if (c == '{') {
                f->spec_needs_expanding = 1;
                count++;
            } else if (c == '}') {
                if (--count == 0) {
                    f->spec_len = (size_t)(s + t->pos - 1 - f->spec);
                    return RT_FMT_OK;
                }
            }
        }
        return set_err(err, RT_FMT_VALUE_ERROR, "unmatched '{' in format spec");
    } else if (c != '}') {
        return set_err(err, RT_FMT_VALUE_ERROR, "expected '}' before end of string");
    }
    return RT_FMT_OK;
}

/* field_name_split + the auto-numbering checks of get_field_object. */
static int split_name(rt_format_template *t, rt_format_field *f, rt_format_err *err)
{
    size_t i = 0;
    while (i < f->name_len && f->name[i] != '.' && f->name[i] != '[')
        i++;
    f->first = f->name;
    f->first_len = i;
    f->rest = f->name + i;
    f->rest_len = f->name_len - i;
    int64_t idx = name_integer(f->first, f->first_len, err);
    if (idx == -2)
        return RT_FMT_VALUE_ERROR;
    int empty = f->first_len == 0;
    int numeric = empty || idx != -1;
    if (t->an->state == 0 && numeric)
        t->an->state = empty ? 1 : 2;
    if (numeric) {
        if (t->an->state == 2 && empty)
            return set_err(
                err, RT_FMT_VALUE_ERROR,
                "cannot switch from manual field specification to automatic field numbering");
        if (t->an->state == 1 && !empty)
            return set_err(
                err, RT_FMT_VALUE_ERROR,
                "cannot switch from automatic field numbering to manual field specification");
    }
    if (empty)
        idx = t->an->next++;
    f->index = idx;
    return RT_FMT_OK;
}

int rt_format_template_next(rt_format_template *t, rt_format_field *f, rt_format_err *err)
{
    const char *s = t->s;
    size_t end = t->len;
    memset(f, 0, sizeof *f);
    f->index = -1;
    if (t->pos >= end)
        return 0;
    size_t start = t->pos;
    char c = 0;
    int markup_follows = 0;
    while (t->pos < end) {
        c = s[t->pos++];
        if (c == '{' || c == '}') {
            markup_follows = 1;
            break;
        }
    }
    int at_end = t->pos >= end;
    size_t len = t->pos - start;
    if (c == '}' && markup_follows && (at_end || s[t->pos] != '}'))
        return set_err(err, RT_FMT_VALUE_ERROR, "Single '}' encountered in format string");
    if (at_end && c == '{' && markup_follows)
        return set_err(err, RT_FMT_VALUE_ERROR, "Single '{' encountered in format string");
    if (!at_end && markup_follows) {
        if (s[t->pos] == c) {
            t->pos++; /* an escaped brace: literal text only */
            markup_follows = 0;
        } else {
            len--;
        }
    }
    f->literal = s + start;
    f->literal_len = len;
    if (!markup_follows)
        return 1;
    f->has_field = 1;
    int rc = parse_field(t, f, err);
    if (rc == RT_FMT_OK)
        rc = split_name(t, f, err);
    return rc == RT_FMT_OK ? 1 : rc;
}

int rt_format_field_rest_next(const char **rest, size_t *rest_len, int *is_attr, const char **name,
                              size_t *name_len, int64_t *key_index, rt_format_err *err)
{
    const char *s = *rest;
    size_t n = *rest_len, i = 1;
    if (n == 0)
        return 0;
    *key_index = -1;
    if (s[0] == '.') {
        *is_attr = 1;
        while (i < n && s[i] != '.' && s[i] != '[')
            i++;
        *name = s + 1;
        *name_len = i - 1;
    } else if (s[0] == '[') {
        *is_attr = 0;
        while (i < n && s[i] != ']')
            i++;
        if (i >= n)
            return set_err(err, RT_FMT_VALUE_ERROR, "Missing ']' in format string");
        *name = s + 1;
        *name_len = i - 1;
        i++;
        int64_t idx = name_integer(*name, *name_len, err);
        if (idx == -2)
            return RT_FMT_VALUE_ERROR;
        *key_index = idx;
    } else {
        return set_err(err, RT_FMT_VALUE_ERROR,
                       "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (*name_len == 0)
        return set_err(err, RT_FMT_VALUE_ERROR, "Empty attribute in format string");
    *rest = s + i;
    *rest_len = n - i;
    return 1;
}

int rt_format_check_conversion(uint32_t conversion, rt_format_err *err)
{
    switch (conversion) {
    case 0:
    case 'r':
    case 's':
    case 'a': return RT_FMT_OK;
    default:
        if (conversion > 32 && conversion < 127)
            return set_err(err, RT_FMT_VALUE_ERROR, "Unknown conversion specifier %c",
                           (char)conversion);
        return set_err(err, RT_FMT_VALUE_ERROR, "Unknown conversion specifier \\x%x",
                       (unsigned)conversion);
    }
}
