/* mod_unicodedata.c: `_unicodedata`, the table lookups under stdlib/unicodedata.py:
 * the properties of a code point (general category, bidirectional class, East Asian
 * width, mirrored, canonical combining class), its decomposition mapping, numeric
 * value, name, the code point of a name, and canonical composition pairs. Every
 * function takes code points as ints (unicodedata.py checks the one-character
 * arguments and raises the errors); the tables are generated at build time by
 * scripts/gen_unicode.py (runtime/unidata.h). */
#include <stdint.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/dict.h"
#include "runtime/heap.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/unidata.h"

#define UD_ARGS rt_state *rt, rt_value self, const rt_value *args, size_t nargs, rt_value kwnames

/* The one int argument of `name` as a code point (0..0x10FFFF) into *cp. */
static int cp_arg(rt_state *rt, const char *name, const rt_value *args, size_t nargs,
                  rt_value kwnames, uint32_t *cp)
{
    if (rt_args_range(rt, name, nargs, kwnames, 1, 1) < 0)
        return -1;
    if (!rt_is_intlike(args[0]) || rt_int_get(args[0]) < 0 || rt_int_get(args[0]) > 0x10FFFF) {
        rt_raise(rt, RT_EXC_ValueError, "%s() needs a code point", name);
        return -1;
    }
    *cp = (uint32_t)rt_int_get(args[0]);
    return 0;
}

/* The index of the last entry of the sorted starts[0..n) that is <= cp (starts[0] is 0
 * for the property runs), or -1 when cp is below them all. */
static long last_at_or_below(const uint32_t *starts, uint32_t n, uint32_t cp)
{
    long lo = 0, hi = (long)n - 1, found = -1;
    while (lo <= hi) {
        long mid = lo + (hi - lo) / 2;
        if (starts[mid] <= cp) {
            found = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    return found;
}

/* The five property bytes of cp: category, bidirectional, East Asian width indexes,
 * mirrored, combining class. */
static const unsigned char *props_of(uint32_t cp)
{
    long i = last_at_or_below(rt__uc_prop_starts, rt__uc_nprops, cp);
    return rt__uc_prop_records + 5u * rt__uc_prop_rec[i < 0 ? 0 : i];
}

static rt_value ud_category(UD_ARGS)
{
    (void)self;
    uint32_t cp;
    if (cp_arg(rt, "category", args, nargs, kwnames, &cp) < 0)
        return RT_NULL;
    return rt_str_from_cstr(rt, rt__uc_categories[props_of(cp)[0]]);
}

static rt_value ud_bidirectional(UD_ARGS)
{
    (void)self;
    uint32_t cp;
    if (cp_arg(rt, "bidirectional", args, nargs, kwnames, &cp) < 0)
        return RT_NULL;
    return rt_str_from_cstr(rt, rt__uc_bidi_classes[props_of(cp)[1]]);
}

static rt_value ud_east_asian_width(UD_ARGS)
{
    (void)self;
    uint32_t cp;
    if (cp_arg(rt, "east_asian_width", args, nargs, kwnames, &cp) < 0)
        return RT_NULL;
    return rt_str_from_cstr(rt, rt__uc_eaw_classes[props_of(cp)[2]]);
}

static rt_value ud_mirrored(UD_ARGS)
{
    (void)self;
    uint32_t cp;
    if (cp_arg(rt, "mirrored", args, nargs, kwnames, &cp) < 0)
        return RT_NULL;
    return rt_smallint(props_of(cp)[3]);
}

static rt_value ud_combining(UD_ARGS)
{
    (void)self;
    uint32_t cp;
    if (cp_arg(rt, "combining", args, nargs, kwnames, &cp) < 0)
        return RT_NULL;
    return rt_smallint(props_of(cp)[4]);
}

/* decomposition(cp): the mapping's text ("<compat> 0020 0308"), "" when none. */
static rt_value ud_decomposition(UD_ARGS)
{
    (void)self;
    uint32_t cp;
    if (cp_arg(rt, "decomposition", args, nargs, kwnames, &cp) < 0)
        return RT_NULL;
    long i = last_at_or_below(rt__uc_decomp_cps, rt__uc_ndecomp, cp);
    if (i < 0 || rt__uc_decomp_cps[i] != cp)
        return rt_str_new(rt, "", 0);
    uint32_t from = rt__uc_decomp_offsets[i], to = rt__uc_decomp_offsets[i + 1];
    return rt_str_new(rt, (const char *)rt__uc_decomp_text + from, to - from);
}

/* numeric(cp): (numerator, denominator) of cp's numeric value, or None. */
static rt_value ud_numeric(UD_ARGS)
{
    (void)self;
    uint32_t cp;
    if (cp_arg(rt, "numeric", args, nargs, kwnames, &cp) < 0)
        return RT_NULL;
    uint32_t n = rt__uc_nnumval;
    const uint32_t *starts = rt__uc_numval_runs, *ends = starts + n, *dens = starts + 2 * n;
    long i = last_at_or_below(starts, n, cp);
    if (i < 0 || cp > ends[i])
        return RT_NONE;
    int64_t num = rt__uc_numval_first[i] + (int64_t)(cp - starts[i]) * dens[i];
    rt_value a = rt_int_from_i64(rt, num);
    if (!a)
        return RT_NULL;
    rt_value t = rt_tuple_pack(rt, 2, a, rt_smallint(dens[i]));
    rt_decref(rt, a);
    return t;
}

/* digit_kind(cp): 2 when cp has a decimal value (str.isdecimal), 1 for a digit value
 * only, 0 otherwise. */
static rt_value ud_digit_kind(UD_ARGS)
{
    (void)self;
    uint32_t cp;
    if (cp_arg(rt, "digit_kind", args, nargs, kwnames, &cp) < 0)
        return RT_NULL;
    if (rt_uc_decimal(cp) >= 0)
        return rt_smallint(2);
    return rt_smallint(rt_uc_has_digit(cp) ? 1 : 0);
}

/* name(cp): the character's name, or None. */
static rt_value ud_name(UD_ARGS)
{
    (void)self;
    uint32_t cp;
    if (cp_arg(rt, "name", args, nargs, kwnames, &cp) < 0)
        return RT_NULL;
    char buf[128];
    size_t len = rt_uc_name(cp, buf, sizeof buf);
    if (len == 0)
        return RT_NONE;
    return rt_str_new(rt, buf, len);
}

/* lookup(name): the code point named `name` (a str: a name or an alias),
 * the str of a named sequence, or -1. */
static rt_value ud_lookup(UD_ARGS)
{
    (void)self;
    if (rt_args_range(rt, "lookup", nargs, kwnames, 1, 1) < 0)
        return RT_NULL;
    if (!rt_is_str(args[0]))
        return rt_raise(rt, RT_EXC_TypeError, "lookup() argument must be str");
    uint32_t cp;
    if (rt_uc_lookup(rt_str_data(args[0]), rt_str_len(args[0]), &cp))
        return rt_smallint(cp);
    const uint32_t *cps;
    size_t n = rt_uc_lookup_sequence(rt_str_data(args[0]), rt_str_len(args[0]), &cps);
    if (n == 0)
        return rt_smallint(-1);
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    for (size_t i = 0; i < n; i++)
        rt_strbuf_append_utf8(&sb, cps[i]);
    rt_value r = sb.failed ? rt_heap_strbuf_error(rt) : rt_str_from_strbuf(rt, &sb);
    rt_strbuf_dispose(&sb);
    return r;
}

/* compose(first, second): the primary composite of the pair, or -1. */
static rt_value ud_compose(UD_ARGS)
{
    (void)self;
    if (rt_args_range(rt, "compose", nargs, kwnames, 2, 2) < 0)
        return RT_NULL;
    if (!rt_is_intlike(args[0]) || !rt_is_intlike(args[1]))
        return rt_raise(rt, RT_EXC_TypeError, "compose() needs two code points");
    int64_t a = rt_int_get(args[0]), b = rt_int_get(args[1]);
    long lo = 0, hi = (long)rt__uc_ncompose - 1;
    while (lo <= hi) {
        long mid = lo + (hi - lo) / 2;
        const uint32_t *t = rt__uc_compose + 3 * mid;
        if (t[0] == a && t[1] == b)
            return rt_smallint(t[2]);
        if (t[0] < a || (t[0] == a && t[1] < b))
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return rt_smallint(-1);
}

static const rt_builtin_def unicodedata_funcs[] = {
    {"category", ud_category},
    {"bidirectional", ud_bidirectional},
    {"east_asian_width", ud_east_asian_width},
    {"mirrored", ud_mirrored},
    {"combining", ud_combining},
    {"decomposition", ud_decomposition},
    {"numeric", ud_numeric},
    {"digit_kind", ud_digit_kind},
    {"name", ud_name},
    {"lookup", ud_lookup},
    {"compose", ud_compose},
    {NULL, NULL},
};

int rt__mod_unicodedata_fill(rt_state *rt, rt_value d)
{
    if (rt__module_add_funcs(rt, d, unicodedata_funcs) < 0)
        return -1;
    rt_value v = rt_str_from_cstr(rt, rt__uc_version);
    if (!v)
        return -1;
    int rc = rt_dict_set_cstr(rt, d, "unidata_version", v);
    rt_decref(rt, v);
    return rc;
}
