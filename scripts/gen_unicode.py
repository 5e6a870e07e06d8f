#!/usr/bin/env python3
"""Writes the Unicode tables closured needs from the build machine's
unicodedata (a build step: python3 is a build dependency, scripts/deps.sh):

- the character names, for "\\N{...}" escapes and the unicodedata module:
  a lexicon of the words of all names (most frequent first, so the common
  ones encode in one byte) and, by code point, each name as word codes;
  names made of a prefix and the code point in hex (CJK UNIFIED
  IDEOGRAPH-4E00...) as ranges per prefix; Hangul syllables are composed in
  C from their jamo, as the Unicode standard defines them;
- the code points with a decimal, digit and numeric value (str.isdecimal,
  isdigit, isnumeric, and the digits int() and float() accept), and the
  numeric values themselves as runs of consecutive values (fractions);
- the case mappings of str.lower/upper/title/casefold for every code point
  whose mappings are not itself (full mappings: 'ß'.upper() is "SS"), and
  the case classes (uppercase, lowercase, titlecase, cased, case-ignorable,
  alphabetic) as runs, taken from Python's own str methods;
- the name aliases and named sequences (NameAliases.txt, NamedSequences.txt
  of Debian's unicode-data package) that this Python's unicodedata.lookup
  accepts;
- the unicodedata properties: general category, bidirectional class, East
  Asian width, mirrored and canonical combining class, as runs of code points
  sharing one record of the five; the decomposition mappings as their text
  ("<compat> 0020 0308"), by code point; the canonical composition pairs
  (primary composites only: the exclusions are left out).

Usage: gen_unicode.py OUT.c
"""

import collections
import os
import re
import sys
import unicodedata

MAX_CP = 0x110000


def ranges(cps):
    """Sorted code points as [start, end] runs."""
    out = []
    for cp in cps:
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def c_bytes(name, data):
    lines = []
    for i in range(0, len(data), 24):
        lines.append("    " + ",".join(str(b) for b in data[i:i + 24]) + ",")
    return "const unsigned char %s[%d] = {\n%s\n};\n" % (name, max(len(data), 1),
                                                         "\n".join(lines) or "    0")


def c_u32(name, values, per_line=8):
    lines = []
    for i in range(0, len(values), per_line):
        lines.append("    " + ", ".join("0x%X" % v for v in values[i:i + per_line]) + ",")
    return "const uint32_t %s[%d] = {\n%s\n};\n" % (name, max(len(values), 1),
                                                    "\n".join(lines) or "    0")


def case_tables():
    """(case_cps, case_maps, multi, flag_starts, flag_values)."""
    case_cps, case_maps, multi = [], [], []
    multi_index = {}

    def mapping(s):
        if len(s) == 1:
            return ord(s)
        key = tuple(ord(c) for c in s)
        if key not in multi_index:
            multi_index[key] = len(multi)
            multi.extend([len(key)] + list(key))
        return 0x80000000 | multi_index[key]

    flag_starts, flag_values = [], []
    for cp in range(MAX_CP):
        ch = chr(cp)
        cat = unicodedata.category(ch)
        if cat in ("Cn", "Co", "Cs"):  # unassigned, private use, surrogates: no case
            f = 0
            if not flag_values or flag_values[-1] != f:
                flag_starts.append(cp)
                flag_values.append(f)
            continue
        maps = (ch.lower(), ch.upper(), ch.title(), ch.casefold())
        if maps != (ch, ch, ch, ch):
            case_cps.append(cp)
            case_maps.extend(mapping(m) for m in maps)
        upper, lower = ch.isupper(), ch.islower()
        title = cat == "Lt"
        cased = upper or lower or title
        if cased:
            ignorable = ("A\u03a3" + ch).lower()[1] == "\u03c2"
        else:
            ignorable = ("A\u03a3" + ch + "A").lower()[1] == "\u03c3"
        # XID_Start and XID_Continue (Other_ID_Start/Continue included), as str.isidentifier
        # reads them: a character alone, and after a letter
        xid_start, xid_continue = ch.isidentifier(), ("a" + ch).isidentifier()
        f = upper | lower << 1 | title << 2 | cased << 3 | ignorable << 4 | ch.isalpha() << 5 \
            | xid_start << 6 | xid_continue << 7
        if not flag_values or flag_values[-1] != f:
            flag_starts.append(cp)
            flag_values.append(f)
    return case_cps, case_maps, multi, flag_starts, flag_values
UCD_DIR = "/usr/share/unicode"  # Debian's unicode-data package (scripts/deps.sh)


def ucd_lines(name):
    """The data lines of a UCD file as lists of fields; [] (with a warning) when the file is
    missing: the build then knows no aliases or named sequences."""
    path = os.path.join(UCD_DIR, name)
    if not os.path.exists(path):
        print("gen_unicode.py: %s missing (package unicode-data): no %s" % (path, name),
              file=sys.stderr)
        return []
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                out.append([x.strip() for x in line.split(";")])
    return out


def alias_tables():
    """The name aliases and named sequences this Python's unicodedata.lookup accepts
    (the package may be of a later Unicode version: what Python rejects is left out),
    sorted by name: [(name, [code points])] each."""
    aliases, sequences = [], []
    for cp, alias, _kind in ucd_lines("NameAliases.txt"):
        try:
            if unicodedata.lookup(alias) == chr(int(cp, 16)):
                aliases.append((alias, [int(cp, 16)]))
        except KeyError:
            pass
    for name, cps in ucd_lines("NamedSequences.txt"):
        seq = [int(c, 16) for c in cps.split()]
        try:
            if unicodedata.lookup(name) == "".join(map(chr, seq)):
                sequences.append((name, seq))
        except KeyError:
            pass
    return sorted(aliases), sorted(sequences)


def c_named(prefix, entries):
    """names (NUL-terminated, in one blob), their offsets, and the code points of each
    (offsets into one array)."""
    blob, name_offsets, cps, cp_offsets = bytearray(), [], [], []
    for name, seq in entries:
        name_offsets.append(len(blob))
        blob += name.encode("ascii") + b"\0"
        cp_offsets.append(len(cps))
        cps.extend(seq)
    cp_offsets.append(len(cps))
    return (c_bytes(prefix + "_names", blob) + c_u32(prefix + "_name_offsets", name_offsets)
            + c_u32(prefix + "_cps", cps) + c_u32(prefix + "_cp_offsets", cp_offsets)
            + "const uint32_t %s_count = %d;\n" % (prefix, len(entries)))


def main(out_path):
    names = {}
    algorithmic = collections.defaultdict(list)  # prefix -> code points
    for cp in range(MAX_CP):
        n = unicodedata.name(chr(cp), None)
        if n is None:
            continue
        if n.startswith("HANGUL SYLLABLE ") and 0xAC00 <= cp <= 0xD7A3:
            continue  # composed from the jamo in C
        m = re.match(r"^(.*-)([0-9A-F]{4,6})$", n)
        if m and int(m.group(2), 16) == cp:
            algorithmic[m.group(1)].append(cp)
            continue
        names[cp] = n

    freq = collections.Counter(w for n in names.values() for w in n.split(" "))
    lexicon = [w for w, _ in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))]
    assert len(lexicon) < 0x8000
    code = {w: i for i, w in enumerate(lexicon)}

    def enc(i):
        return bytes([i]) if i < 0x80 else bytes([0x80 | (i >> 8), i & 0xFF])

    # entries: varint(code point delta), word count, word codes
    stream = bytearray()
    prev = -1
    for cp in sorted(names):
        delta = cp - prev
        prev = cp
        while delta >= 0x80:
            stream.append(0x80 | (delta & 0x7F))
            delta >>= 7
        stream.append(delta)
        words = names[cp].split(" ")
        assert len(words) < 256
        stream.append(len(words))
        for w in words:
            stream += enc(code[w])

    blob = bytearray()
    offsets = []
    for w in lexicon:
        offsets.append(len(blob))
        blob += w.encode("ascii")
    offsets.append(len(blob))
    by_spelling = sorted(range(len(lexicon)), key=lambda i: lexicon[i])

    prefixes = sorted(algorithmic)
    alg_ranges = []  # (prefix index, start, end)
    for pi, p in enumerate(prefixes):
        for start, end in ranges(algorithmic[p]):
            alg_ranges.append((pi, start, end))

    decimal_starts = [cp for cp in range(MAX_CP) if unicodedata.decimal(chr(cp), None) == 0]
    for s in decimal_starts:  # each decimal digit run is 0..9
        assert all(unicodedata.decimal(chr(s + k), None) == k for k in range(10))
    digits = ranges([cp for cp in range(MAX_CP) if unicodedata.digit(chr(cp), None) is not None])
    numeric = ranges([cp for cp in range(MAX_CP)
                      if unicodedata.numeric(chr(cp), None) is not None])

    # numeric values: runs of consecutive code points whose values go up by one
    num_runs = []  # (start, end, numerator of the first value, denominator)
    from fractions import Fraction
    for cp in range(MAX_CP):
        v = unicodedata.numeric(chr(cp), None)
        if v is None:
            continue
        f = Fraction(v).limit_denominator(1000)
        assert float(f) == v
        if num_runs:
            start, end, num, den = num_runs[-1]
            if end == cp - 1 and f.denominator == den and \
                    Fraction(num, den) + (cp - start) == f:
                num_runs[-1][1] = cp
                continue
        num_runs.append([cp, cp, f.numerator, f.denominator])

    # the five properties as runs over records
    cats = sorted({unicodedata.category(chr(cp)) for cp in range(MAX_CP)})
    bidis = sorted({unicodedata.bidirectional(chr(cp)) for cp in range(MAX_CP)})
    eaws = sorted({unicodedata.east_asian_width(chr(cp)) for cp in range(MAX_CP)})
    records = {}
    prop_starts = []
    prop_recs = []
    for cp in range(MAX_CP):
        ch = chr(cp)
        rec = (cats.index(unicodedata.category(ch)), bidis.index(unicodedata.bidirectional(ch)),
               eaws.index(unicodedata.east_asian_width(ch)), unicodedata.mirrored(ch),
               unicodedata.combining(ch))
        ri = records.setdefault(rec, len(records))
        if not prop_recs or prop_recs[-1] != ri:
            prop_starts.append(cp)
            prop_recs.append(ri)
    rec_list = sorted(records, key=records.get)
    assert len(rec_list) < 0x10000

    decomp_cps = []
    decomp_offsets = []
    decomp_text = bytearray()
    for cp in range(MAX_CP):
        d = unicodedata.decomposition(chr(cp))
        if d:
            decomp_cps.append(cp)
            decomp_offsets.append(len(decomp_text))
            decomp_text += d.encode("ascii")
    decomp_offsets.append(len(decomp_text))

    compose = []  # (first, second, composite), sorted
    for cp in decomp_cps:
        d = unicodedata.decomposition(chr(cp))
        if d.startswith("<"):
            continue
        parts = [int(x, 16) for x in d.split()]
        if len(parts) != 2:
            continue
        if unicodedata.normalize("NFC", "".join(chr(x) for x in parts)) != chr(cp):
            continue  # a composition exclusion
        compose.append((parts[0], parts[1], cp))
    compose.sort()

    case_cps, case_maps, case_multi, flag_starts, flag_values = case_tables()
    aliases, sequences = alias_tables()

    def c_strings(name, values):
        return "const char *const %s[%d] = {%s};\n" % (
            name, len(values), ", ".join('"%s"' % v for v in values))

    out = []
    out.append("/* Generated by scripts/gen_unicode.py from unicodedata %s: do not edit. */\n"
               % unicodedata.unidata_version)
    out.append("#include <stdint.h>\n\n#include \"runtime/unidata.h\"\n\n")
    out.append("const char rt__uc_version[] = \"%s\";\n" % unicodedata.unidata_version)
    out.append(c_bytes("rt__uc_name_words", blob))
    out.append(c_u32("rt__uc_name_word_offsets", offsets))
    out.append("const uint32_t rt__uc_name_nwords = %d;\n" % len(lexicon))
    out.append(c_u32("rt__uc_name_words_sorted", by_spelling))
    out.append(c_bytes("rt__uc_name_entries", stream))
    out.append("const uint32_t rt__uc_name_entries_len = %d;\n" % len(stream))
    out.append("const char *const rt__uc_prefixes[%d] = {%s};\n"
               % (len(prefixes), ", ".join('"%s"' % p for p in prefixes)))
    out.append(c_u32("rt__uc_prefix_ranges", [v for r in alg_ranges for v in r], 9))
    out.append("const uint32_t rt__uc_prefix_nranges = %d;\n" % len(alg_ranges))
    out.append(c_u32("rt__uc_decimal_starts", decimal_starts))
    out.append("const uint32_t rt__uc_ndecimal = %d;\n" % len(decimal_starts))
    out.append(c_u32("rt__uc_digit_ranges", [v for r in digits for v in r]))
    out.append("const uint32_t rt__uc_ndigit = %d;\n" % len(digits))
    out.append(c_u32("rt__uc_numeric_ranges", [v for r in numeric for v in r]))
    out.append("const uint32_t rt__uc_nnumeric = %d;\n" % len(numeric))
    out.append(c_u32("rt__uc_numval_runs", [r[0] for r in num_runs] + [r[1] for r in num_runs]
                     + [r[3] for r in num_runs]))
    out.append("const int64_t rt__uc_numval_first[%d] = {%s};\n"
               % (len(num_runs), ", ".join("%dLL" % r[2] for r in num_runs)))
    out.append("const uint32_t rt__uc_nnumval = %d;\n" % len(num_runs))
    out.append(c_strings("rt__uc_categories", cats))
    out.append(c_strings("rt__uc_bidi_classes", bidis))
    out.append(c_strings("rt__uc_eaw_classes", eaws))
    out.append(c_bytes("rt__uc_prop_records", [v for rec in rec_list for v in rec]))
    out.append(c_u32("rt__uc_prop_starts", prop_starts))
    out.append("const uint16_t rt__uc_prop_rec[%d] = {%s};\n"
               % (len(prop_recs), ",".join(str(r) for r in prop_recs)))
    out.append("const uint32_t rt__uc_nprops = %d;\n" % len(prop_starts))
    out.append(c_u32("rt__uc_decomp_cps", decomp_cps))
    out.append(c_u32("rt__uc_decomp_offsets", decomp_offsets))
    out.append(c_bytes("rt__uc_decomp_text", decomp_text))
    out.append("const uint32_t rt__uc_ndecomp = %d;\n" % len(decomp_cps))
    out.append(c_u32("rt__uc_compose", [v for t in compose for v in t], 9))
    out.append("const uint32_t rt__uc_ncompose = %d;\n" % len(compose))
    out.append(c_u32("rt__uc_case_cps", case_cps))
    out.append(c_u32("rt__uc_case_maps", case_maps))
    out.append(c_u32("rt__uc_case_multi", case_multi))
    out.append("const uint32_t rt__uc_ncase = %d;\n" % len(case_cps))
    out.append(c_u32("rt__uc_flag_starts", flag_starts))
    out.append(c_bytes("rt__uc_flag_values", flag_values))
    out.append("const uint32_t rt__uc_nflags = %d;\n" % len(flag_starts))
    out.append(c_named("rt__uc_alias", aliases))
    out.append(c_named("rt__uc_seq", sequences))
    with open(out_path, "w", encoding="ascii") as f:
        f.write("".join(out))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip())
    main(sys.argv[1])
