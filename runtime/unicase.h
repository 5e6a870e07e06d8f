/* unicase.h: character classes and case mappings of code points for the
 * str methods (upper, lower, casefold, title, isupper, isalpha, ...) and
 * re's IGNORECASE, from the tables generated at build time (unidata.h):
 * the mappings and classes of the build machine's Python, so every script
 * cases as CPython does, the full mappings of SpecialCasing ('ß' -> "SS",
 * 'ﬁ' -> "FI", 'İ' -> "i̇") included. */
#ifndef CLOSURED_RUNTIME_UNICASE_H
#define CLOSURED_RUNTIME_UNICASE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The flag bits of the generated class table (scripts/gen_unicode.py). */
enum {
    RT_UC_F_UPPER = 1,           /* Uppercase: str.isupper of the character */
    RT_UC_F_LOWER = 2,           /* Lowercase: str.islower */
    RT_UC_F_TITLE = 4,           /* category Lt */
    RT_UC_F_CASED = 8,           /* Cased: upper, lower or title */
    RT_UC_F_CASE_IGNORABLE = 16, /* Case_Ignorable (skipped by the final sigma rule) */
    RT_UC_F_ALPHA = 32,          /* str.isalpha: categories Lu Ll Lt Lm Lo */
    RT_UC_F_XID_START = 64,      /* XID_Start: may begin an identifier ('_' aside) */
    RT_UC_F_XID_CONTINUE = 128,  /* XID_Continue: may follow in one */
};

/* Which mapping rt_uc_full gives. */
typedef enum rt_uc_case { RT_UC_LOWER, RT_UC_UPPER, RT_UC_TITLE, RT_UC_FOLD } rt_uc_case;

/* The full mapping of cp (1 to 3 code points) into out: their count. The
 * lower mapping of U+03A3 is always U+03C3: str.lower applies the final
 * sigma rule itself. */
size_t rt_uc_full(uint32_t cp, rt_uc_case which, uint32_t out[3]);
/* Simple (one code point) mappings, as re's IGNORECASE uses; cp itself
 * when it has none. */
uint32_t rt_uc_upper(uint32_t cp);
uint32_t rt_uc_lower(uint32_t cp);
/* str.isspace / Python's whitespace for split() and strip(). */
bool rt_uc_isspace(uint32_t cp);
/* The classes of the flag table above. */
bool rt_uc_isupper(uint32_t cp);
bool rt_uc_islower(uint32_t cp);
bool rt_uc_istitle(uint32_t cp);
bool rt_uc_iscased(uint32_t cp);
bool rt_uc_iscaseignorable(uint32_t cp);
bool rt_uc_isalpha(uint32_t cp);
/* The identifier classes of str.isidentifier and the lexer: XID_Start ('_'
 * too) and XID_Continue, Other_ID_Start/Continue included ('℘', '·'). */
bool rt_uc_isidstart(uint32_t cp);
bool rt_uc_isidcontinue(uint32_t cp);
/* str.isdecimal / isdigit / isnumeric for one code point. */
bool rt_uc_isdecimal(uint32_t cp);
bool rt_uc_isdigit(uint32_t cp);
bool rt_uc_isnumeric(uint32_t cp);
/* A line boundary for str.splitlines (\n \r \v \f \x1c-\x1e \x85 U+2028/9). */
bool rt_uc_islinebreak(uint32_t cp);

#endif
