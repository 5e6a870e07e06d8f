/* str_percent.c: printf-style formatting, `fmt % args` for a str fmt
 * (CPython's PyUnicode_Format): %s %r %a %d %i %u %x %X %o %e %E %f %F %g %G
 * %c %%, flags, width, precision, `*`, and %(name)s with a dict; and for a
 * bytes or bytearray fmt (PEP 461), which formats the same way over the
 * format's bytes read as Latin-1, with %s/%b taking bytes-like values, %r/%a
 * their ascii() and %c a byte. */
#include <limits.h>
#include <math.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/class.h"
#include "runtime/format.h"
#include "runtime/heap.h"
#include "runtime/num.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/strbuf.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

/* Text whose code points are all below 256 as the bytes they stand for (a
 * new bytes), or RT_NULL with an exception set. */
static rt_value encode_latin1(rt_state *rt, rt_value s)
{
    rt_value name = rt_str_intern(rt, "latin-1", 7);
    rt_value r = name ? rt_str_encode(rt, s, name, RT_NULL) : RT_NULL;
    rt_decref(rt, name);
    return r;
}

typedef struct pargs {
    rt_value args; /* the right operand */
    const rt_value *items;
    int64_t n, next; /* positional items and the next one to use */
    bool mapping;    /* args is a dict used through %(name)s */
    bool bytes;      /* formatting bytes: the format and the result are Latin-1 text */
} pargs;

/* The next positional argument (borrowed) or RT_NULL with TypeError. */
static rt_value next_arg(rt_state *rt, pargs *a)
{
    if (a->next >= a->n)
        return rt_raise(rt, RT_EXC_TypeError, "not enough arguments for format string");
    return a->items[a->next++];
}

static int fmt_error(rt_state *rt, const rt_format_err *err)
{
    if (err->kind == RT_FMT_NO_MEMORY)
        rt_heap_strbuf_error(rt);
    else if (err->kind == RT_FMT_OVERFLOW_ERROR)
        rt_raise(rt, RT_EXC_OverflowError, "%s", err->msg);
    else
        rt_raise(rt, RT_EXC_ValueError, "%s", err->msg);
    return -1;
}

/* %d %x %o of an int beyond int64 (no precision): its digits laid out by
 * the int format code. 0 or -1. */
static int big_percent(rt_state *rt, rt_value v, rt_format_spec *spec, rt_strbuf *out)
{
    rt_strbuf digits;
    rt_format_err err;
    rt_heap_strbuf_init(rt, &digits);
    if (rt_bigint_digits(rt, v, (int)rt_format_int_base(spec), &digits) < 0) {
        rt_strbuf_dispose(&digits);
        return -1;
    }
    int rc = rt_format_int_digits(spec, rt_bigint_sign(v) < 0, digits.data, digits.len, out, &err);
    rt_strbuf_dispose(&digits);
    return rc == RT_FMT_OK ? 0 : fmt_error(rt, &err);
}

/* Appends p[0..n) read as Latin-1 (each byte a code point) to sb. */
static void append_latin1(rt_strbuf *sb, const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        rt_strbuf_append_utf8(sb, (unsigned char)p[i]);
}

/* %s or %b of bytes formatting: the bytes of a bytes-like value, of a
 * contiguous memoryview or of what __bytes__ returns, as Latin-1 text (a new
 * str), or RT_NULL with TypeError. */
static rt_value bytes_arg(rt_state *rt, rt_value v)
{
    const char *p;
    size_t n;
    rt_value owned = RT_NULL;
    if (!rt_bytes_view(v, &p, &n)) {
        rt_value m = RT_NULL;
        if (rt__is_user_obj(v)) {
            rt_value name = rt_str_intern(rt, "__bytes__", 9);
            m = name ? rt_type_lookup(rt, rt_type_obj_get(rt, v), name) : RT_NULL;
            rt_decref(rt, name);
        }
        if (!m)
            return rt_raise(rt, RT_EXC_TypeError,
                            "%%b requires a bytes-like object, or an object that implements "
                            "__bytes__, not '%s'",
                            rt_type_name(v));
        owned = rt__call_special(rt, m, v, NULL, 0);
        if (!owned)
            return RT_NULL;
        if (!rt_is_bytes(owned)) {
            rt_raise(rt, RT_EXC_TypeError, "__bytes__ returned non-bytes (type %s)",
                     rt_type_name(owned));
            rt_decref(rt, owned);
            return RT_NULL;
        }
        p = rt_bytes_data(owned);
        n = (size_t)rt_bytes_len(owned);
    }
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    append_latin1(&sb, p, n);
    rt_decref(rt, owned);
    rt_value r = sb.failed ? rt_heap_strbuf_error(rt) : rt_str_new(rt, rt_strbuf_cstr(&sb), sb.len);
    rt_strbuf_dispose(&sb);
    return r;
}

/* Formats one value for conversion c with spec (width/flags set) into out;
 * bytes: for a bytes format (the module comment). */
/* The int that %d %i %u (v's __int__, else __index__) or %x %X %o (its
 * __index__ only) format for an object of a class statement, as CPython's
 * int(v) / operator.index(v): a new reference, or RT_NULL without an
 * exception when v has none (or int(v) raised TypeError: the caller's
 * message follows), with one for any other error. */
static rt_value user_int(rt_state *rt, char c, rt_value v)
{
    if (!rt__is_user_obj(v))
        return RT_NULL;
    bool by_index = c == 'x' || c == 'X' || c == 'o';
    rt_value m = by_index ? RT_NULL : rt__special(rt, v, RT_ID_int);
    if (!m || m == RT_NONE)
        m = rt__special(rt, v, RT_ID_index);
    if (!m || m == RT_NONE)
        return RT_NULL;
    if (by_index) { /* operator.index(v): __index__ itself, an int required */
        rt_value r = rt__call_special(rt, m, v, NULL, 0);
        rt_value u = r ? rt__native_unwrap(r) : RT_NULL;
        if (u && rt_is_intlike(u)) {
            rt_incref(u);
            rt_decref(rt, r);
            return u;
        }
        rt_decref(rt, r);
        if (!r && !rt_exc_matches(rt, RT_EXC_TypeError))
            return RT_NULL;
        if (!r)
            rt_exc_clear(rt);
        return RT_NULL;
    }
    rt_value iv = rt__type_call(rt, rt->type_objs[RT_T_INT], &v, 1, RT_NULL);
    if (!iv && rt_exc_matches(rt, RT_EXC_TypeError))
        rt_exc_clear(rt);
    return iv;
}

static int convert(rt_state *rt, char c, rt_value v, rt_format_spec *spec, bool zero, bool bytes,
                   rt_strbuf *out)
{
    rt_format_err err;
    int rc;
    if (bytes && (c == 's' || c == 'b' || c == 'r' || c == 'a')) {
        rt_value s = c == 's' || c == 'b' ? bytes_arg(rt, v) : rt_ascii(rt, v);
        if (s == RT_NULL)
            return -1;
        spec->type = 's';
        rc = rt_format_str_spec(rt_str_data(s), rt_str_len(s), spec, "str", out, &err);
        rt_decref(rt, s);
        return rc == RT_FMT_OK ? 0 : fmt_error(rt, &err);
    }
    if (bytes && c == 'c') {
        const char *p;
        size_t n;
        int64_t byte;
        if (rt_is_intlike(v)) {
            byte = rt_int_get(v); /* a big int saturates: out of range too */
            if (byte < 0 || byte > 255) {
                rt_raise(rt, RT_EXC_OverflowError, "%%c arg not in range(256)");
                return -1;
            }
        } else if (rt_is_byteslike(v) && rt_bytes_view(v, &p, &n) && n == 1) {
            byte = (unsigned char)p[0];
        } else {
            rt_raise(rt, RT_EXC_TypeError,
                     "%%c requires an integer in range(256) or a single byte");
            return -1;
        }
        rt_strbuf tmp;
        rt_heap_strbuf_init(rt, &tmp);
        rt_strbuf_append_utf8(&tmp, (uint32_t)byte);
        spec->type = 's';
        spec->precision = -1;
        rc = rt_format_str_spec(rt_strbuf_cstr(&tmp), tmp.len, spec, "str", out, &err);
        rt_strbuf_dispose(&tmp);
        return rc == RT_FMT_OK ? 0 : fmt_error(rt, &err);
    }
    if (c != 's' && c != 'r' && c != 'a') { /* %d of an int or float subclass: its value */
        rt_value base = rt__native_base(v);
        if (base && rt_is_number(base))
            v = base;
    }
    switch (c) {
    case 's':
    case 'r':
    case 'a': {
        rt_value s = c == 's' ? rt_str(rt, v) : c == 'a' ? rt_ascii(rt, v) : rt_repr(rt, v);
        if (s == RT_NULL)
            return -1;
        spec->type = 's';
        rc = rt_format_str_spec(rt_str_data(s), rt_str_len(s), spec, "str", out, &err);
        rt_decref(rt, s);
        return rc == RT_FMT_OK ? 0 : fmt_error(rt, &err);
    }
    case 'c': {
        uint32_t cp;
        if (rt_is_str(v) && rt_str_nchars(v) == 1) {
            size_t pos = 0;
            cp = rt_str_decode(rt_str_data(v), &pos);
        } else if (rt_is_intlike(v)) {
            int64_t n = rt_int_get(v); /* a big int saturates: out of range too */
            if (n < 0 || n > 0x10FFFF) {
                rt_raise(rt, RT_EXC_OverflowError, "%%c arg not in range(0x110000)");
                return -1;
            }
            cp = (uint32_t)n;
        } else {
            rt_raise(rt, RT_EXC_TypeError, "%%c requires int or char");
            return -1;
        }
        rt_strbuf tmp;
        rt_heap_strbuf_init(rt, &tmp);
        rt_strbuf_append_utf8(&tmp, cp);
        spec->type = 's';
        spec->precision = -1;
        rc = rt_format_str_spec(rt_strbuf_cstr(&tmp), tmp.len, spec, "str", out, &err);
        rt_strbuf_dispose(&tmp);
        return rc == RT_FMT_OK ? 0 : fmt_error(rt, &err);
    }
    default: break;
    }
    if (zero && spec->align == '>') {
        spec->fill = '0';
        spec->align = '=';
    }
    if (c == 'd' || c == 'i' || c == 'u' || c == 'x' || c == 'X' || c == 'o') {
        int64_t n;
        if (rt_is_intlike(v)) {
            n = rt_int_get(v);
        } else if (rt_is_float(v) && (c == 'd' || c == 'i' || c == 'u')) {
            double d = trunc(rt_float_get(v));
            if (isnan(d) || isinf(d) || fabs(d) >= 9.2e18) {
                rt_raise(rt, isnan(d) ? RT_EXC_ValueError : RT_EXC_OverflowError,
                         isnan(d) ? "cannot convert float NaN to integer"
                                  : "cannot convert float infinity to integer");
                return -1;
            }
            n = (int64_t)d;
        } else {
            rt_value iv = user_int(rt, c, v);
            if (iv) {
                int st = convert(rt, c, iv, spec, zero, bytes, out);
                rt_decref(rt, iv);
                return st;
            }
            if (rt->exc)
                return -1;
            if (c == 'd' || c == 'i' || c == 'u')
                rt_raise(rt, RT_EXC_TypeError, "%%%c format: a real number is required, not %s", c,
                         rt_type_name(v));
            else
                rt_raise(rt, RT_EXC_TypeError, "%%%c format: an integer is required, not %s", c,
                         rt_type_name(v));
            return -1;
        }
        spec->type = (c == 'i' || c == 'u') ? 'd' : (uint32_t)c;
        if (rt_is_bigint(v) && !rt_int_as_i64(v, &n) && spec->precision < 0)
            return big_percent(rt, v, spec, out);
        /* %.3d pads the digits with zeros: emulate with a zero-filled width */
        if (spec->precision >= 0) {
            rt_format_spec digits = *spec;
            digits.width = spec->precision + (n < 0);
            digits.fill = '0';
            digits.align = '=';
            digits.precision = -1;
            rt_strbuf tmp;
            rt_heap_strbuf_init(rt, &tmp);
            rc = rt_format_int_spec(n, &digits, "int", &tmp, &err);
            if (rc == RT_FMT_OK) {
                rt_format_spec outer = {
                    ' ', spec->align == '<' ? '<' : '>', 0, 0, 0, spec->width, 0, 0, -1, 's'};
                rc = rt_format_str_spec(rt_strbuf_cstr(&tmp), tmp.len, &outer, "str", out, &err);
            }
            rt_strbuf_dispose(&tmp);
        } else {
            rc = rt_format_int_spec(n, spec, "int", out, &err);
        }
        return rc == RT_FMT_OK ? 0 : fmt_error(rt, &err);
    }
    /* e E f F g G */
    double d;
    if (!rt_number_as_double(v, &d)) {
        rt_raise(rt, RT_EXC_TypeError, "must be real number, not %s", rt_type_name(v));
        return -1;
    }
    spec->type = (uint32_t)c;
    if (spec->precision < 0)
        spec->precision = 6;
    rc = rt_format_float_spec(d, spec, "float", out, &err);
    return rc == RT_FMT_OK ? 0 : fmt_error(rt, &err);
}

/* The code point index of byte offset off. */
static long long count_index(const char *p, size_t off)
{
    long long c = 0;
    for (size_t i = 0; i < off; i++)
        c += ((unsigned char)p[i] & 0xC0) != 0x80;
    return c;
}

/* Reads a width or precision (what names it in the error): digits, or '*'
 * taking the next argument. Digits past int64 are CPython's "width too big". */
static int read_num(rt_state *rt, const char *p, size_t n, size_t *i, pargs *a, int64_t *out,
                    const char *what)
{
    if (*i < n && p[*i] == '*') {
        (*i)++;
        rt_value v = next_arg(rt, a);
        if (v == RT_NULL)
            return -1;
        if (!rt_is_intlike(v)) {
            rt_raise(rt, RT_EXC_TypeError, "* wants int");
            return -1;
        }
        if (!rt_int_as_i64(v, out)) {
            rt_int_overflow(rt);
            return -1;
        }
        /* CPython reads a '*' precision as a C int, a negative one as 0 */
        if (what[0] == 'p') {
            if (*out > INT_MAX || *out < INT_MIN) {
                rt_raise(rt, RT_EXC_OverflowError, "Python int too large to convert to C int");
                return -1;
            }
            if (*out < 0)
                *out = 0;
        }
        return 0;
    }
    if (*i < n && p[*i] >= '0' && p[*i] <= '9') {
        int64_t v = 0;
        while (*i < n && p[*i] >= '0' && p[*i] <= '9') {
            int d = p[(*i)++] - '0';
            if (v > (INT64_MAX - d) / 10) {
                rt_raise(rt, RT_EXC_ValueError, "%s too big", what);
                return -1;
            }
            v = v * 10 + d;
        }
        *out = v;
    }
    return 0;
}

/* The common `"w%d" % n`: one bare %d, %i, %u or %s and no other '%' in
 * fmt, one small int argument (alone or in a 1-tuple). The result is the
 * text around the directive with n's decimal digits between, built in one
 * allocation; RT_NULL (nothing raised) for any other format or argument,
 * which then takes the general path. */
static rt_value percent_one_int(rt_state *rt, rt_value fmt, rt_value args)
{
    rt_value v = args;
    if (rt_is_tuple(args)) {
        if (rt_tuple_len(args) != 1)
            return RT_NULL;
        v = rt_tuple_items(args)[0];
    }
    if (!rt_is_smallint(v))
        return RT_NULL;
    const char *p = rt_str_data(fmt);
    size_t n = rt_str_len(fmt);
    const char *pct = memchr(p, '%', n);
    if (!pct || (size_t)(pct - p) + 1 >= n)
        return RT_NULL;
    char c = pct[1];
    if (c != 'd' && c != 'i' && c != 'u' && c != 's')
        return RT_NULL;
    size_t pre = (size_t)(pct - p), post = n - pre - 2;
    if (memchr(pct + 2, '%', post))
        return RT_NULL;
    char digits[24];
    int64_t x = rt_smallint_get(v);
    uint64_t u = x < 0 ? 0 - (uint64_t)x : (uint64_t)x;
    size_t nd = 0;
    do {
        digits[sizeof digits - 1 - nd++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (x < 0)
        digits[sizeof digits - 1 - nd++] = '-';
    rt_value r = rt_str_new_uninit(rt, pre + nd + post);
    if (!r)
        return RT_NULL;
    char *d = rt_str_obj_of(r)->data;
    memcpy(d, p, pre);
    memcpy(d + pre, digits + sizeof digits - nd, nd);
    memcpy(d + pre + nd, pct + 2, post);
    rt_str_finish(r);
    return r;
}

/* The formatting of a str fmt (bytes: of a bytes fmt read as Latin-1, whose
 * result is Latin-1 text). */
static rt_value percent(rt_state *rt, rt_value fmt, rt_value args, bool bytes)
{
    rt_value base = rt__native_base(args); /* a tuple subclass formats as its tuple; */
    if (base && rt_is_tuple(base))         /* any other value (an int subclass's */
        args = base;                       /* __str__) is the one argument */
    pargs a = {args, &args, 1, 0, false, bytes};
    if (rt_is_tuple(args)) {
        a.items = rt_tuple_items(args);
        a.n = rt_tuple_len(args);
    } else {
        /* as CPython: any object with __getitem__ but a tuple or str (a
         * mapping-like wrapper, even a list) serves %(name)s, and conversions
         * without a key take it as their one value */
        switch (rt_type_of(args)) {
        case RT_T_DICT:
        case RT_T_LIST:
        case RT_T_BYTES:
        case RT_T_BYTEARRAY:
        case RT_T_RANGE:
        case RT_T_DEQUE:
        case RT_T_MAPPINGPROXY: /* '%(x)s' % vars(SomeClass) */
        case RT_T_MEMORYVIEW: a.mapping = true; break;
        default:
            /* a subclass of dict (defaultdict, Counter, one with __missing__)
             * is a mapping through its native base's __getitem__ */
            a.mapping = rt__is_user_obj(args) && ((base && rt_type_of(base) == RT_T_DICT) ||
                                                  rt__special(rt, args, RT_ID_getitem));
        }
    }
    const char *p = rt_str_data(fmt);
    size_t n = rt_str_len(fmt), i = 0;
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    bool used_mapping = false;
    while (i < n) {
        const char *pct = memchr(p + i, '%', n - i);
        size_t lit = pct ? (size_t)(pct - p) - i : n - i;
        rt_strbuf_append(&sb, p + i, lit);
        i += lit;
        if (i >= n)
            break;
        size_t start = i++; /* past '%' */
        rt_value v = RT_NULL, owned = RT_NULL;
        if (i < n && p[i] == '(') {
            if (!a.mapping) {
                rt_raise(rt, RT_EXC_TypeError, "format requires a mapping");
                goto fail;
            }
            size_t depth = 1, k = ++i;
            while (k < n && depth) {
                depth += p[k] == '(';
                depth -= p[k] == ')';
                k++;
            }
            if (depth) {
                rt_raise(rt, RT_EXC_ValueError, "incomplete format key");
                goto fail;
            }
            rt_value key = rt_str_new(rt, p + i, k - 1 - i);
            if (key != RT_NULL && bytes) { /* a bytes format's keys are bytes */
                rt_value bkey = encode_latin1(rt, key);
                rt_decref(rt, key);
                key = bkey;
            }
            if (key == RT_NULL)
                goto fail;
            owned = rt_getitem(rt, args, key);
            rt_decref(rt, key);
            if (owned == RT_NULL)
                goto fail;
            v = owned;
            used_mapping = true;
            /* as CPython: a keyed value stands for the whole argument, so a
             * conversion without a key after it has none left */
            a.next = a.n;
            i = k;
        }
        rt_format_spec spec = {' ', '>', 0, 0, 0, -1, 0, 0, -1, 0};
        bool zero = false;
        for (; i < n; i++) {
            char f = p[i];
            if (f == '-')
                spec.align = '<';
            else if (f == '+')
                spec.sign = '+';
            else if (f == ' ' && spec.sign != '+')
                spec.sign = ' ';
            else if (f == '#')
                spec.alternate = 1;
            else if (f == '0')
                zero = true;
            else if (f != ' ')
                break;
        }
        if (read_num(rt, p, n, &i, &a, &spec.width, "width") < 0)
            goto fail_v;
        if (spec.width < -1) { /* '*' with a negative value: left-align */
            spec.align = '<';
            spec.width = -spec.width;
        }
        if (i < n && p[i] == '.') {
            i++;
            spec.precision = 0;
            if (read_num(rt, p, n, &i, &a, &spec.precision, "precision") < 0)
                goto fail_v;
        }
        while (i < n && (p[i] == 'h' || p[i] == 'l' || p[i] == 'L'))
            i++;
        if (i >= n) {
            rt_raise(rt, RT_EXC_ValueError, "incomplete format");
            goto fail_v;
        }
        char c = p[i++];
        if (c == '%') {
            rt_strbuf_append_char(&sb, '%');
            rt_decref(rt, owned);
            continue;
        }
        if (!strchr(bytes ? "sbradiuxXoeEfFgGc" : "sradiuxXoeEfFgGc", c)) {
            size_t pos = i - 1;
            uint32_t cp = rt_str_decode(p, &pos);
            if (bytes && cp >= 0x80) {
                /* CPython's bytes formatting passes the byte as a signed char to its
                 * %c, which refuses it */
                rt_raise(rt, RT_EXC_OverflowError, "character argument not in range(0x110000)");
                goto fail_v;
            }
            /* str: CPython shows the character itself only when it is in
             * 31..126, '?' in its place otherwise; bytes: the byte */
            int shown = (bytes ? cp > 0 : cp >= 31 && cp <= 126) ? (int)cp : '?';
            rt_raise(rt, RT_EXC_ValueError,
                     "unsupported format character '%c' (0x%x) at index %lld", shown, cp,
                     count_index(p, i - 1));
            goto fail_v;
        }
        (void)start;
        if (v == RT_NULL) {
            v = next_arg(rt, &a);
            if (v == RT_NULL)
                goto fail;
            if (a.mapping)
                used_mapping = true;
        }
        if (convert(rt, c, v, &spec, zero, bytes, &sb) < 0)
            goto fail_v;
        rt_decref(rt, owned);
        continue;
    fail_v:
        rt_decref(rt, owned);
        goto fail;
    }
    if (!a.mapping && a.next < a.n) {
        rt_raise(rt, RT_EXC_TypeError, "not all arguments converted during %s formatting",
                 bytes ? "bytes" : "string");
        goto fail;
    }
    (void)used_mapping;
    rt_value r = sb.failed ? rt_heap_strbuf_error(rt) : rt_str_new(rt, rt_strbuf_cstr(&sb), sb.len);
    rt_strbuf_dispose(&sb);
    return r;
fail:
    rt_strbuf_dispose(&sb);
    return RT_NULL;
}

rt_value rt_str_percent(rt_state *rt, rt_value fmt, rt_value args)
{
    if (rt_is_tuple(args) || rt_is_smallint(args)) {
        rt_value r = percent_one_int(rt, fmt, args);
        if (r || rt->exc)
            return r;
    }
    return percent(rt, fmt, args, false);
}

rt_value rt_bytes_percent(rt_state *rt, rt_value fmt, rt_value args)
{
    const char *p = rt_byteslike_data(fmt);
    size_t n = (size_t)rt_byteslike_len(fmt);
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    append_latin1(&sb, p, n);
    rt_value text =
        sb.failed ? rt_heap_strbuf_error(rt) : rt_str_new(rt, rt_strbuf_cstr(&sb), sb.len);
    rt_strbuf_dispose(&sb);
    rt_value r = text ? percent(rt, text, args, true) : RT_NULL;
    rt_decref(rt, text);
    if (!r)
        return RT_NULL;
    /* back to bytes: every code point of the result is below 256 */
    rt_value b = encode_latin1(rt, r);
    rt_decref(rt, r);
    if (b && rt_is_bytearray(fmt)) {
        rt_value ba = rt_bytearray_new(rt, rt_bytes_data(b), (size_t)rt_bytes_len(b));
        rt_decref(rt, b);
        b = ba;
    }
    return b;
}
