/* fuzz_str.c: libFuzzer harness: the str routines on arbitrary bytes.
 *
 * The input is cut into two strings s and t, made with rt_str_new straight
 * from the bytes: they need not be UTF-8, which the runtime never creates
 * but must survive (utf8.h). Every method of str that takes strings or
 * integers runs on them; indexing, slicing and iteration walk every code
 * point. Properties checked besides the sanitizers: when s and t are valid
 * UTF-8, every str result is valid UTF-8 too (surrogates allowed).
 *
 * The same bytes also go through bytes objects: every bytes method, and
 * decode with each codec and error handler (a decoded str is always valid
 * UTF-8); a valid s encodes with each codec and handler, and its UTF-8
 * round trip gives s back. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/bytes.h"
#include "runtime/exc.h"
#include "runtime/heap.h"
#include "runtime/num.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool valid(rt_value v)
{
    return rt_utf8_check(rt_str_data(v), rt_str_len(v), true) == rt_str_len(v);
}

/* Checks a result (owned) and drops it: a str result of valid inputs is
 * valid; an error is cleared. */
static void done(rt_state *rt, rt_value r, bool inputs_valid)
{
    if (!r) {
        rt_exc_clear(rt);
        return;
    }
    if (rt_is_str(r) && inputs_valid && !valid(r))
        abort();
    rt_decref(rt, r);
}

/* s.name(args...) */
static void call(rt_state *rt, rt_value s, const char *name, const rt_value *args, size_t n,
                 bool inputs_valid)
{
    rt_value key = rt_str_intern(rt, name, strlen(name));
    if (!key) {
        rt_exc_clear(rt);
        return;
    }
    rt_value m = rt_getattr(rt, s, key);
    rt_decref(rt, key);
    if (!m) {
        rt_exc_clear(rt);
        return;
    }
    done(rt, rt_call(rt, m, args, n, RT_NULL), inputs_valid);
    rt_decref(rt, m);
}

static void exercise(rt_state *rt, rt_value s, rt_value t, int64_t k, bool ok)
{
    static const char *const unary[] = {
        "upper",   "lower",        "title",     "capitalize", "swapcase",    "casefold",
        "strip",   "lstrip",       "rstrip",    "split",      "rsplit",      "splitlines",
        "isdigit", "isalpha",      "isspace",   "isupper",    "islower",     "istitle",
        "isalnum", "isidentifier", "isdecimal", "isnumeric",  "isprintable", "expandtabs",
        "__len__", "__hash__",     "__repr__"};
    static const char *const with_str[] = {
        "find",       "rfind",     "index",      "rindex",       "count",        "split",
        "rsplit",     "partition", "rpartition", "strip",        "lstrip",       "rstrip",
        "startswith", "endswith",  "join",       "removeprefix", "removesuffix", "__contains__",
        "__eq__",     "__lt__",    "__add__",    "format",       "__mod__"};
    static const char *const with_int[] = {"center",      "ljust",   "rjust",      "zfill",
                                           "__getitem__", "__mul__", "expandtabs", "splitlines"};
    rt_value kv = rt_smallint(k);
    for (size_t i = 0; i < sizeof unary / sizeof *unary; i++)
        call(rt, s, unary[i], NULL, 0, ok);
    for (size_t i = 0; i < sizeof with_str / sizeof *with_str; i++)
        call(rt, s, with_str[i], &t, 1, ok);
    for (size_t i = 0; i < sizeof with_int / sizeof *with_int; i++)
        call(rt, s, with_int[i], &kv, 1, ok);
    rt_value two[2] = {t, s};
    call(rt, s, "replace", two, 2, ok);
    rt_value tk[2] = {t, kv};
    call(rt, s, "find", tk, 2, ok);
    call(rt, s, "count", tk, 2, ok);
    call(rt, s, "split", tk, 2, ok);
    call(rt, s, "rsplit", tk, 2, ok);
    rt_value kt[2] = {kv, t};
    call(rt, s, "center", kt, 2, ok);
    call(rt, s, "ljust", kt, 2, ok);
    /* code points by index near both ends and just outside (indexing a
     * non-ASCII str walks from its start), and all of them by iteration */
    int64_t n = rt_str_nchars(s);
    for (int64_t i = -n - 1; i <= n; i++) {
        if (i == -n + 32 && n > 80)
            i = n - 32;
        done(rt, rt_str_getitem(rt, s, i), ok);
    }
    size_t pos = 0, nb = rt_str_len(s);
    while (pos < nb)
        (void)rt_str_decode(rt_str_data(s), &pos);
    /* slices with every step up to 3 either way, from k (rt_str_slice takes
     * resolved indices: the start and the last index are in range) */
    int64_t a = n ? (k % n + n) % n : 0;
    for (int64_t step = -3; step <= 3; step++) {
        if (!step)
            continue;
        for (int64_t len = 0; len <= n; len += 1 + n / 8) {
            int64_t last = a + (len - 1) * step;
            if (len && (last < 0 || last >= n))
                break;
            done(rt, rt_str_slice(rt, s, a, step, len), ok);
        }
    }
    done(rt, rt_str_repr(rt, s), ok);
    done(rt, rt_str_concat(rt, s, t), ok);
    (void)rt_str_find_bytes(s, t, (size_t)k % (nb + 1));
    (void)rt_str_cmp(s, t);
}

static void exercise_bytes(rt_state *rt, rt_value b, rt_value c, int64_t k)
{
    static const char *const unary[] = {
        "upper",   "lower",   "title",   "capitalize", "swapcase", "strip",   "lstrip",
        "rstrip",  "split",   "rsplit",  "splitlines", "isdigit",  "isalpha", "isspace",
        "isupper", "islower", "isalnum", "isascii",    "hex",      "decode"};
    static const char *const with_bytes[] = {
        "find",       "rfind",     "index",      "rindex",       "count",       "split",
        "rsplit",     "partition", "rpartition", "strip",        "lstrip",      "rstrip",
        "startswith", "endswith",  "join",       "removeprefix", "removesuffix"};
    static const char *const with_int[] = {"center", "ljust", "rjust",     "zfill",
                                           "find",   "count", "splitlines"};
    rt_value kv = rt_smallint(k);
    for (size_t i = 0; i < sizeof unary / sizeof *unary; i++)
        call(rt, b, unary[i], NULL, 0, true);
    for (size_t i = 0; i < sizeof with_bytes / sizeof *with_bytes; i++)
        call(rt, b, with_bytes[i], &c, 1, true);
    for (size_t i = 0; i < sizeof with_int / sizeof *with_int; i++)
        call(rt, b, with_int[i], &kv, 1, true);
    rt_value two[2] = {c, b};
    call(rt, b, "replace", two, 2, true);
    static const char *const codecs[] = {"utf-8", "ascii", "latin-1"};
    static const char *const handlers[] = {
        "strict", "ignore", "replace", "backslashreplace", "surrogateescape", "xmlcharrefreplace"};
    for (size_t i = 0; i < 3; i++)
        for (size_t j = 0; j < sizeof handlers / sizeof *handlers; j++) {
            rt_value e = rt_str_from_cstr(rt, codecs[i]), h = rt_str_from_cstr(rt, handlers[j]);
            if (e && h) {
                rt_value d = rt_bytes_decode(rt, rt_bytes_data(b), (size_t)rt_bytes_len(b), e, h);
                if (d && !valid(d))
                    abort();
                done(rt, d, true);
            }
            rt_exc_clear(rt);
            rt_decref(rt, e);
            rt_decref(rt, h);
        }
    done(rt, rt_bytes_repr(rt, b), true);
    done(rt, rt_bytes_concat(rt, b, c), true);
    done(rt, rt_bytes_repeat(rt, b, k), true);
    int64_t n = rt_bytes_len(b);
    for (int64_t i = -n - 1; i <= n && i < 64; i++)
        done(rt, rt_bytes_getitem(rt, b, i), true);
    (void)rt_bytes_contains(rt, b, c);
    rt_exc_clear(rt);
}

/* s.encode(codec, handler) for each pair; the UTF-8 round trip of a valid
 * s without surrogates is s. */
static void exercise_encode(rt_state *rt, rt_value s)
{
    static const char *const codecs[] = {"utf-8", "ascii", "latin-1"};
    static const char *const handlers[] = {"strict", "ignore", "replace", "backslashreplace",
                                           "xmlcharrefreplace"};
    for (size_t i = 0; i < 3; i++)
        for (size_t j = 0; j < sizeof handlers / sizeof *handlers; j++) {
            rt_value e = rt_str_from_cstr(rt, codecs[i]), h = rt_str_from_cstr(rt, handlers[j]);
            if (e && h)
                done(rt, rt_str_encode(rt, s, e, h), true);
            rt_exc_clear(rt);
            rt_decref(rt, e);
            rt_decref(rt, h);
        }
    if (rt_utf8_check(rt_str_data(s), rt_str_len(s), false) != rt_str_len(s))
        return;
    rt_value b = rt_str_encode(rt, s, RT_NULL, RT_NULL);
    rt_value back =
        b ? rt_bytes_decode(rt, rt_bytes_data(b), (size_t)rt_bytes_len(b), RT_NULL, RT_NULL)
          : RT_NULL;
    if (b && back && !rt_str_eq(back, s))
        abort();
    rt_exc_clear(rt);
    rt_decref(rt, b);
    rt_decref(rt, back);
}

/* One runtime for the whole run (booting one per input would be most of the
 * time); each input must leave its heap as it found it. */
static rt_state *the_runtime(void)
{
    static rt_state *rt;
    if (!rt) {
        rt_config cfg = {0};
        cfg.heap_limit_bytes = 16u << 20;
        rt = rt_state_new(&cfg);
    }
    return rt;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    rt_state *rt = the_runtime();
    if (!rt)
        return 0;
    uint64_t live = rt_heap_live_objects(rt);
    size_t cut = data[0] % size;
    int64_t k = (int8_t)data[1]; /* a small integer argument, either sign */
    const char *p = (const char *)data + 2;
    size_t n = size - 2, sn = cut < n ? cut : n;
    rt_value s = rt_str_new(rt, p, sn), t = rt_str_new(rt, p + sn, n - sn);
    if (s && t) {
        bool ok = valid(s) && valid(t);
        exercise(rt, s, t, k, ok);
        exercise(rt, t, s, k, ok);
    }
    rt_value b = rt_bytes_new(rt, p, sn), c = rt_bytes_new(rt, p + sn, n - sn);
    if (b && c) {
        exercise_bytes(rt, b, c, k);
        exercise_bytes(rt, c, b, k);
    }
    if (s && t && valid(s))
        exercise_encode(rt, s);
    rt_exc_clear(rt);
    rt_decref(rt, s);
    rt_decref(rt, t);
    rt_decref(rt, b);
    rt_decref(rt, c);
    if (rt_heap_live_objects(rt) != live) /* a reference leaked */
        abort();
    return 0;
}
