/* complex.c: the complex type: arithmetic (Smith's division, integer powers
 * by repeated squaring as CPython 3.11 does), equality, hash, repr/format
 * and complex(), with CPython's results bit for bit on finite values and
 * its error messages. */
#include "runtime/complex.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>
#include <strings.h>

#include "runtime/bigint.h"
#include "runtime/builtin.h"
#include "runtime/class.h"
#include "runtime/format.h"
#include "runtime/heap.h"
#include "runtime/num.h"
#include "runtime/numfmt.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "runtime/utf8.h"

/* ---- the object ------------------------------------------------------------ */

static size_t complex_size(const rt_obj *o)
{
    (void)o;
    return sizeof(rt_complex_obj);
}
static void complex_dealloc(rt_state *rt, rt_obj *o)
{
    rt_obj_free(rt, o, sizeof(rt_complex_obj));
}
const rt_typeinfo rt__complex_typeinfo = {"complex", false, complex_size,
                                          NULL,      NULL,  complex_dealloc};

rt_value rt_complex_new(rt_state *rt, double re, double im)
{
    rt_complex_obj *o = (rt_complex_obj *)rt_obj_alloc(rt, RT_T_COMPLEX, sizeof(rt_complex_obj));
    if (!o)
        return RT_NULL;
    o->re = re;
    o->im = im;
    return rt_from_obj(o);
}

int rt__complex_parts(rt_state *rt, rt_value v, double *re, double *im)
{
    *im = 0.0;
    if (rt_is_complex(v)) {
        *re = rt_complex_of(v)->re;
        *im = rt_complex_of(v)->im;
        return 0;
    }
    if (rt_is_bigint(v)) {
        if (!rt_bigint_to_double(v, re)) {
            rt_raise(rt, RT_EXC_OverflowError, "int too large to convert to float");
            return -1;
        }
        return 0;
    }
    if (rt_is_intlike(v)) {
        *re = (double)rt_int_get(v);
        return 0;
    }
    if (rt_is_float(v)) {
        *re = rt_float_get(v);
        return 0;
    }
    return 1;
}

/* ---- arithmetic: a pair of doubles, errno as CPython's _Py_c_* -------------- */

typedef struct cpx {
    double re, im;
} cpx;

static cpx c_prod(cpx a, cpx b)
{
    return (cpx){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

/* Smith's algorithm; *err = EDOM for a zero divisor. */
static cpx c_quot(cpx a, cpx b, int *err)
{
    double abs_re = fabs(b.re), abs_im = fabs(b.im);
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) {
            *err = EDOM;
            return (cpx){0.0, 0.0};
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return (cpx){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abs_im >= abs_re) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return (cpx){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return (cpx){NAN, NAN}; /* a NaN in the divisor */
}

static cpx c_pow(cpx a, cpx b, int *err)
{
    if (b.re == 0.0 && b.im == 0.0)
        return (cpx){1.0, 0.0};
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0)
            *err = EDOM;
        return (cpx){0.0, 0.0};
    }
    double vabs = hypot(a.re, a.im), len = pow(vabs, b.re), at = atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    cpx r;
    r.re = len * cos(phase);
    r.im = len * sin(phase);
    return r;
}

/* x ** n for 0 < n: binary powering by squaring, as CPython's c_powu. */
static cpx c_powu(cpx x, long n)
{
    cpx r = {1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask)
            r = c_prod(r, p);
        p = c_prod(p, p);
    }
    return r;
}

static cpx c_powi(cpx x, long n, int *err)
{
    if (n > 100 || n < -100)
        return c_pow(x, (cpx){(double)n, 0.0}, err);
    if (n > 0)
        return c_powu(x, n);
    return c_quot((cpx){1.0, 0.0}, c_powu(x, -n), err);
}

rt_value rt__complex_binop(rt_state *rt, rt_binop_kind op, rt_value a, rt_value b)
{
    cpx x, y;
    int ra = rt__complex_parts(rt, a, &x.re, &x.im);
    if (ra != 0)
        return RT_NULL;
    int rb = rt__complex_parts(rt, b, &y.re, &y.im);
    if (rb != 0)
        return RT_NULL;
    int err = 0;
    cpx r;
    switch (op) {
    case RT_OP_ADD: r = (cpx){x.re + y.re, x.im + y.im}; break;
    case RT_OP_SUB: r = (cpx){x.re - y.re, x.im - y.im}; break;
    case RT_OP_MUL: r = c_prod(x, y); break;
    case RT_OP_TRUEDIV:
        r = c_quot(x, y, &err);
        if (err)
            return rt_raise(rt, RT_EXC_ZeroDivisionError, "complex division by zero");
        break;
    case RT_OP_POW: {
        long n = (long)y.re;
        if (y.im == 0.0 && y.re == (double)n && fabs(y.re) < 1e18)
            r = c_powi(x, n, &err);
        else
            r = c_pow(x, y, &err);
        if (err)
            return rt_raise(rt, RT_EXC_ZeroDivisionError, "0.0 to a negative or complex power");
        if (isinf(r.re) || isinf(r.im))
            return rt_raise(rt, RT_EXC_OverflowError, "complex exponentiation");
        break;
    }
    default: return RT_NULL;
    }
    return rt_complex_new(rt, r.re, r.im);
}

rt_value rt__complex_unop(rt_state *rt, rt_unop_kind op, rt_value a)
{
    rt_complex_obj *c = rt_complex_of(a);
    if (op == RT_UOP_NEG)
        return rt_complex_new(rt, -c->re, -c->im);
    if (op == RT_UOP_POS)
        return rt_complex_new(rt, c->re, c->im);
    return RT_NULL;
}

int rt__complex_eq(rt_value a, rt_value b)
{
    rt_value c = rt_is_complex(a) ? a : b, o = c == a ? b : a;
    double re = rt_complex_of(c)->re, im = rt_complex_of(c)->im;
    if (rt_is_complex(o))
        return re == rt_complex_of(o)->re && im == rt_complex_of(o)->im;
    if (!rt_is_number(o) || im != 0.0)
        return 0;
    /* an int compares exactly (a big int with a float's rules) */
    rt_value f = o;
    if (rt_is_bigint(f))
        return rt_bigint_cmp_double(f, re) == 0 && !isnan(re);
    if (rt_is_intlike(f)) {
        int64_t n = rt_int_get(f);
        return fabs(re) < 4.7e18 && (double)n == re && (int64_t)re == n;
    }
    return rt_float_get(f) == re;
}

int64_t rt__complex_hash(rt_value v)
{
    uint64_t hr = (uint64_t)rt_float_hash(rt_complex_of(v)->re);
    uint64_t hi = (uint64_t)rt_float_hash(rt_complex_of(v)->im);
    int64_t h = (int64_t)(hr + UINT64_C(1000003) * hi);
    return h == -1 ? -2 : h;
}

rt_value rt__complex_abs(rt_state *rt, rt_value v)
{
    double re = rt_complex_of(v)->re, im = rt_complex_of(v)->im;
    if (isinf(re) || isinf(im))
        return rt_float_new(rt, INFINITY);
    if (isnan(re) || isnan(im))
        return rt_float_new(rt, NAN);
    double r = hypot(re, im);
    if (isinf(r))
        return rt_raise(rt, RT_EXC_OverflowError, "absolute value too large");
    return rt_float_new(rt, r);
}

/* ---- text ------------------------------------------------------------------- */

static rt_value buf_to_str(rt_state *rt, rt_strbuf *sb)
{
    rt_value r = RT_NULL;
    if (!sb->failed)
        r = rt_str_from_strbuf(rt, sb);
    else
        rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    rt_strbuf_dispose(sb);
    return r;
}

/* Puts separator sep between each group of three integer digits of the
 * number written at sb->data[at..] ("12345.5" -> "12,345.5"). */
static void group_digits(rt_strbuf *sb, size_t at, char sep)
{
    size_t start = at;
    while (start < sb->len && (sb->data[start] < '0' || sb->data[start] > '9'))
        start++; /* past the sign; "inf" and "nan" have no digits */
    size_t end = start;
    while (end < sb->len && sb->data[end] >= '0' && sb->data[end] <= '9')
        end++;
    size_t ndig = end - start, nsep = ndig ? (ndig - 1) / 3 : 0, len = sb->len;
    for (size_t k = 0; k < nsep; k++)
        rt_strbuf_append_char(sb, ' ');
    if (!nsep || sb->failed)
        return;
    memmove(sb->data + end + nsep, sb->data + end, len - end);
    size_t src = end, dst = end + nsep;
    for (int run = 0; src > start; run++) {
        if (run == 3) {
            sb->data[--dst] = sep;
            run = 0;
        }
        sb->data[--dst] = sb->data[--src];
    }
}

/* Appends x as PyOS_double_to_string would, its integer digits grouped by
 * sep (0: not), then its sign as the format's sign field asks ('+' always,
 * ' ' a space for non-negatives, else only '-'). */
static void append_part(rt_strbuf *sb, double x, char code, int precision, int flags, char sign,
                        char sep)
{
    size_t at = sb->len;
    rt_float_to_string(x, code, precision, flags, sb);
    if (sep && !sb->failed)
        group_digits(sb, at, sep);
    if (sb->failed || (sb->len > at && sb->data[at] == '-'))
        return;
    if (sign == '+' || sign == ' ') {
        /* move the digits right by one for the sign */
        rt_strbuf_append_char(sb, ' ');
        if (sb->failed)
            return;
        memmove(sb->data + at + 1, sb->data + at, sb->len - at - 1);
        sb->data[at] = sign;
    }
}

rt_value rt__complex_repr(rt_state *rt, rt_value v)
{
    double re = rt_complex_of(v)->re, im = rt_complex_of(v)->im;
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    if (re == 0.0 && !signbit(re)) {
        append_part(&sb, im, 'r', 0, 0, '-', 0);
        rt_strbuf_append_char(&sb, 'j');
    } else {
        rt_strbuf_append_char(&sb, '(');
        append_part(&sb, re, 'r', 0, 0, '-', 0);
        append_part(&sb, im, 'r', 0, 0, '+', 0);
        rt_strbuf_append_cstr(&sb, "j)");
    }
    return buf_to_str(rt, &sb);
}

static rt_value format_error(rt_state *rt, const rt_format_err *err)
{
    if (err->kind == RT_FMT_NO_MEMORY)
        return rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    return rt_raise(rt, RT_EXC_ValueError, "%s", err->msg);
}

rt_value rt__complex_format(rt_state *rt, rt_value v, const char *spec, size_t len)
{
    if (len == 0)
        return rt__complex_repr(rt, v);
    rt_format_spec f;
    rt_format_err err;
    if (rt_format_spec_parse(spec, len, 0, '>', "complex", &f, &err) != RT_FMT_OK)
        return format_error(rt, &err);
    uint32_t type = f.type;
    if (type && (type > 127 || !strchr("eEfFgGn", (int)type))) {
        if (type > 32 && type < 127) /* a space is shown escaped, as CPython does */
            return rt_raise(rt, RT_EXC_ValueError,
                            "Unknown format code '%c' for object of type 'complex'", (char)type);
        return rt_raise(rt, RT_EXC_ValueError,
                        "Unknown format code '\\x%x' for object of type 'complex'", type);
    }
    if (f.fill == '0')
        return rt_raise(rt, RT_EXC_ValueError,
                        "Zero padding is not allowed in complex format specifier");
    if (f.align == '=')
        return rt_raise(rt, RT_EXC_ValueError,
                        "'=' alignment flag is not allowed in complex format specifier");
    double re = rt_complex_of(v)->re, im = rt_complex_of(v)->im;
    bool skip_re = false, parens = false;
    int precision = 6;
    char code = (char)type;
    if (!type) {
        code = 'r';
        precision = 0;
        if (re == 0.0 && !signbit(re))
            skip_re = true;
        else
            parens = true;
    }
    if (code == 'n')
        code = 'g';
    if (f.precision >= 0) {
        if (f.precision > INT32_MAX)
            return rt_raise(rt, RT_EXC_ValueError, "precision too big");
        precision = (int)f.precision;
        if (code == 'r')
            code = 'g';
    }
    int flags = (f.alternate ? RT_DTSF_ALT : 0) | (f.no_neg_0 ? RT_DTSF_NO_NEG_0 : 0);
    char sign = f.sign ? f.sign : '-';
    rt_strbuf body;
    rt_heap_strbuf_init(rt, &body);
    if (parens)
        rt_strbuf_append_char(&body, '(');
    if (!skip_re)
        append_part(&body, re, code, precision, flags, sign, f.grouping);
    append_part(&body, im, code, precision, flags, skip_re ? sign : '+', f.grouping);
    rt_strbuf_append_char(&body, 'j');
    if (parens)
        rt_strbuf_append_char(&body, ')');
    if (body.failed || f.width <= (int64_t)body.len)
        return buf_to_str(rt, &body);
    /* the body is ASCII: pad it to the width with the fill character */
    size_t pad = (size_t)f.width - body.len, left = 0;
    if (f.align == '<')
        left = 0;
    else if (f.align == '^')
        left = pad / 2;
    else
        left = pad;
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    /* the fill repeated in one step each side: a width past the heap limit is refused
     * before anything is written (one append per character took minutes to fail) */
    char fill[4];
    size_t fill_len = rt_utf8_encode(f.fill, fill);
    rt_strbuf_append_repeat(&sb, fill, fill_len, left);
    rt_strbuf_append(&sb, body.data, body.len);
    rt_strbuf_append_repeat(&sb, fill, fill_len, pad - left);
    rt_strbuf_dispose(&body);
    return buf_to_str(rt, &sb);
}

/* ---- attributes ------------------------------------------------------------- */

static rt_value complex_conjugate(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                  rt_value kwnames)
{
    (void)args;
    if (rt_args_none(rt, "complex.conjugate", nargs, kwnames) < 0)
        return RT_NULL;
    return rt_complex_new(rt, rt_complex_of(self)->re, -rt_complex_of(self)->im);
}

static const rt_builtin_def conjugate_def = {"conjugate", complex_conjugate};

rt_value rt__complex_getattr(rt_state *rt, rt_value v, rt_value name)
{
    if (rt_str_eq_cstr(name, "real"))
        return rt_float_new(rt, rt_complex_of(v)->re);
    if (rt_str_eq_cstr(name, "imag"))
        return rt_float_new(rt, rt_complex_of(v)->im);
    if (rt_str_eq_cstr(name, "conjugate"))
        return rt_builtin_new(rt, &conjugate_def, v);
    if (rt_str_eq_cstr(name, "__class__")) {
        rt_value c = rt_type_obj_get(rt, v);
        rt_incref(c);
        return c;
    }
    return rt_raise(rt, RT_EXC_AttributeError, "'complex' object has no attribute '%s'",
                    rt_str_data(name));
}

int rt__complex_setattr(rt_state *rt, rt_value v, rt_value name, rt_value value)
{
    (void)v;
    (void)value;
    if (rt_str_eq_cstr(name, "real") || rt_str_eq_cstr(name, "imag"))
        rt_raise(rt, RT_EXC_AttributeError, "readonly attribute");
    else
        rt_raise(rt, RT_EXC_AttributeError, "'complex' object has no attribute '%s'",
                 rt_str_data(name));
    return -1;
}

/* ---- complex() -------------------------------------------------------------- */

/* The length of the longest float literal at s (sign, digits with single
 * underscores, '.', exponent, inf/infinity/nan), 0 when there is none. */
static size_t float_prefix(const char *s, size_t n)
{
    size_t i = 0;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    static const char *const words[] = {"infinity", "inf", "nan"};
    for (int w = 0; w < 3; w++) {
        size_t k = strlen(words[w]);
        if (n - i >= k && strncasecmp(s + i, words[w], k) == 0)
            return i + k;
    }
    size_t digits = 0;
    for (;;) {
        if (i < n && s[i] >= '0' && s[i] <= '9') {
            i++;
            digits++;
        } else if (i + 1 < n && s[i] == '_' && digits && s[i - 1] != '.' && s[i + 1] >= '0' &&
                   s[i + 1] <= '9') {
            i++;
        } else if (i < n && s[i] == '.' && !memchr(s, '.', i)) {
            i++;
        } else {
            break;
        }
    }
    if (!digits)
        return 0;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        if (j < n && (s[j] == '+' || s[j] == '-'))
            j++;
        if (j < n && s[j] >= '0' && s[j] <= '9') {
            while (j < n && ((s[j] >= '0' && s[j] <= '9') ||
                             (s[j] == '_' && j + 1 < n && s[j + 1] >= '0' && s[j + 1] <= '9')))
                j++;
            i = j;
        }
    }
    return i;
}

static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Parses s[0..n) as complex('...') does; false for a malformed string. */
static bool parse_complex(const char *s, size_t n, double *re, double *im)
{
    size_t i = 0;
    while (n && is_space(s[n - 1]))
        n--;
    while (i < n && is_space(s[i]))
        i++;
    bool bracket = false;
    if (i < n && s[i] == '(') {
        bracket = true;
        i++;
        while (i < n && is_space(s[i]))
            i++;
    }
    *re = *im = 0.0;
    size_t k = float_prefix(s + i, n - i);
    if (k) {
        double x;
        if (rt_float_parse(s + i, k, &x) != 0)
            return false;
        i += k;
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            *re = x;
            size_t k2 = float_prefix(s + i, n - i);
            double y = s[i] == '-' ? -1.0 : 1.0;
            if (k2 > 1) {
                if (rt_float_parse(s + i, k2, &y) != 0)
                    return false;
                i += k2;
            } else {
                i++;
            }
            if (i >= n || (s[i] != 'j' && s[i] != 'J'))
                return false;
            *im = y;
            i++;
        } else if (i < n && (s[i] == 'j' || s[i] == 'J')) {
            *im = x;
            i++;
        } else {
            *re = x;
        }
    } else {
        double y = 1.0;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            y = s[i++] == '-' ? -1.0 : 1.0;
        if (i >= n || (s[i] != 'j' && s[i] != 'J'))
            return false;
        *im = y;
        i++;
    }
    while (i < n && is_space(s[i]))
        i++;
    if (bracket) {
        if (i >= n || s[i] != ')')
            return false;
        i++;
        while (i < n && is_space(s[i]))
            i++;
    }
    return i == n;
}

/* complex(s): underscores are checked first (only between digits, else
 * CPython's "could not convert" with the string's repr), then dropped. */
static rt_value from_string(rt_state *rt, rt_value str)
{
    const char *s = rt_str_data(str);
    size_t n = rt_str_len(str);
    if (strlen(s) != n)
        return rt_raise(rt, RT_EXC_ValueError, "complex() arg is a malformed string");
    if (!memchr(s, '_', n)) {
        double re, im;
        if (!parse_complex(s, n, &re, &im))
            return rt_raise(rt, RT_EXC_ValueError, "complex() arg is a malformed string");
        return rt_complex_new(rt, re, im);
    }
    char *dup = rt_heap_alloc(rt, NULL, n + 1);
    if (!dup)
        return RT_NULL;
    size_t k = 0;
    char prev = 0;
    bool bad = false;
    for (size_t i = 0; i < n && !bad; i++) {
        bool digit = s[i] >= '0' && s[i] <= '9';
        if (s[i] == '_')
            bad = !(prev >= '0' && prev <= '9');
        else if (prev == '_' && !digit)
            bad = true;
        else
            dup[k++] = s[i];
        prev = s[i];
    }
    double re, im;
    bool ok = !bad && prev != '_' && parse_complex(dup, k, &re, &im);
    rt_heap_free(rt, NULL, dup, n + 1);
    if (bad || prev == '_') {
        rt_value r = rt_repr(rt, str);
        if (!r)
            return RT_NULL;
        rt_raise(rt, RT_EXC_ValueError, "could not convert string to complex: %s", rt_str_data(r));
        rt_decref(rt, r);
        return RT_NULL;
    }
    if (!ok)
        return rt_raise(rt, RT_EXC_ValueError, "complex() arg is a malformed string");
    return rt_complex_new(rt, re, im);
}

/* The parts of user object v through its class's __complex__ (when
 * complex_ok), else __float__, else __index__: 2 from __complex__, 0 from
 * the others; 1 when it has none of them; -1 with CPython's TypeError for a
 * result of the wrong type. */
static int user_parts(rt_state *rt, rt_value v, bool complex_ok, double *re, double *im)
{
    static const rt_id ids[] = {RT_ID_complex, RT_ID_float, RT_ID_index};
    static const char *const want[] = {"complex", "float", "int"};
    if (!rt__is_user_obj(v))
        return 1;
    for (int i = complex_ok ? 0 : 1; i < 3; i++) {
        rt_value m = rt__special(rt, v, ids[i]);
        if (!m || m == RT_NONE)
            continue;
        rt_value r = rt__call_special(rt, m, v, NULL, 0);
        if (!r)
            return -1;
        rt_value u = rt__native_unwrap(r);
        bool ok = i == 0 ? rt_is_complex(u) : i == 1 ? rt_is_float(u) : rt_is_intlike(u);
        int st = ok ? rt__complex_parts(rt, u, re, im) : -1;
        if (st == 0 && i == 0)
            st = 2;
        if (!ok) {
            if (i == 1)
                rt_raise(rt, RT_EXC_TypeError, "%s.__float__ returned non-float (type %s)",
                         rt_type_name(v), rt_type_name(r));
            else
                rt_raise(rt, RT_EXC_TypeError, "%s returned non-%s (type %s)",
                         rt_str_data(rt->ids[ids[i]]), want[i], rt_type_name(r));
        }
        rt_decref(rt, r);
        return st;
    }
    return 1;
}

rt_value rt__complex_call(rt_state *rt, const rt_value *args, size_t nargs, rt_value kwnames)
{
    static const char *const names[] = {"real", "imag", NULL};
    rt_value a[2];
    if (rt_args_parse(rt, "complex", args, nargs, kwnames, 2, names, a) < 0)
        return RT_NULL;
    rt_value r = a[0] ? rt__native_unwrap(a[0]) : RT_NULL, i = a[1] ? rt__native_unwrap(a[1]) : 0;
    if (!r)
        r = rt_smallint(0);
    if (rt_is_str(r)) {
        if (i)
            return rt_raise(rt, RT_EXC_TypeError,
                            "complex() can't take second arg if first is a string");
        return from_string(rt, r);
    }
    if (i && rt_is_str(i))
        return rt_raise(rt, RT_EXC_TypeError, "complex() second arg can't be a string");
    if (rt_is_complex(r) && !i) {
        rt_incref(r);
        return r;
    }
    double rr, ri, ir = 0.0, ii = 0.0;
    bool r_complex = rt_is_complex(r);
    int st = rt__complex_parts(rt, r, &rr, &ri);
    if (st > 0 && (st = user_parts(rt, r, true, &rr, &ri)) == 2) {
        r_complex = true; /* __complex__'s imaginary part counts */
        st = 0;
    }
    if (st < 0)
        return RT_NULL;
    if (st > 0)
        return rt_raise(rt, RT_EXC_TypeError,
                        "complex() first argument must be a string or a number, not '%s'",
                        rt_type_name(r));
    if (i) {
        st = rt__complex_parts(rt, i, &ir, &ii);
        if (st > 0)
            st = user_parts(rt, i, false, &ir, &ii);
        if (st < 0)
            return RT_NULL;
        if (st > 0)
            return rt_raise(rt, RT_EXC_TypeError,
                            "complex() second argument must be a number, not '%s'",
                            rt_type_name(i));
    }
    /* complex(a, b) is a + b*1j, each part kept apart as CPython does */
    double re = rr - ii, im = ir;
    if (r_complex)
        im += ri;
    return rt_complex_new(rt, re, im);
}
