/* unidata.h: Unicode character data generated at build time from the build
 * machine's unicodedata (scripts/gen_unicode.py, into the build directory):
 * character names for "\N{...}" escapes and the unicodedata module, and the
 * code points with a decimal, digit or numeric value (str.isdecimal,
 * isdigit, isnumeric; the digits int() and float() accept) and their values,
 * and the properties, decompositions and composition pairs behind
 * unicodedata (runtime/mod_unicodedata.c). Name aliases
 * (NameAliases.txt: "LINE FEED", "NBSP") and named sequences are not in the
 * table: unicodedata does not list them. */
#ifndef CLOSURED_RUNTIME_UNIDATA_H
#define CLOSURED_RUNTIME_UNIDATA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The code point named name[0..len) (any case, as "\N{...}"), into *cp. */
bool rt_uc_lookup(const char *name, size_t len, uint32_t *cp);
/* The name of cp, NUL-terminated, into buf (cap bytes; 128 is enough):
 * its length, or 0 when cp has no name. */
size_t rt_uc_name(uint32_t cp, char *buf, size_t cap);
/* The decimal value 0..9 of cp (str.isdecimal), or -1. */
int rt_uc_decimal(uint32_t cp);
/* cp has a digit value (str.isdigit) / a numeric value (str.isnumeric). */
bool rt_uc_has_digit(uint32_t cp);
bool rt_uc_has_numeric(uint32_t cp);
/* The Unicode version of the tables ("14.0.0"). */
extern const char rt__uc_version[];

/* ---- the generated tables (their layout: scripts/gen_unicode.py) ---- */
extern const unsigned char rt__uc_name_words[];
extern const uint32_t rt__uc_name_word_offsets[];
extern const uint32_t rt__uc_name_nwords;
extern const uint32_t rt__uc_name_words_sorted[];
extern const unsigned char rt__uc_name_entries[];
extern const uint32_t rt__uc_name_entries_len;
extern const char *const rt__uc_prefixes[];
extern const uint32_t rt__uc_prefix_ranges[];
extern const uint32_t rt__uc_prefix_nranges;
extern const uint32_t rt__uc_decimal_starts[];
extern const uint32_t rt__uc_ndecimal;
extern const uint32_t rt__uc_digit_ranges[];
extern const uint32_t rt__uc_ndigit;
extern const uint32_t rt__uc_numeric_ranges[];
extern const uint32_t rt__uc_nnumeric;
/* numeric values: runs [start, end] (starts, then ends, then denominators: 3 x
 * rt__uc_nnumval) whose values go up by one from numerator first / denominator */
extern const uint32_t rt__uc_numval_runs[];
extern const int64_t rt__uc_numval_first[];
extern const uint32_t rt__uc_nnumval;
/* the unicodedata properties: the code points from rt__uc_prop_starts[i] up to the
 * next start share record rt__uc_prop_rec[i], five bytes of rt__uc_prop_records:
 * category index, bidirectional index, East Asian width index, mirrored, combining */
extern const char *const rt__uc_categories[];
extern const char *const rt__uc_bidi_classes[];
extern const char *const rt__uc_eaw_classes[];
extern const unsigned char rt__uc_prop_records[];
extern const uint32_t rt__uc_prop_starts[];
extern const uint16_t rt__uc_prop_rec[];
extern const uint32_t rt__uc_nprops;
/* decomposition mappings: the text of rt__uc_decomp_cps[i]'s is
 * rt__uc_decomp_text[offsets[i] .. offsets[i + 1]) */
extern const uint32_t rt__uc_decomp_cps[];
extern const uint32_t rt__uc_decomp_offsets[];
extern const unsigned char rt__uc_decomp_text[];
extern const uint32_t rt__uc_ndecomp;
/* canonical composition: (first, second, composite) triples sorted by the pair */
extern const uint32_t rt__uc_compose[];
extern const uint32_t rt__uc_ncompose;

#endif
