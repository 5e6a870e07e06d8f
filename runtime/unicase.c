/* unicase.c: code point classes and simple case mappings (see unicase.h). */
#include "runtime/unicase.h"

#include "runtime/unidata.h"

/* Latin Extended-A (U+0100..U+017F): mostly even = upper, odd = lower pairs,
 * except U+0138..U+0148 and U+0179..U+017E where odd = upper. */
static bool latin_ext_a_pair_upper(uint32_t cp)
{
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
        return cp % 2 == 1;
    return cp % 2 == 0;
}

uint32_t rt_uc_upper(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
    if (cp == 0xB5)
        return 0x39C;
    if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7)
        return cp - 32;
    if (cp == 0xFF)
        return 0x178;
    if (cp >= 0x100 && cp <= 0x17F) {
        if (cp == 0x130 || cp == 0x138 || cp == 0x149 || cp == 0x178)
            return cp;
        if (cp == 0x131)
            return 'I';
        if (cp == 0x17F)
            return 'S';
        return latin_ext_a_pair_upper(cp) ? cp : cp - 1;
    }
    if (cp >= 0x3B1 && cp <= 0x3CB && cp != 0x3C2)
        return cp - 32;
    if (cp == 0x3C2)
        return 0x3A3;
    if (cp >= 0x3AC && cp <= 0x3AF)
        return cp == 0x3AC ? 0x386 : cp - 37;
    if (cp == 0x3CC)
        return 0x38C;
    if (cp == 0x3CD || cp == 0x3CE)
        return cp - 63;
    if (cp >= 0x430 && cp <= 0x44F)
        return cp - 32;
    if (cp >= 0x450 && cp <= 0x45F)
        return cp - 80;
    if (cp >= 0x460 && cp <= 0x4FF && cp % 2 == 1 && !(cp >= 0x482 && cp <= 0x489))
        return cp - 1;
    return cp;
}

uint32_t rt_uc_lower(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
        return cp + 32;
    if (cp == 0x178)
        return 0xFF;
    if (cp >= 0x100 && cp <= 0x17F) {
        if (cp == 0x130)
            return 'i';
        if (cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F)
            return cp;
        return latin_ext_a_pair_upper(cp) ? cp + 1 : cp;
    }
    if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2)
        return cp + 32;
    if (cp == 0x386)
        return 0x3AC;
    if (cp >= 0x388 && cp <= 0x38A)
        return cp + 37;
    if (cp == 0x38C)
        return 0x3CC;
    if (cp == 0x38E || cp == 0x38F)
        return cp + 63;
    if (cp >= 0x410 && cp <= 0x42F)
        return cp + 32;
    if (cp >= 0x400 && cp <= 0x40F)
        return cp + 80;
    if (cp >= 0x460 && cp <= 0x4FF && cp % 2 == 0 && !(cp >= 0x482 && cp <= 0x489))
        return cp + 1;
    return cp;
}

bool rt_uc_isspace(uint32_t cp)
{
    return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 || cp == 0xA0 ||
           cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

bool rt_uc_isupper(uint32_t cp)
{
    return rt_uc_lower(cp) != cp;
}

bool rt_uc_islower(uint32_t cp)
{
    return rt_uc_upper(cp) != cp || cp == 0xDF || cp == 0x138 || cp == 0x149 || cp == 0xAA ||
           cp == 0xBA;
}

bool rt_uc_isalpha(uint32_t cp)
{
    if (cp < 0x80)
        return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    if (rt_uc_isupper(cp) || rt_uc_islower(cp))
        return true;
    return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
           (cp >= 0x370 && cp <= 0x3FF && cp != 0x37E && cp != 0x387 && cp != 0x375) ||
           (cp >= 0x400 && cp <= 0x481) || (cp >= 0x48A && cp <= 0x52F) ||
           (cp >= 0x5D0 && cp <= 0x5EA) || (cp >= 0x620 && cp <= 0x64A) ||
           (cp >= 0x3041 && cp <= 0x3096) || (cp >= 0x30A1 && cp <= 0x30FA) ||
           (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3);
}

/* First code points of the common Nd blocks (each 10 digits long). */
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
