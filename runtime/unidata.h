/* unidata.h: Unicode character data generated at build time from the build
 * machine's unicodedata (scripts/gen_unicode.py, into the build directory):
 * character names for "\N{...}" escapes and the unicodedata module, and the
 * code points with a decimal, digit or numeric value (str.isdecimal,
 * isdigit, isnumeric; the digits int() and float() accept) and their values,
 * and the properties, decompositions and composition pairs behind
 * unicodedata (runtime/mod_unicodedata.c); the name aliases ("LINE FEED",
 * "NBSP") and named sequences unicodedata.lookup accepts; the case mappings
 * and classes behind the str methods (runtime/unicase.c). */
#ifndef CLOSURED_RUNTIME_UNIDATA_H
#define CLOSURED_RUNTIME_UNIDATA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The code point named name[0..len) (any case, as "\N{...}"), a name or a
 * name alias, into *cp. */
bool rt_uc_lookup(const char *name, size_t len, uint32_t *cp);
/* The code points of the named sequence name[0..len) (any case: only
 * unicodedata.lookup knows them, not "\N{...}"): their count (into *cps,
 * borrowed from the table), or 0. */
size_t rt_uc_lookup_sequence(const char *name, size_t len, const uint32_t **cps);
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
/* case mappings: for rt__uc_case_cps[i] (sorted), rt__uc_case_maps[4 i ..] are its
 * lower, upper, title and casefold mappings: a code point, or 0x80000000 | k with
 * rt__uc_case_multi[k] the length of a run of code points after it */
extern const uint32_t rt__uc_case_cps[];
extern const uint32_t rt__uc_case_maps[];
extern const uint32_t rt__uc_case_multi[];
extern const uint32_t rt__uc_ncase;
/* case classes (unicase.h's RT_UC_F_* bits): the code points from
 * rt__uc_flag_starts[i] up to the next start have rt__uc_flag_values[i] */
extern const uint32_t rt__uc_flag_starts[];
extern const unsigned char rt__uc_flag_values[];
extern const uint32_t rt__uc_nflags;
/* name aliases and named sequences, sorted by name: entry i is named by the
 * NUL-terminated text at names + name_offsets[i] and stands for
 * cps[cp_offsets[i] .. cp_offsets[i + 1]) */
extern const unsigned char rt__uc_alias_names[];
extern const uint32_t rt__uc_alias_name_offsets[];
extern const uint32_t rt__uc_alias_cps[];
extern const uint32_t rt__uc_alias_cp_offsets[];
extern const uint32_t rt__uc_alias_count;
extern const unsigned char rt__uc_seq_names[];
extern const uint32_t rt__uc_seq_name_offsets[];
extern const uint32_t rt__uc_seq_cps[];
extern const uint32_t rt__uc_seq_cp_offsets[];
extern const uint32_t rt__uc_seq_count;
/* canonical composition: (first, second, composite) triples sorted by the pair */
extern const uint32_t rt__uc_compose[];
extern const uint32_t rt__uc_ncompose;

#endif
