/* fuzz_re.c: libFuzzer harness: the `re` module on arbitrary patterns and
 * subjects, through the whole stack (stdlib/re.py, the parser, the compiler
 * and the matcher of runtime/re_*.c), run the way the daemon runs a
 * workload: a small heap limit and slices of a budget, so a catastrophic
 * pattern ends at the budget and a huge backtrack stack at MemoryError.
 *
 * Input: one byte of flags (its bits pick re.I, re.M, re.S, re.X, re.A),
 * then the pattern up to the first NUL byte, then the subject. Both are
 * tried as str (decoded as UTF-8 with replacement, and as Latin-1) and as
 * bytes, through compile, match, search, fullmatch, findall, finditer,
 * split, sub (template and function), subn and the Match methods. Any crash,
 * sanitizer report, leak or hang is a bug; Python errors are not. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/rt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void discard(void *ctx, const char *s, size_t n)
{
    (void)ctx;
    (void)s;
    (void)n;
}

static const char program_head[] =
    "import re\n"
    "def go(p, s, flags):\n"
    "    try:\n"
    "        r = re.compile(p, flags)\n"
    "    except Exception:\n"
    "        return\n"
    "    for f in (r.match, r.search, r.fullmatch, r.findall, r.split):\n"
    "        try:\n"
    "            f(s)\n"
    "        except Exception:\n"
    "            pass\n"
    "    try:\n"
    "        for m in r.finditer(s, 1):\n"
    "            m.groups('-'), m.groupdict(), m.span(m.lastindex or 0), m.lastgroup, repr(m)\n"
    "            m.expand(s[:0])\n"
    "        r.sub(s[:3], s)\n"
    "        r.sub(lambda m: m.group(0)[:1], s, 3)\n"
    "        r.subn(p[:4], s)\n"
    "    except Exception:\n"
    "        pass\n";

/* Appends b'...' of p[0..n) to out. */
static char *bytes_literal(char *out, const uint8_t *p, size_t n)
{
    *out++ = 'b';
    *out++ = '\'';
    for (size_t i = 0; i < n; i++)
        out += sprintf(out, "\\x%02x", p[i]);
    *out++ = '\'';
    return out;
}

static void run_slices(rt_state *rt)
{
    rt_budget budget = {20000, 50 * 1000 * 1000};
    for (int i = 0; i < 20; i++)
        if (rt_run(rt, &budget) != RT_YIELD)
            return;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 4096)
        return 0;
    static const int flag_bits[] = {2, 8, 16, 64, 256};
    int flags = 0;
    for (int k = 0; k < 5; k++)
        if (data[0] & (1 << k))
            flags |= flag_bits[k];
    const uint8_t *pat = data + 1, *end = data + size;
    const uint8_t *nul = memchr(pat, 0, (size_t)(end - pat));
    size_t plen = nul ? (size_t)(nul - pat) : (size_t)(end - pat);
    const uint8_t *subj = nul ? nul + 1 : end;
    size_t slen = (size_t)(end - subj);

    size_t cap = sizeof program_head + 4 * size + 512;
    char *src = malloc(cap);
    if (!src)
        return 0;
    char *o = src;
    memcpy(o, program_head, sizeof program_head - 1);
    o += sizeof program_head - 1;
    o += sprintf(o, "P = ");
    o = bytes_literal(o, pat, plen);
    o += sprintf(o, "\nS = ");
    o = bytes_literal(o, subj, slen);
    o += sprintf(o,
                 "\nF = %d\n"
                 "go(P.decode('utf-8', 'replace'), S.decode('utf-8', 'replace'), F)\n"
                 "go(P.decode('latin-1'), S.decode('latin-1'), F)\n"
                 "go(P, S, F & ~256)\n",
                 flags);

    rt_config cfg = {0};
    cfg.heap_limit_bytes = 8u << 20;
    cfg.write_out = discard;
    cfg.write_err = discard;
    rt_state *rt = rt_state_new(&cfg);
    if (rt) {
        if (rt_load(rt, "fuzz.py", src, (size_t)(o - src)) == RT_OK)
            run_slices(rt);
        (void)rt_error_get(rt);
        rt_state_free(rt);
    }
    free(src);
    return 0;
}
