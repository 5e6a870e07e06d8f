/* unidata.c: lookups in the generated Unicode tables (see unidata.h): names
 * to code points and back, Hangul syllable names composed from their jamo,
 * and the numeric classes of code points. */
#include "runtime/unidata.h"

#include <stdio.h>
#include <string.h>

/* ---- numeric classes ------------------------------------------------------------ */

/* True when cp lies in one of the n [start, end] pairs of r (sorted). */
static bool in_ranges(const uint32_t *r, uint32_t n, uint32_t cp)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (cp < r[2 * mid])
            hi = mid;
        else if (cp > r[2 * mid + 1])
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

int rt_uc_decimal(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= '0' && cp <= '9' ? (int)(cp - '0') : -1;
    uint32_t lo = 0, hi = rt__uc_ndecimal;
    while (lo < hi) { /* the last run starting at or before cp */
        uint32_t mid = lo + (hi - lo) / 2;
        if (rt__uc_decimal_starts[mid] <= cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return -1;
    uint32_t start = rt__uc_decimal_starts[lo - 1];
    return cp - start < 10 ? (int)(cp - start) : -1;
}

bool rt_uc_has_digit(uint32_t cp)
{
    return in_ranges(rt__uc_digit_ranges, rt__uc_ndigit, cp);
}

bool rt_uc_has_numeric(uint32_t cp)
{
    return in_ranges(rt__uc_numeric_ranges, rt__uc_nnumeric, cp);
}

/* ---- Hangul syllables (the Unicode standard, section 3.12) ---------------------- */

#define HANGUL_BASE 0xAC00u
#define HANGUL_L 19
#define HANGUL_V 21
#define HANGUL_T 28
static const char *const jamo_l[HANGUL_L] = {"G",  "GG", "N", "D",  "DD", "R", "M", "B", "BB", "S",
                                             "SS", "",   "J", "JJ", "C",  "K", "T", "P", "H"};
static const char *const jamo_v[HANGUL_V] = {"A",   "AE", "YA", "YAE", "EO", "E",  "YEO",
                                             "YE",  "O",  "WA", "WAE", "OE", "YO", "U",
                                             "WEO", "WE", "WI", "YU",  "EU", "YI", "I"};
static const char *const jamo_t[HANGUL_T] = {
    "",   "G",  "GG", "GS", "N",  "NJ", "NH", "D",  "L", "LG", "LM", "LB", "LS", "LT",
    "LP", "LH", "M",  "B",  "BS", "S",  "SS", "NG", "J", "C",  "K",  "T",  "P",  "H"};

static char upper(char c)
{
    return c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
}

/* The longest of the n jamo names that s[*i..len) starts with (upper case):
 * its index, *i moved past it; -1 when none (the empty name always fits). */
static int longest_jamo(const char *const *names, int n, const char *s, size_t len, size_t *i)
{
    int best = -1;
    size_t best_len = 0;
    for (int k = 0; k < n; k++) {
        size_t l = strlen(names[k]);
        if (l > len - *i || (best >= 0 && l <= best_len))
            continue;
        size_t j = 0;
        while (j < l && s[*i + j] == names[k][j])
            j++;
        if (j == l) {
            best = k;
            best_len = l;
        }
    }
    if (best >= 0)
        *i += best_len;
    return best;
}

static bool prefix_ci(const char *s, size_t len, const char *prefix)
{
    size_t n = strlen(prefix);
    if (len < n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (upper(s[i]) != prefix[i])
            return false;
    return true;
}

/* ---- names ------------------------------------------------------------------------ */

static const unsigned char *word_at(uint32_t w, size_t *len)
{
    *len = rt__uc_name_word_offsets[w + 1] - rt__uc_name_word_offsets[w];
    return rt__uc_name_words + rt__uc_name_word_offsets[w];
}

/* The lexicon code of word s[0..n) (any case), or -1. */
static long word_code(const char *s, size_t n)
{
    uint32_t lo = 0, hi = rt__uc_name_nwords;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2, w = rt__uc_name_words_sorted[mid];
        size_t wl;
        const unsigned char *ws = word_at(w, &wl);
        int c = 0;
        for (size_t i = 0; i < n && i < wl && !c; i++)
            c = (unsigned char)upper(s[i]) - ws[i];
        if (!c)
            c = n < wl ? -1 : n > wl ? 1 : 0;
        if (!c)
            return (long)w;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return -1;
}

/* Reads one entry of the name stream at *pos: its code point (after prev)
 * and its word count; *pos is left at its first word code. */
static uint32_t entry_head(uint32_t *pos, uint32_t prev, unsigned *nwords)
{
    uint32_t delta = 0;
    int shift = 0;
    unsigned char b;
    do {
        b = rt__uc_name_entries[(*pos)++];
        delta |= (uint32_t)(b & 0x7F) << shift;
        shift += 7;
    } while (b & 0x80);
    *nwords = rt__uc_name_entries[(*pos)++];
    return prev + delta;
}

static uint32_t next_code(uint32_t *pos)
{
    unsigned char b = rt__uc_name_entries[(*pos)++];
    if (b < 0x80)
        return b;
    return ((uint32_t)(b & 0x7F) << 8) | rt__uc_name_entries[(*pos)++];
}

#define MAX_NAME_WORDS 64

/* name[0..len) in upper case against the NUL-terminated s: <0, 0, >0. */
static int cmp_upper(const char *name, size_t len, const unsigned char *s)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char a = (unsigned char)name[i];
        if (a >= 'a' && a <= 'z')
            a = (unsigned char)(a - 32);
        if (s[i] == 0 || a != s[i])
            return s[i] == 0 || a > s[i] ? 1 : -1;
    }
    return s[len] == 0 ? 0 : -1;
}

/* The index of the entry named name[0..len) in a sorted table of names, or -1. */
static long find_named(const unsigned char *names, const uint32_t *offsets, uint32_t count,
                       const char *name, size_t len)
{
    uint32_t lo = 0, hi = count;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        int c = cmp_upper(name, len, names + offsets[mid]);
        if (c == 0)
            return (long)mid;
        if (c > 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

size_t rt_uc_lookup_sequence(const char *name, size_t len, const uint32_t **cps)
{
    long i = find_named(rt__uc_seq_names, rt__uc_seq_name_offsets, rt__uc_seq_count, name, len);
    if (i < 0)
        return 0;
    *cps = rt__uc_seq_cps + rt__uc_seq_cp_offsets[i];
    return rt__uc_seq_cp_offsets[i + 1] - rt__uc_seq_cp_offsets[i];
}

static bool lookup_name(const char *name, size_t len, uint32_t *cp);

bool rt_uc_lookup(const char *name, size_t len, uint32_t *cp)
{
    if (lookup_name(name, len, cp))
        return true;
    long i =
        find_named(rt__uc_alias_names, rt__uc_alias_name_offsets, rt__uc_alias_count, name, len);
    if (i < 0)
        return false;
    *cp = rt__uc_alias_cps[rt__uc_alias_cp_offsets[i]];
    return true;
}

/* A character's own name (not an alias) into *cp. */
static bool lookup_name(const char *name, size_t len, uint32_t *cp)
{
    if (len >= 16 && memcmp(name, "HANGUL SYLLABLE ", 16) == 0) { /* upper case only */
        size_t i = 16;
        int l = longest_jamo(jamo_l, HANGUL_L, name, len, &i);
        int v = l >= 0 ? longest_jamo(jamo_v, HANGUL_V, name, len, &i) : -1;
        int t = v >= 0 ? longest_jamo(jamo_t, HANGUL_T, name, len, &i) : -1;
        if (t >= 0 && i == len) {
            *cp = HANGUL_BASE + (uint32_t)((l * HANGUL_V + v) * HANGUL_T + t);
            return true;
        }
        return false;
    }
    for (uint32_t r = 0; r < rt__uc_prefix_nranges; r++) {
        const char *prefix = rt__uc_prefixes[rt__uc_prefix_ranges[3 * r]];
        size_t pl = strlen(prefix);
        if (!prefix_ci(name, len, prefix) || len - pl < 4 || len - pl > 6)
            continue;
        uint32_t v = 0;
        size_t i = pl;
        for (; i < len; i++) { /* upper-case hex, as CPython's */
            char c = name[i];
            if (c >= '0' && c <= '9')
                v = v * 16 + (uint32_t)(c - '0');
            else if (c >= 'A' && c <= 'F')
                v = v * 16 + (uint32_t)(c - 'A' + 10);
            else
                break;
        }
        if (i == len && v >= rt__uc_prefix_ranges[3 * r + 1] &&
            v <= rt__uc_prefix_ranges[3 * r + 2]) {
            *cp = v;
            return true;
        }
    }
    /* the name as word codes, then a scan of the entries for them */
    uint32_t codes[MAX_NAME_WORDS];
    unsigned n = 0;
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && name[j] != ' ')
            j++;
        long w = j > i && n < MAX_NAME_WORDS ? word_code(name + i, j - i) : -1;
        if (w < 0)
            return false;
        codes[n++] = (uint32_t)w;
        i = j + 1;
        if (j < len && i == len) /* a trailing space */
            return false;
    }
    uint32_t pos = 0, at = (uint32_t)-1;
    while (pos < rt__uc_name_entries_len) {
        unsigned nw;
        at = entry_head(&pos, at, &nw);
        if (nw != n) {
            for (unsigned k = 0; k < nw; k++)
                next_code(&pos);
            continue;
        }
        unsigned k = 0;
        while (k < nw && next_code(&pos) == codes[k])
            k++;
        if (k == nw) {
            *cp = at;
            return true;
        }
        for (k++; k < nw; k++)
            next_code(&pos);
    }
    return false;
}

size_t rt_uc_name(uint32_t cp, char *buf, size_t cap)
{
    if (!cap)
        return 0;
    buf[0] = 0;
    if (cp >= HANGUL_BASE && cp < HANGUL_BASE + HANGUL_L * HANGUL_V * HANGUL_T) {
        uint32_t s = cp - HANGUL_BASE;
        int n = snprintf(buf, cap, "HANGUL SYLLABLE %s%s%s", jamo_l[s / (HANGUL_V * HANGUL_T)],
                         jamo_v[(s % (HANGUL_V * HANGUL_T)) / HANGUL_T], jamo_t[s % HANGUL_T]);
        return n > 0 && (size_t)n < cap ? (size_t)n : 0;
    }
    for (uint32_t r = 0; r < rt__uc_prefix_nranges; r++)
        if (cp >= rt__uc_prefix_ranges[3 * r + 1] && cp <= rt__uc_prefix_ranges[3 * r + 2]) {
            int n = snprintf(buf, cap, "%s%04X", rt__uc_prefixes[rt__uc_prefix_ranges[3 * r]],
                             (unsigned)cp);
            return n > 0 && (size_t)n < cap ? (size_t)n : 0;
        }
    uint32_t pos = 0, at = (uint32_t)-1;
    while (pos < rt__uc_name_entries_len) {
        unsigned nw;
        at = entry_head(&pos, at, &nw);
        if (at > cp)
            return 0;
        if (at < cp) {
            for (unsigned k = 0; k < nw; k++)
                next_code(&pos);
            continue;
        }
        size_t len = 0;
        for (unsigned k = 0; k < nw; k++) {
            size_t wl;
            const unsigned char *w = word_at(next_code(&pos), &wl);
            if (len + wl + (k ? 1 : 0) + 1 > cap)
                return 0;
            if (k)
                buf[len++] = ' ';
            memcpy(buf + len, w, wl);
            len += wl;
        }
        buf[len] = 0;
        return len;
    }
    return 0;
}
