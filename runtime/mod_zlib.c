/* mod_zlib.c: `_zlib`, the native half of stdlib/zlib.py: DEFLATE streams
 * (RFC 1951) read and written, with the zlib (RFC 1950) and gzip (RFC 1952)
 * wrappers, and the Adler-32 checksum.
 *
 * inflate decodes any valid stream: stored, fixed-Huffman and
 * dynamic-Huffman blocks, with canonical Huffman codes decoded by counting
 * codes of each length (no lookup tables). deflate writes valid streams that
 * every inflater reads: LZ77 matches found through a hash of the next three
 * bytes (a bounded chain walk, deeper for higher levels) coded with the
 * fixed Huffman codes, or stored blocks at level 0. Its output is NOT
 * byte-for-byte CPython's (the zlib library chooses its matches and codes
 * otherwise); decompressing it gives the same data back.
 *
 * Output grows in a heap-accounted buffer: a stream that expands past the
 * workload's heap limit is a MemoryError, not an abort. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/heap.h"
#include "runtime/module.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/strbuf.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

/* ---- inflate ------------------------------------------------------------------------ */

typedef struct inflater {
    const uint8_t *in;
    size_t n, pos;
    uint32_t bits; /* pending input bits, lowest first */
    int nbits;
    rt_strbuf *out;
    const char *err; /* the data error, as zlib words it */
    int short_input; /* the stream ended early */
} inflater;

enum { MAXBITS = 15, MAXLCODES = 286, MAXDCODES = 30, FIXLCODES = 288 };

/* need bits from the input, or -1 when it ends first */
static int32_t need(inflater *s, int count)
{
    uint32_t v = s->bits;
    while (s->nbits < count) {
        if (s->pos >= s->n) {
            s->short_input = 1;
            return -1;
        }
        v |= (uint32_t)s->in[s->pos++] << s->nbits;
        s->nbits += 8;
    }
    s->bits = v >> count;
    s->nbits -= count;
    return (int32_t)(v & ((1u << count) - 1u));
}

/* A canonical Huffman code: how many codes of each length, and the symbols
 * in code order. */
typedef struct huffman {
    short count[MAXBITS + 1];
    short symbol[FIXLCODES];
} huffman;

/* Builds h from the code lengths; 0 for a complete code, >0 incomplete
 * (allowed for a lone distance code), <0 over-subscribed. */
static int huff_build(huffman *h, const short *length, int n)
{
    memset(h->count, 0, sizeof h->count);
    for (int s = 0; s < n; s++)
        h->count[length[s]]++;
    if (h->count[0] == n)
        return 0;
    int left = 1;
    for (int len = 1; len <= MAXBITS; len++) {
        left <<= 1;
        left -= h->count[len];
        if (left < 0)
            return left;
    }
    short offs[MAXBITS + 1];
    offs[1] = 0;
    for (int len = 1; len < MAXBITS; len++)
        offs[len + 1] = (short)(offs[len] + h->count[len]);
    for (int s = 0; s < n; s++)
        if (length[s])
            h->symbol[offs[length[s]]++] = (short)s;
    return left;
}

/* The next symbol coded with h: codes are read a bit at a time, compared
 * against the range of codes of the current length. -1 at the end of the
 * input, -2 for a code h does not have. */
static int huff_decode(inflater *s, const huffman *h)
{
    int code = 0, first = 0, index = 0;
    for (int len = 1; len <= MAXBITS; len++) {
        int32_t b = need(s, 1);
        if (b < 0)
            return -1;
        code |= (int)b;
        int count = h->count[len];
        if (code - count < first)
            return h->symbol[index + (code - first)];
        index += count;
        first += count;
        first <<= 1;
        code <<= 1;
    }
    return -2;
}

static const short len_base[29] = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                   31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
static const short len_extra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                    2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const short dist_base[30] = {1,    2,    3,    4,    5,    7,    9,    13,    17,    25,
                                    33,   49,   65,   97,   129,  193,  257,  385,   513,   769,
                                    1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
static const short dist_extra[30] = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                     6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

/* Decodes one block's symbols until its end code. 0, or -1 (s->err or
 * short input or out of memory set). */
static int codes(inflater *s, const huffman *lens, const huffman *dists)
{
    for (;;) {
        int sym = huff_decode(s, lens);
        if (sym < 0) {
            if (sym == -2)
                s->err = "invalid literal/length code";
            return -1;
        }
        if (sym < 256) {
            if (rt_strbuf_append_char(s->out, (char)sym) < 0)
                return -1;
            continue;
        }
        if (sym == 256)
            return 0;
        sym -= 257;
        if (sym >= 29) {
            s->err = "invalid literal/length code";
            return -1;
        }
        int32_t e = need(s, len_extra[sym]);
        if (e < 0)
            return -1;
        size_t len = (size_t)(len_base[sym] + e);
        int dsym = huff_decode(s, dists);
        if (dsym < 0) {
            if (dsym == -2)
                s->err = "invalid distance code";
            return -1;
        }
        if (dsym >= 30) {
            s->err = "invalid distance code";
            return -1;
        }
        e = need(s, dist_extra[dsym]);
        if (e < 0)
            return -1;
        size_t dist = (size_t)(dist_base[dsym] + e);
        if (dist > s->out->len) {
            s->err = "invalid distance too far back";
            return -1;
        }
        if (rt_strbuf_reserve(s->out, len) < 0)
            return -1;
        /* byte by byte: a match may overlap the bytes it copies */
        char *d = s->out->data;
        size_t at = s->out->len;
        for (size_t i = 0; i < len; i++)
            d[at + i] = d[at + i - dist];
        s->out->len = at + len;
        d[s->out->len] = 0;
    }
}

static int stored(inflater *s)
{
    s->bits = 0; /* to a byte boundary */
    s->nbits = 0;
    if (s->pos + 4 > s->n) {
        s->pos = s->n;
        s->short_input = 1;
        return -1;
    }
    unsigned len = s->in[s->pos] | (unsigned)s->in[s->pos + 1] << 8;
    unsigned nlen = s->in[s->pos + 2] | (unsigned)s->in[s->pos + 3] << 8;
    s->pos += 4;
    if (len != (~nlen & 0xffffu)) {
        s->err = "invalid stored block lengths";
        return -1;
    }
    size_t avail = s->n - s->pos < len ? s->n - s->pos : len;
    if (rt_strbuf_append(s->out, (const char *)s->in + s->pos, avail) < 0)
        return -1;
    s->pos += avail;
    if (avail < len) {
        s->short_input = 1;
        return -1;
    }
    return 0;
}

static void fixed_codes(huffman *lens, huffman *dists)
{
    short length[FIXLCODES];
    int sym = 0;
    for (; sym < 144; sym++)
        length[sym] = 8;
    for (; sym < 256; sym++)
        length[sym] = 9;
    for (; sym < 280; sym++)
        length[sym] = 7;
    for (; sym < FIXLCODES; sym++)
        length[sym] = 8;
    huff_build(lens, length, FIXLCODES);
    for (sym = 0; sym < MAXDCODES; sym++)
        length[sym] = 5;
    huff_build(dists, length, MAXDCODES);
}

static int dynamic(inflater *s)
{
    static const short order[19] = {16, 17, 18, 0, 8,  7, 9,  6, 10, 5,
                                    11, 4,  12, 3, 13, 2, 14, 1, 15};
    int32_t nlen = need(s, 5), ndist = nlen < 0 ? -1 : need(s, 5),
            ncode = ndist < 0 ? -1 : need(s, 4);
    if (ncode < 0)
        return -1;
    nlen += 257;
    ndist += 1;
    ncode += 4;
    if (nlen > MAXLCODES || ndist > MAXDCODES) {
        s->err = "too many length or distance symbols";
        return -1;
    }
    short lengths[MAXLCODES + MAXDCODES];
    int idx;
    for (idx = 0; idx < ncode; idx++) {
        int32_t b = need(s, 3);
        if (b < 0)
            return -1;
        lengths[order[idx]] = (short)b;
    }
    for (; idx < 19; idx++)
        lengths[order[idx]] = 0;
    huffman lencode, distcode;
    if (huff_build(&lencode, lengths, 19) != 0) {
        s->err = "invalid code lengths set";
        return -1;
    }
    idx = 0;
    while (idx < nlen + ndist) {
        int sym = huff_decode(s, &lencode);
        if (sym < 0) {
            if (sym == -2)
                s->err = "invalid code lengths set";
            return -1;
        }
        if (sym < 16) {
            lengths[idx++] = (short)sym;
            continue;
        }
        short len = 0;
        int32_t rep;
        if (sym == 16) {
            if (idx == 0) {
                s->err = "invalid bit length repeat";
                return -1;
            }
            len = lengths[idx - 1];
            rep = need(s, 2);
            rep = rep < 0 ? -1 : rep + 3;
        } else if (sym == 17) {
            rep = need(s, 3);
            rep = rep < 0 ? -1 : rep + 3;
        } else {
            rep = need(s, 7);
            rep = rep < 0 ? -1 : rep + 11;
        }
        if (rep < 0)
            return -1;
        if (idx + rep > nlen + ndist) {
            s->err = "invalid bit length repeat";
            return -1;
        }
        while (rep--)
            lengths[idx++] = len;
    }
    if (lengths[256] == 0) {
        s->err = "invalid code -- missing end-of-block";
        return -1;
    }
    int r = huff_build(&lencode, lengths, nlen);
    if (r < 0 || (r > 0 && nlen - lencode.count[0] != 1)) {
        s->err = "invalid literal/lengths set";
        return -1;
    }
    r = huff_build(&distcode, lengths + nlen, ndist);
    if (r < 0 || (r > 0 && ndist - distcode.count[0] != 1)) {
        s->err = "invalid distances set";
        return -1;
    }
    return codes(s, &lencode, &distcode);
}

/* Inflates blocks until the last one. 1 finished, 0 input ended first,
 * -1 data error (s->err) or out of memory (s->out->failed). */
static int inflate_blocks(inflater *s)
{
    int last;
    do {
        int32_t l = need(s, 1), type = l < 0 ? -1 : need(s, 2);
        if (type < 0)
            return 0;
        last = (int)l;
        int r;
        if (type == 0) {
            r = stored(s);
        } else if (type == 1) {
            huffman lens, dists;
            fixed_codes(&lens, &dists);
            r = codes(s, &lens, &dists);
        } else if (type == 2) {
            r = dynamic(s);
        } else {
            s->err = "invalid block type";
            return -1;
        }
        if (r < 0)
            return s->err || s->out->failed ? -1 : 0;
    } while (!last);
    return 1;
}

/* ---- deflate ------------------------------------------------------------------------ */

typedef struct bitwriter {
    rt_strbuf *out;
    uint32_t bits;
    int nbits;
} bitwriter;

static void put_bits(bitwriter *w, uint32_t v, int n)
{
    w->bits |= v << w->nbits;
    w->nbits += n;
    while (w->nbits >= 8) {
        rt_strbuf_append_char(w->out, (char)(w->bits & 0xff));
        w->bits >>= 8;
        w->nbits -= 8;
    }
}

/* a Huffman code is sent most significant bit first */
static void put_code(bitwriter *w, uint32_t code, int len)
{
    uint32_t rev = 0;
    for (int i = 0; i < len; i++)
        rev |= ((code >> i) & 1u) << (len - 1 - i);
    put_bits(w, rev, len);
}

static void put_literal(bitwriter *w, int sym)
{
    if (sym < 144)
        put_code(w, 0x30u + (uint32_t)sym, 8);
    else if (sym < 256)
        put_code(w, 0x190u + (uint32_t)(sym - 144), 9);
    else if (sym < 280)
        put_code(w, (uint32_t)(sym - 256), 7);
    else
        put_code(w, 0xc0u + (uint32_t)(sym - 280), 8);
}

static void put_match(bitwriter *w, size_t len, size_t dist)
{
    int i = 28;
    while (len_base[i] > (short)len)
        i--;
    put_literal(w, 257 + i);
    put_bits(w, (uint32_t)(len - (size_t)len_base[i]), len_extra[i]);
    int d = 29;
    while (dist_base[d] > (int)dist)
        d--;
    put_code(w, (uint32_t)d, 5);
    put_bits(w, (uint32_t)(dist - (size_t)(unsigned short)dist_base[d]), dist_extra[d]);
}

enum { WINDOW = 32768, HASH_BITS = 15, MIN_MATCH = 3, MAX_MATCH = 258 };

static uint32_t hash3(const uint8_t *p)
{
    return ((uint32_t)p[0] << 10 ^ (uint32_t)p[1] << 5 ^ p[2]) & ((1u << HASH_BITS) - 1u);
}

/* data as one fixed-Huffman block (level 1..9: how many earlier positions
 * with the same hash are tried), or stored blocks (level 0). 0, or -1 out of
 * memory. */
static int deflate_data(rt_strbuf *out, const uint8_t *p, size_t n, int level)
{
    bitwriter w = {out, 0, 0};
    if (level == 0) {
        size_t at = 0;
        do {
            size_t chunk = n - at > 65535 ? 65535 : n - at;
            put_bits(&w, at + chunk == n ? 1u : 0u, 1);
            put_bits(&w, 0, 2);
            if (w.nbits)
                put_bits(&w, 0, 8 - w.nbits);
            uint8_t hdr[4] = {(uint8_t)chunk, (uint8_t)(chunk >> 8), (uint8_t)~chunk,
                              (uint8_t)(~chunk >> 8)};
            rt_strbuf_append(out, (const char *)hdr, 4);
            rt_strbuf_append(out, (const char *)p + at, chunk);
            at += chunk;
        } while (at < n);
        return out->failed ? -1 : 0;
    }
    /* prev[i % WINDOW]: the previous position with i's hash (older entries are
     * overwritten: a chain stops at a position too far back or not before i) */
    int32_t *head = malloc(sizeof(int32_t) << HASH_BITS);
    int32_t *prev = malloc(sizeof(int32_t) * WINDOW);
    if (!head || !prev) {
        free(head);
        free(prev);
        return -1;
    }
    for (size_t i = 0; i < (size_t)1 << HASH_BITS; i++)
        head[i] = -1;
    int chain = level < 4 ? 4 : level < 7 ? 32 : 128;
    put_bits(&w, 1, 1); /* the last block */
    put_bits(&w, 1, 2); /* fixed codes */
    size_t i = 0;
    while (i < n) {
        size_t best = 0, bestd = 0;
        if (i + MIN_MATCH <= n) {
            uint32_t h = hash3(p + i);
            int32_t cand = head[h];
            size_t maxlen = n - i < MAX_MATCH ? n - i : MAX_MATCH;
            for (int c = 0; cand >= 0 && (size_t)cand < i && c < chain && i - (size_t)cand < WINDOW;
                 c++) {
                size_t l = 0;
                while (l < maxlen && p[(size_t)cand + l] == p[i + l])
                    l++;
                if (l > best) {
                    best = l;
                    bestd = i - (size_t)cand;
                    if (l == maxlen)
                        break;
                }
                cand = prev[(size_t)cand % WINDOW];
            }
            prev[i % WINDOW] = head[h];
            head[h] = (int32_t)i;
        }
        if (best >= MIN_MATCH) {
            put_match(&w, best, bestd);
            for (size_t k = 1; k < best; k++)
                if (i + k + MIN_MATCH <= n) {
                    uint32_t h = hash3(p + i + k);
                    prev[(i + k) % WINDOW] = head[h];
                    head[h] = (int32_t)(i + k);
                }
            i += best;
        } else {
            put_literal(&w, p[i]);
            i++;
        }
    }
    put_literal(&w, 256);
    if (w.nbits)
        put_bits(&w, 0, 8 - w.nbits);
    free(head);
    free(prev);
    return out->failed ? -1 : 0;
}

/* ---- the module's functions ---------------------------------------------------------------- */

static int data_arg(rt_state *rt, const char *fname, rt_value v, const uint8_t **p, size_t *n)
{
    if (rt_is_bytes(v)) {
        *p = (const uint8_t *)rt_bytes_data(v);
        *n = (size_t)rt_bytes_len(v);
        return 0;
    }
    if (rt_is_byteslike(v)) {
        *p = (const uint8_t *)rt_byteslike_data(v);
        *n = (size_t)rt_byteslike_len(v);
        return 0;
    }
    rt_raise(rt, RT_EXC_TypeError, "%s() argument 1 must be a bytes-like object, not '%s'", fname,
             rt_type_name(v));
    return -1;
}

/* _zlib.inflate(data): (output, consumed, status, message) for a raw
 * DEFLATE stream at the start of data. status 1: the stream ended after
 * `consumed` bytes; 0: data ended first (output is what was decoded);
 * -1: a data error named by message. */
static rt_value z_inflate(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "inflate", nargs, kwnames, 1, 1) < 0)
        return RT_NULL;
    const uint8_t *p;
    size_t n;
    if (data_arg(rt, "inflate", args[0], &p, &n) < 0)
        return RT_NULL;
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    inflater s = {p, n, 0, 0, 0, &sb, NULL, 0};
    int r = inflate_blocks(&s);
    if (sb.failed) {
        rt_strbuf_dispose(&sb);
        return rt_raise(rt, RT_EXC_MemoryError, "out of memory");
    }
    rt_value out = rt_bytes_take_strbuf(rt, &sb);
    rt_value used = out ? rt_int_from_i64(rt, (int64_t)s.pos) : RT_NULL;
    rt_value msg = used ? (s.err ? rt_str_from_cstr(rt, s.err) : RT_NONE) : RT_NULL;
    rt_value t = msg ? rt_tuple_new(rt, 4) : RT_NULL;
    if (!t) {
        rt_decref(rt, out);
        rt_decref(rt, used);
        rt_decref(rt, msg);
        return RT_NULL;
    }
    rt_tuple_set_steal(t, 0, out);
    rt_tuple_set_steal(t, 1, used);
    rt_tuple_set_steal(t, 2, rt_int_from_i64(rt, r));
    rt_tuple_set_steal(t, 3, msg);
    return t;
}

/* _zlib.deflate(data, level): a raw DEFLATE stream of data. */
static rt_value z_deflate(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "deflate", nargs, kwnames, 2, 2) < 0)
        return RT_NULL;
    const uint8_t *p;
    size_t n;
    int64_t level;
    if (data_arg(rt, "deflate", args[0], &p, &n) < 0 || rt_arg_index(rt, args[1], &level) < 0)
        return RT_NULL;
    rt_strbuf sb;
    rt_heap_strbuf_init(rt, &sb);
    if (deflate_data(&sb, p, n, level < 0 ? 6 : (int)level) < 0) {
        rt_strbuf_dispose(&sb);
        return rt_raise(rt, RT_EXC_MemoryError, "out of memory");
    }
    return rt_bytes_take_strbuf(rt, &sb);
}

/* _zlib.adler32(data, value): Adler-32 of data continuing from value. */
static rt_value z_adler32(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    (void)self;
    if (rt_args_range(rt, "adler32", nargs, kwnames, 2, 2) < 0)
        return RT_NULL;
    const uint8_t *p;
    size_t n;
    int64_t start;
    if (data_arg(rt, "adler32", args[0], &p, &n) < 0 || rt_arg_index(rt, args[1], &start) < 0)
        return RT_NULL;
    uint32_t a = (uint32_t)start & 0xffffu, b = ((uint32_t)start >> 16) & 0xffffu;
    while (n) {
        size_t k = n < 5552 ? n : 5552; /* no overflow of b before the modulo */
        n -= k;
        while (k--) {
            a += *p++;
            b += a;
        }
        a %= 65521u;
        b %= 65521u;
    }
    return rt_int_from_i64(rt, (int64_t)(b << 16 | a));
}

static const rt_builtin_def zlib_functions[] = {
    {"inflate", z_inflate},
    {"deflate", z_deflate},
    {"adler32", z_adler32},
    {NULL, NULL},
};

int rt__mod_zlib_fill(rt_state *rt, rt_value d)
{
    return rt__module_add_funcs(rt, d, zlib_functions);
}
