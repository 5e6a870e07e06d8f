/* unicase.c: code point classes and case mappings (see unicase.h), from the
 * tables scripts/gen_unicode.py writes from the build machine's Python. */
#include "runtime/unicase.h"

#include "runtime/unidata.h"

/* The flags of cp (RT_UC_F_*): the run holding it. */
static unsigned flags_of(uint32_t cp)
{
    uint32_t lo = 0, hi = rt__uc_nflags;
    while (hi - lo > 1) { /* the last run starting at or before cp */
        uint32_t mid = lo + (hi - lo) / 2;
        if (rt__uc_flag_starts[mid] <= cp)
            lo = mid;
        else
            hi = mid;
    }
    return rt__uc_flag_values[lo];
}

/* The four mappings of cp (lower, upper, title, fold), or NULL when it maps
 * to itself in all of them. */
static const uint32_t *maps_of(uint32_t cp)
{
    uint32_t lo = 0, hi = rt__uc_ncase;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (rt__uc_case_cps[mid] < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < rt__uc_ncase && rt__uc_case_cps[lo] == cp)
        return &rt__uc_case_maps[4 * lo];
    return NULL;
}

size_t rt_uc_full(uint32_t cp, rt_uc_case which, uint32_t out[3])
{
    const uint32_t *m = maps_of(cp);
    uint32_t v = m ? m[which] : cp;
    if (!(v & 0x80000000u)) {
        out[0] = v;
        return 1;
    }
    const uint32_t *run = &rt__uc_case_multi[v & 0x7FFFFFFFu];
    for (uint32_t k = 0; k < run[0]; k++)
        out[k] = run[1 + k];
    return run[0];
}

/* The simple (one code point) mapping: the full one when it is one code
 * point; for the few with longer full mappings, the titlecase letter for
 * upper when that is one code point (U+1F80 -> U+1F88), 'i' for U+0130's
 * lower, else cp itself (U+00DF has no simple uppercase). */
static uint32_t simple(uint32_t cp, rt_uc_case which)
{
    uint32_t out[3];
    if (rt_uc_full(cp, which, out) == 1)
        return out[0];
    if (which == RT_UC_LOWER)
        return out[0];
    if (which == RT_UC_UPPER && rt_uc_full(cp, RT_UC_TITLE, out) == 1)
        return out[0];
    return cp;
}

uint32_t rt_uc_upper(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
    return simple(cp, RT_UC_UPPER);
}

uint32_t rt_uc_lower(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    return simple(cp, RT_UC_LOWER);
}

bool rt_uc_isspace(uint32_t cp)
{
    return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 || cp == 0xA0 ||
           cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

bool rt_uc_isupper(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    return flags_of(cp) & RT_UC_F_UPPER;
}

bool rt_uc_islower(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    return flags_of(cp) & RT_UC_F_LOWER;
}

bool rt_uc_istitle(uint32_t cp)
{
    return cp >= 0x80 && (flags_of(cp) & RT_UC_F_TITLE);
}

bool rt_uc_iscased(uint32_t cp)
{
    if (cp < 0x80)
        return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    return flags_of(cp) & RT_UC_F_CASED;
}

bool rt_uc_iscaseignorable(uint32_t cp)
{
    return flags_of(cp) & RT_UC_F_CASE_IGNORABLE;
}

bool rt_uc_isalpha(uint32_t cp)
{
    if (cp < 0x80)
        return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    return flags_of(cp) & RT_UC_F_ALPHA;
}

bool rt_uc_isidstart(uint32_t cp)
{
    if (cp < 0x80)
        return cp == '_' || ((cp | 32) >= 'a' && (cp | 32) <= 'z');
    return flags_of(cp) & RT_UC_F_XID_START;
}

bool rt_uc_isidcontinue(uint32_t cp)
{
    if (cp < 0x80)
        return cp == '_' || ((cp | 32) >= 'a' && (cp | 32) <= 'z') || (cp >= '0' && cp <= '9');
    return flags_of(cp) & RT_UC_F_XID_CONTINUE;
}

/* the numeric classes come from the generated tables (unidata.h) */
bool rt_uc_isdecimal(uint32_t cp)
{
    return rt_uc_decimal(cp) >= 0;
}

bool rt_uc_isdigit(uint32_t cp)
{
    return rt_uc_has_digit(cp);
}

bool rt_uc_isnumeric(uint32_t cp)
{
    return rt_uc_has_numeric(cp);
}

bool rt_uc_islinebreak(uint32_t cp)
{
    return (cp >= 0x0A && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1E) || cp == 0x85 || cp == 0x2028 ||
           cp == 0x2029;
}
