/* unicase.h: character classes and simple case mapping of code points for
 * the str methods (upper, lower, isspace, isalpha, isdigit, ...). Exact for
 * ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic; other scripts are
 * treated as caseless letters (CJK, Hebrew, Arabic...) or non-letters. */
#ifndef CLOSURED_RUNTIME_UNICASE_H
#define CLOSURED_RUNTIME_UNICASE_H

#include <stdbool.h>
#include <stdint.h>

/* Simple (one code point) mappings; cp itself when it has none. */
uint32_t rt_uc_upper(uint32_t cp);
uint32_t rt_uc_lower(uint32_t cp);
/* str.isspace / Python's whitespace for split() and strip(). */
bool rt_uc_isspace(uint32_t cp);
/* Cased letter with a lower/upper mapping. */
bool rt_uc_isupper(uint32_t cp);
bool rt_uc_islower(uint32_t cp);
bool rt_uc_isalpha(uint32_t cp);
/* str.isdecimal / isdigit / isnumeric for one code point. */
bool rt_uc_isdecimal(uint32_t cp);
bool rt_uc_isdigit(uint32_t cp);
bool rt_uc_isnumeric(uint32_t cp);
/* A line boundary for str.splitlines (\n \r \v \f \x1c-\x1e \x85 U+2028/9). */
bool rt_uc_islinebreak(uint32_t cp);

#endif
