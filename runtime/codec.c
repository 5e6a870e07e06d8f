/* codec.c: str.encode and bytes.decode for utf-8 (and utf-8-sig: utf-8 after
 * a byte order mark), ascii and latin-1 with
 * CPython's error handlers (and those a program registers with
 * codecs.register_error) and its UnicodeEncodeError/UnicodeDecodeError
 * wording, and the lookup of every codec's names (utf-16 and utf-32 are
 * codec_utf16.c's). A str holds UTF-8 (lone surrogates in their 3-byte form, see
 * utf8.h), so utf-8 is a validated copy both ways. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "runtime/bytes.h"
#include "runtime/codec.h"
#include "runtime/exc.h"
#include "runtime/heap.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/utf8.h"

typedef enum codec {
    CODEC_UTF8,
    CODEC_ASCII,
    CODEC_LATIN1,
    CODEC_UTF8SIG,
    /* codec_utf16.c's, in the order of wide_codecs[] */
    CODEC_UTF16,
    CODEC_UTF16LE,
    CODEC_UTF16BE,
    CODEC_UTF32,
    CODEC_UTF32LE,
    CODEC_UTF32BE
} codec;

/* The width and byte order of each codec from CODEC_UTF16 on. */
static const struct {
    int width;
    rt_codec_order order;
} wide_codecs[] = {{2, RT_ORDER_BOM}, {2, RT_ORDER_LE}, {2, RT_ORDER_BE},
                   {4, RT_ORDER_BOM}, {4, RT_ORDER_LE}, {4, RT_ORDER_BE}};

/* CPython's names for the codecs in its messages. */
static const char *const codec_names[] = {"utf-8", "ascii", "latin-1", "utf-8"};

/* utf-8-sig's byte order mark: written before the text, skipped when read. */
static const char utf8_bom[3] = {(char)0xEF, (char)0xBB, (char)0xBF};

typedef enum handler {
    H_STRICT,
    H_IGNORE,
    H_REPLACE,
    H_BACKSLASH,
    H_XMLCHARREF,
    H_SURROGATEESCAPE,
    H_SURROGATEPASS, /* utf-8 only: a surrogate as its 3-byte form (the other codecs: strict) */
    H_UNKNOWN
} handler;

/* The codec an encoding name stands for, normalised as CPython's
 * encodings.normalize_encoding (lowercase; runs of other punctuation and
 * spaces become '_'). *fast tells whether CPython's str.encode/bytes.decode
 * take the name without its codec registry (see wrap_handler_error). 0, or
 * -1 with LookupError "unknown encoding: x". */
static int codec_lookup(rt_state *rt, rt_value encoding, codec *out, bool *fast)
{
    static const char *const fast_names[] = {"utf_8",  "utf8",    "utf_16",     "utf16",
                                             "utf_32", "utf32",   "ascii",      "us_ascii",
                                             "latin1", "latin_1", "iso_8859_1", "iso8859_1"};
    static const struct {
        const char *name;
        codec c;
    } aliases[] = {
        {"utf_8", CODEC_UTF8},
        {"utf8", CODEC_UTF8},
        {"u8", CODEC_UTF8},
        {"utf", CODEC_UTF8},
        {"cp65001", CODEC_UTF8},
        {"utf_8_sig", CODEC_UTF8SIG},
        {"ascii", CODEC_ASCII},
        {"us_ascii", CODEC_ASCII},
        {"646", CODEC_ASCII},
        {"us", CODEC_ASCII},
        {"latin_1", CODEC_LATIN1},
        {"latin1", CODEC_LATIN1},
        {"latin", CODEC_LATIN1},
        {"l1", CODEC_LATIN1},
        {"iso_8859_1", CODEC_LATIN1},
        {"iso8859_1", CODEC_LATIN1},
        {"8859", CODEC_LATIN1},
        {"cp819", CODEC_LATIN1},
        {"iso_ir_100", CODEC_LATIN1},
        {"iso_8859_1_1987", CODEC_LATIN1},
        {"utf_16", CODEC_UTF16},
        {"utf16", CODEC_UTF16},
        {"u16", CODEC_UTF16},
        {"utf_16_le", CODEC_UTF16LE},
        {"utf_16le", CODEC_UTF16LE},
        {"unicodelittleunmarked", CODEC_UTF16LE},
        {"utf_16_be", CODEC_UTF16BE},
        {"utf_16be", CODEC_UTF16BE},
        {"unicodebigunmarked", CODEC_UTF16BE},
        {"utf_32", CODEC_UTF32},
        {"utf32", CODEC_UTF32},
        {"u32", CODEC_UTF32},
        {"utf_32_le", CODEC_UTF32LE},
        {"utf_32le", CODEC_UTF32LE},
        {"utf_32_be", CODEC_UTF32BE},
        {"utf_32be", CODEC_UTF32BE},
    };
    *fast = true;
    if (!encoding) {
        *out = CODEC_UTF8;
        return 0;
    }
    const char *s = rt_str_data(encoding);
    size_t n = rt_str_len(encoding), k = 0;
    char norm[32];
    bool punct = false;
    for (size_t i = 0; i < n && k + 1 < sizeof norm; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isalnum(c) || c == '.') {
            if (punct && k)
                norm[k++] = '_';
            punct = false;
            if (k + 1 < sizeof norm)
                norm[k++] = (char)tolower(c);
        } else {
            punct = true;
        }
    }
    norm[k] = 0;
    if (n < sizeof norm)
        for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
            if (strcmp(norm, aliases[i].name) == 0) {
                *out = aliases[i].c;
                *fast = false;
                for (size_t j = 0; j < sizeof fast_names / sizeof fast_names[0]; j++)
                    *fast = *fast || strcmp(norm, fast_names[j]) == 0;
                return 0;
            }
    rt_raise(rt, RT_EXC_LookupError, "unknown encoding: %s", s);
    return -1;
}

/* CPython reaches a codec whose name it does not know at once through its
 * registry, which words an unknown error handler's LookupError as
 * "encoding with 'NAME' codec failed (LookupError: ...)": r (the codec's
 * result) unchanged, or RT_NULL with that error in place of the plain one. */
static rt_value wrap_handler_error(rt_state *rt, rt_value r, bool fast, const char *verb,
                                   rt_value encoding, rt_value errors)
{
    if (r || fast || !errors || !rt_exc_matches(rt, RT_EXC_LookupError))
        return r;
    rt_exc_clear(rt);
    return rt_raise(rt, RT_EXC_LookupError,
                    "%s with '%s' codec failed (LookupError: unknown error handler name '%s')",
                    verb, rt_str_data(encoding), rt_str_data(errors));
}

static handler handler_of(rt_value errors)
{
    static const char *const names[] = {
        "strict",          "ignore",       "replace", "backslashreplace", "xmlcharrefreplace",
        "surrogateescape", "surrogatepass"};
    if (!errors)
        return H_STRICT;
    for (int i = 0; i < (int)(sizeof names / sizeof names[0]); i++)
        if (rt_str_eq_cstr(errors, names[i]))
            return (handler)i;
    return H_UNKNOWN;
}

/* ---- handlers registered with codecs.register_error ----------------------------------- */

/* The handler registered under `errors` (codecs.lookup_error's answer: a new
 * reference), or RT_NULL with LookupError "unknown error handler name 'x'".
 * Asked only once a character or byte needs it, as CPython asks. */
static rt_value registered_handler(rt_state *rt, rt_value errors)
{
    rt_value fn = rt_import_attr(rt, "codecs", "lookup_error");
    if (!fn)
        return RT_NULL;
    rt_value h = rt_call(rt, fn, &errors, 1, RT_NULL);
    rt_decref(rt, fn);
    return h;
}

/* Calls handler `errors` with the exception just raised (taken) and checks
 * its answer, (replacement, position): the replacement (a new reference:
 * a str, or for an encoder bytes too) and *pos the position to go on from,
 * made absolute within `len` (a negative one counts from the end). RT_NULL
 * with the handler's exception, or CPython's TypeError for a malformed
 * answer and IndexError for a position out of bounds. */
static rt_value call_handler(rt_state *rt, rt_value errors, bool encoding, int64_t len,
                             int64_t *pos)
{
    rt_value exc = rt_exc_fetch(rt);
    rt_value fn = exc ? registered_handler(rt, errors) : RT_NULL;
    rt_value r = fn ? rt_call(rt, fn, &exc, 1, RT_NULL) : RT_NULL;
    rt_decref(rt, fn);
    rt_decref(rt, exc);
    if (!r)
        return RT_NULL;
    rt_value rep = rt_is_tuple(r) && rt_tuple_len(r) == 2 ? rt_tuple_get(r, 0) : RT_NULL;
    rt_value at = rep ? rt_tuple_get(r, 1) : RT_NULL;
    if (!rep || !(rt_is_str(rep) || (encoding && rt_is_bytes(rep))) || !rt_is_int(at)) {
        rt_decref(rt, r);
        return rt_raise(rt, RT_EXC_TypeError, "%s error handler must return (%s, int) tuple",
                        encoding ? "encoding" : "decoding", encoding ? "str/bytes" : "str");
    }
    int64_t p = 0;
    bool fits = rt_int_as_i64(at, &p);
    if (fits && p < 0)
        p += len;
    if (!fits || p < 0 || p > len) {
        if (fits)
            rt_raise(rt, RT_EXC_IndexError, "position %lld from error handler out of bounds",
                     (long long)p);
        else
            rt_raise(rt, RT_EXC_OverflowError, "Python int too large to convert to C ssize_t");
        rt_decref(rt, r);
        return RT_NULL;
    }
    *pos = p;
    rt_incref(rep);
    rt_decref(rt, r);
    return rep;
}

/* Appends \xhh, \uhhhh or \Uhhhhhhhh for cp (CPython's escape of a char). */
static void put_escape(rt_strbuf *sb, uint32_t cp)
{
    char e[12];
    if (cp < 0x100)
        snprintf(e, sizeof e, "\\x%02x", (unsigned)cp);
    else if (cp < 0x10000)
        snprintf(e, sizeof e, "\\u%04x", (unsigned)cp);
    else
        snprintf(e, sizeof e, "\\U%08x", (unsigned)cp);
    rt_strbuf_append_cstr(sb, e);
}

/* ---- encoding -------------------------------------------------------------------- */

/* True when code point cp can be written by codec c in strict mode. */
static bool encodable(codec c, uint32_t cp)
{
    switch (c) {
    case CODEC_ASCII: return cp < 0x80;
    case CODEC_LATIN1: return cp < 0x100;
    default: return cp < 0xD800 || cp > 0xDFFF;
    }
}

static void put_encoded(rt_strbuf *sb, codec c, uint32_t cp)
{
    if (c == CODEC_UTF8) {
        char u[4];
        rt_strbuf_append(sb, u, rt_utf8_encode(cp, u));
    } else {
        rt_strbuf_append_char(sb, (char)cp);
    }
}

/* The index, within the run of count characters from cp on (the ones after it read
 * from p[q..n)), of the first that is not a surrogate standing for a byte
 * (U+DC80..U+DCFF, which surrogateescape writes back as that byte); count when all
 * are. */
static int64_t first_unescaped(const char *p, size_t n, size_t q, uint32_t cp, int64_t count)
{
    for (int64_t k = 0; k < count; k++) {
        if (k)
            cp = rt_utf8_decode(p, n, &q);
        if (cp < 0xDC80 || cp > 0xDCFF)
            return k;
    }
    return count;
}

/* UnicodeEncodeError(codec, s, start, end, reason) for s[start:end]. */
static void encode_error(rt_state *rt, codec c, rt_value s, int64_t start, int64_t end)
{
    const char *reason = c == CODEC_ASCII    ? "ordinal not in range(128)"
                         : c == CODEC_LATIN1 ? "ordinal not in range(256)"
                                             : "surrogates not allowed";
    rt_raise_unicode(rt, RT_EXC_UnicodeEncodeError, codec_names[c], s, start, end, reason);
}

/* The byte offset in p[0..n) (UTF-8) of character `index`. */
static size_t char_offset(const char *p, size_t n, int64_t index)
{
    size_t at = 0;
    for (int64_t k = 0; k < index && at < n; k++)
        (void)rt_utf8_decode(p, n, &at);
    return at;
}

/* s[start:end] (which codec c cannot write) through the handler registered
 * under `errors`: its replacement goes to sb (a str written by the codec:
 * UnicodeEncodeError for s[start:end] when it cannot; bytes as they are) and
 * *next is where encoding goes on. 0, or -1 with an exception set. */
static int encode_with_handler(rt_state *rt, codec c, rt_value s, rt_value errors, int64_t start,
                               int64_t end, rt_strbuf *sb, int64_t *next)
{
    const char *p = rt_str_data(s);
    size_t n = rt_str_len(s);
    int64_t chars = 0;
    for (size_t i = 0; i < n; i++)
        chars += !rt_utf8_is_cont((unsigned char)p[i]);
    encode_error(rt, c, s, start, end);
    rt_value rep = call_handler(rt, errors, true, chars, next);
    if (!rep)
        return -1;
    if (rt_is_bytes(rep)) {
        rt_strbuf_append(sb, rt_bytes_data(rep), (size_t)rt_bytes_len(rep));
        rt_decref(rt, rep);
        return 0;
    }
    const char *q = rt_str_data(rep);
    size_t qn = rt_str_len(rep), at = 0;
    while (at < qn) {
        uint32_t x = rt_utf8_decode(q, qn, &at);
        if (!encodable(c, x)) {
            rt_decref(rt, rep);
            encode_error(rt, c, s, start, end);
            return -1;
        }
        put_encoded(sb, c, x);
    }
    rt_decref(rt, rep);
    return 0;
}

static rt_value str_encode(rt_state *rt, codec c, rt_value s, rt_value errors)
{
    if (c == CODEC_UTF8SIG) {
        rt_value text = str_encode(rt, CODEC_UTF8, s, errors);
        if (!text)
            return RT_NULL;
        rt_strbuf sb;
        rt_heap_strbuf_init(rt, &sb);
        rt_strbuf_append(&sb, utf8_bom, sizeof utf8_bom);
        rt_strbuf_append(&sb, rt_bytes_data(text), (size_t)rt_bytes_len(text));
        rt_decref(rt, text);
        rt_value r = rt_bytes_from_strbuf(rt, &sb);
        rt_strbuf_dispose(&sb);
        return r;
    }
    if (c >= CODEC_UTF16)
        return rt__utf16_encode(rt, s, wide_codecs[c - CODEC_UTF16].width,
                                wide_codecs[c - CODEC_UTF16].order, errors);
    const char *p = rt_str_data(s);
    size_t n = rt_str_len(s);
    if (c == CODEC_UTF8 ? rt_utf8_check(p, n, false) == n : rt_str_is_ascii(s))
        return rt_bytes_new(rt, p, n);
    handler h = handler_of(errors);
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    size_t pos = 0;
    int64_t idx = 0;
    while (pos < n) {
        uint32_t cp = rt_utf8_decode(p, n, &pos);
        if (encodable(c, cp)) {
            put_encoded(&sb, c, cp);
            idx++;
            continue;
        }
        /* the run of characters this codec cannot write: CPython's strict
         * handler names the whole run */
        int64_t start = idx;
        size_t run_pos = pos;
        int64_t end = idx + 1;
        while (run_pos < n) {
            size_t q = run_pos;
            uint32_t next = rt_utf8_decode(p, n, &q);
            if (encodable(c, next))
                break;
            run_pos = q;
            end++;
        }
        /* surrogateescape writes the escaped bytes up to the first other character,
         * which fails with the rest of the run */
        int64_t bad = h == H_SURROGATEESCAPE ? first_unescaped(p, n, pos, cp, end - start) : 0;
        if (h == H_UNKNOWN) { /* a handler the program registered */
            int64_t next;
            if (encode_with_handler(rt, c, s, errors, start, end, &sb, &next) < 0) {
                rt_strbuf_dispose(&sb);
                return RT_NULL;
            }
            idx = next;
            pos = char_offset(p, n, next);
            continue;
        }
        if (h == H_STRICT || (h == H_SURROGATEESCAPE && bad < end - start) ||
            (h == H_SURROGATEPASS && c != CODEC_UTF8)) {
            rt_strbuf_dispose(&sb);
            encode_error(rt, c, s, start + bad, end);
            return RT_NULL;
        }
        /* replay the run through the handler */
        size_t q = pos;
        uint32_t x = cp;
        for (int64_t k = start; k < end; k++) {
            if (k > start)
                x = rt_utf8_decode(p, n, &q);
            if (h == H_SURROGATEESCAPE) {
                rt_strbuf_append_char(&sb, (char)(x - 0xDC00));
            } else if (h == H_SURROGATEPASS) { /* utf-8 cannot write only surrogates */
                char u[4];
                rt_strbuf_append(&sb, u, rt_utf8_encode(x, u));
            } else if (h == H_REPLACE) {
                rt_strbuf_append_char(&sb, '?');
            } else if (h == H_BACKSLASH) {
                put_escape(&sb, x);
            } else if (h == H_XMLCHARREF) {
                char e[16];
                snprintf(e, sizeof e, "&#%u;", (unsigned)x);
                rt_strbuf_append_cstr(&sb, e);
            }
        }
        pos = run_pos;
        idx = end;
    }
    rt_value r = rt_bytes_from_strbuf(rt, &sb);
    rt_strbuf_dispose(&sb);
    return r;
}

/* ---- decoding -------------------------------------------------------------------- */

/* The end of the bad UTF-8 sequence starting at p[i] and CPython's reason
 * for it; p[i] does not start a valid sequence. */
static size_t utf8_bad_end(const unsigned char *p, size_t n, size_t i, const char **reason)
{
    unsigned char c = p[i];
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c < 0xC2 || c > 0xF4) {
        *reason = "invalid start byte";
        return i + 1;
    }
    if (c < 0xE0)
        need = 1;
    else if (c < 0xF0) {
        need = 2;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else {
        need = 3;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    }
    size_t j = i + 1;
    for (size_t k = 0; k < need; k++, j++) {
        if (j >= n) {
            *reason = "unexpected end of data";
            return n;
        }
        unsigned char b = p[j];
        bool ok = k == 0 ? (b >= lo && b <= hi) : rt_utf8_is_cont(b);
        if (!ok) {
            *reason = "invalid continuation byte";
            return j;
        }
    }
    *reason = "invalid continuation byte"; /* not reached: the sequence was valid */
    return j;
}

/* UnicodeDecodeError(codec, bytes of s[0..n), start, end, reason). */
static void decode_error(rt_state *rt, codec c, const char *s, size_t n, size_t start, size_t end,
                         const char *reason)
{
    rt_value obj = rt_bytes_new(rt, s, n);
    if (obj)
        rt_raise_unicode(rt, RT_EXC_UnicodeDecodeError, codec_names[c], obj, (int64_t)start,
                         (int64_t)end, reason);
    rt_decref(rt, obj);
}

static rt_value decode_run(rt_state *rt, codec c, const char *s, size_t n, rt_value errors);

static rt_value bytes_decode(rt_state *rt, codec c, const char *s, size_t n, rt_value errors)
{
    if (c == CODEC_UTF8SIG) { /* one mark at the start is dropped; errors count from after it */
        if (n >= sizeof utf8_bom && memcmp(s, utf8_bom, sizeof utf8_bom) == 0) {
            s += sizeof utf8_bom;
            n -= sizeof utf8_bom;
        }
        c = CODEC_UTF8;
    }
    if (c >= CODEC_UTF16)
        return rt__utf16_decode(rt, s, n, wide_codecs[c - CODEC_UTF16].width,
                                wide_codecs[c - CODEC_UTF16].order, errors);
    if (handler_of(errors) == H_UNKNOWN && !(c == CODEC_UTF8 && rt_utf8_check(s, n, false) == n)) {
        /* a registered handler runs Python code, which may resize the bytearray s
         * points into: decode a copy */
        rt_value copy = rt_bytes_new(rt, s, n);
        rt_value r = copy ? decode_run(rt, c, rt_bytes_data(copy), n, errors) : RT_NULL;
        rt_decref(rt, copy);
        return r;
    }
    return decode_run(rt, c, s, n, errors);
}

/* bytes_decode of utf-8, ascii or latin-1: s[0..n) stays valid throughout. */
static rt_value decode_run(rt_state *rt, codec c, const char *s, size_t n, rt_value errors)
{
    const unsigned char *p = (const unsigned char *)s;
    if (c == CODEC_UTF8 && rt_utf8_check(s, n, false) == n)
        return rt_str_new(rt, s, n);
    handler h = handler_of(errors);
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    size_t i = 0;
    while (i < n) {
        size_t good = i;
        if (c == CODEC_UTF8)
            good = i + rt_utf8_check(s + i, n - i, false);
        else
            while (good < n && p[good] < 0x80)
                good++;
        rt_strbuf_append(&sb, s + i, good - i);
        i = good;
        if (i >= n)
            break;
        if (c == CODEC_LATIN1) {
            rt_strbuf_append_utf8(&sb, p[i]);
            i++;
            continue;
        }
        const char *reason = "ordinal not in range(128)";
        size_t end = c == CODEC_UTF8 ? utf8_bad_end(p, n, i, &reason) : i + 1;
        switch (h) {
        case H_IGNORE: break;
        case H_REPLACE: rt_strbuf_append_utf8(&sb, 0xFFFD); break;
        case H_BACKSLASH:
            for (size_t k = i; k < end; k++)
                put_escape(&sb, p[k]);
            break;
        case H_SURROGATEESCAPE:
            for (size_t k = i; k < end; k++) {
                if (p[k] < 0x80) { /* never escaped: CPython fails on these */
                    rt_strbuf_dispose(&sb);
                    decode_error(rt, c, s, n, k, k + 1, reason);
                    return RT_NULL;
                }
                char u[3] = {(char)0xED, (char)(0xB0 | ((p[k] >> 6) & 0x03)),
                             (char)(0x80 | (p[k] & 0x3F))};
                rt_strbuf_append(&sb, u, 3);
            }
            break;
        case H_SURROGATEPASS:
            /* utf-8's form of a surrogate (ED A0..BF 80..BF) is taken; the rest fails */
            if (c == CODEC_UTF8 && p[i] == 0xED && i + 2 < n && p[i + 1] >= 0xA0 &&
                p[i + 1] <= 0xBF && rt_utf8_is_cont(p[i + 2])) {
                rt_strbuf_append(&sb, s + i, 3);
                end = i + 3;
                break;
            }
            rt_strbuf_dispose(&sb);
            decode_error(rt, c, s, n, i, end, reason);
            return RT_NULL;
        case H_UNKNOWN: { /* a handler the program registered */
            decode_error(rt, c, s, n, i, end, reason);
            int64_t next;
            rt_value rep = rt->exc ? call_handler(rt, errors, false, (int64_t)n, &next) : RT_NULL;
            if (!rep) {
                rt_strbuf_dispose(&sb);
                return RT_NULL;
            }
            rt_strbuf_append(&sb, rt_str_data(rep), rt_str_len(rep));
            rt_decref(rt, rep);
            end = (size_t)next;
            break;
        }
        default:
            rt_strbuf_dispose(&sb);
            decode_error(rt, c, s, n, i, end, reason);
            return RT_NULL;
        }
        i = end;
    }
    return rt_str_take_strbuf(rt, &sb);
}

rt_value rt_str_encode(rt_state *rt, rt_value s, rt_value encoding, rt_value errors)
{
    codec c;
    bool fast;
    if (codec_lookup(rt, encoding, &c, &fast) < 0) {
        rt_exc_clear(rt);
        return rt__codec_python_encode(rt, s, encoding, errors);
    }
    return wrap_handler_error(rt, str_encode(rt, c, s, errors), fast, "encoding", encoding, errors);
}

rt_value rt_bytes_decode(rt_state *rt, const char *s, size_t n, rt_value encoding, rt_value errors)
{
    codec c;
    bool fast;
    if (codec_lookup(rt, encoding, &c, &fast) < 0) {
        rt_exc_clear(rt);
        return rt__codec_python_decode(rt, s, n, encoding, errors);
    }
    return wrap_handler_error(rt, bytes_decode(rt, c, s, n, errors), fast, "decoding", encoding,
                              errors);
}
