/* source_coding.c: the encoding declaration of a source file (PEP 263) and
 * the decoding of latin-1, iso-8859-15 and cp1252 sources to UTF-8, which
 * the lexer and parser read. Other declared encodings are left as they are. */
#include "runtime/source_coding.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum coding { CODING_NONE, CODING_LATIN1, CODING_LATIN9, CODING_CP1252 } coding;

/* Each name as lookup() normalizes it: lower case, '_' as '-'. */
static const struct {
    const char *name;
    coding c;
} known[] = {
    {"latin-1", CODING_LATIN1},      {"latin1", CODING_LATIN1},      {"iso-8859-1", CODING_LATIN1},
    {"iso8859-1", CODING_LATIN1},    {"iso-latin-1", CODING_LATIN1}, {"l1", CODING_LATIN1},
    {"8859", CODING_LATIN1},         {"cp819", CODING_LATIN1},       {"latin", CODING_LATIN1},
    {"iso-8859-15", CODING_LATIN9},  {"iso8859-15", CODING_LATIN9},  {"latin-9", CODING_LATIN9},
    {"latin9", CODING_LATIN9},       {"l9", CODING_LATIN9},          {"cp1252", CODING_CP1252},
    {"windows-1252", CODING_CP1252},
};

/* cp1252's 0x80..0x9F (0: unassigned); the rest of it is latin-1. */
static const uint16_t cp1252_c1[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, /* 0x80 */
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,      /* 0x88 */
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, /* 0x90 */
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178, /* 0x98 */
};

/* The code point of byte b (0x80 or above) in encoding c, 0 for none. */
static uint32_t code_point(coding c, unsigned char b)
{
    if (c == CODING_CP1252 && b >= 0x80 && b < 0xA0)
        return cp1252_c1[b - 0x80];
    if (c == CODING_LATIN9) {
        switch (b) { /* the eight places latin-9 took from latin-1 */
        case 0xA4: return 0x20AC;
        case 0xA6: return 0x0160;
        case 0xA8: return 0x0161;
        case 0xB4: return 0x017D;
        case 0xB8: return 0x017E;
        case 0xBC: return 0x0152;
        case 0xBD: return 0x0153;
        case 0xBE: return 0x0178;
        default: break;
        }
    }
    return b;
}

/* The declared encoding's name in line[0..n) (a comment holding
 * "coding", then ':' or '=', blanks, then [-\w.]+), copied into buf; false
 * when the line declares none. */
static bool declared(const char *line, size_t n, char *buf, size_t bufsize)
{
    size_t i = 0;
    while (i < n && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f'))
        i++;
    if (i == n || line[i] != '#')
        return false;
    for (; i + 6 < n; i++) {
        if (memcmp(line + i, "coding", 6) != 0 || (line[i + 6] != ':' && line[i + 6] != '='))
            continue;
        size_t j = i + 7;
        while (j < n && (line[j] == ' ' || line[j] == '\t'))
            j++;
        size_t k = 0;
        while (j < n && k + 1 < bufsize &&
               (line[j] == '-' || line[j] == '_' || line[j] == '.' ||
                (line[j] >= '0' && line[j] <= '9') ||
                ((line[j] | 0x20) >= 'a' && (line[j] | 0x20) <= 'z')))
            buf[k++] = line[j++];
        buf[k] = 0;
        if (k)
            return true;
    }
    return false;
}

/* Whether line[0..n) is blank or a comment only (the first line may be
 * that for the declaration to be on the second). */
static bool blank_or_comment(const char *line, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (line[i] == '#')
            return true;
        if (line[i] != ' ' && line[i] != '\t' && line[i] != '\f' && line[i] != '\r')
            return false;
    }
    return true;
}

static coding lookup(const char *name, char *norm, size_t normsize)
{
    size_t k = 0;
    for (; name[k] && k + 1 < normsize; k++) {
        char ch = name[k];
        norm[k] = ch == '_' ? '-' : (ch >= 'A' && ch <= 'Z') ? (char)(ch | 0x20) : ch;
    }
    norm[k] = 0;
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strcmp(norm, known[i].name) == 0)
            return known[i].c;
    return CODING_NONE;
}

int rt_source_recode(const char *src, size_t len, char **out, size_t *outlen, char *name,
                     size_t namelen)
{
    *out = NULL;
    *outlen = 0;
    bool bom = len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0;
    const char *text = bom ? src + 3 : src;
    size_t rest = bom ? len - 3 : len;
    char decl[64], norm[64];
    bool found = false;
    const char *line = text;
    for (int nline = 0; nline < 2 && line < text + rest && !found; nline++) {
        const char *nl = memchr(line, '\n', (size_t)(text + rest - line));
        size_t n = nl ? (size_t)(nl - line) : (size_t)(text + rest - line);
        found = declared(line, n, decl, sizeof decl);
        if (found || !nl || !blank_or_comment(line, n))
            break;
        line = nl + 1;
    }
    if (!found)
        return 0;
    coding c = lookup(decl, norm, sizeof norm);
    if (c == CODING_NONE)
        return 0;
    /* messages name the encoding as declared, except latin-1's usual names
     * (with any "-suffix"), which CPython's tokenizer calls iso-8859-1 */
    const char *shown = decl;
    static const char *const latin1_names[] = {"latin-1", "iso-8859-1", "iso-latin-1"};
    for (size_t i = 0; i < 3; i++) {
        size_t m = strlen(latin1_names[i]);
        if (strncmp(norm, latin1_names[i], m) == 0 && (norm[m] == 0 || norm[m] == '-'))
            shown = "iso-8859-1";
    }
    if (bom) {
        snprintf(name, namelen, "%s with BOM", shown);
        return -1;
    }
    size_t cap = 3 * rest + 1; /* each byte is at most 3 bytes of UTF-8 */
    char *buf = malloc(cap);
    if (!buf)
        return -2;
    size_t w = 0;
    for (size_t i = 0; i < rest; i++) {
        unsigned char b = (unsigned char)text[i];
        if (b < 0x80) {
            buf[w++] = (char)b;
            continue;
        }
        uint32_t cp = code_point(c, b);
        if (cp == 0) {
            free(buf);
            snprintf(name, namelen, "%s", shown);
            return -1;
        }
        if (cp < 0x800) {
            buf[w++] = (char)(0xC0 | (cp >> 6));
        } else {
            buf[w++] = (char)(0xE0 | (cp >> 12));
            buf[w++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        }
        buf[w++] = (char)(0x80 | (cp & 0x3F));
    }
    buf[w] = 0;
    *out = buf;
    *outlen = w;
    return 1;
}
