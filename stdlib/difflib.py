"""difflib for closured: SequenceMatcher (the longest-matching-block
algorithm with junk and popular-element heuristics, matching blocks, opcodes,
ratios), Differ and ndiff (line diffs with '?' lines marking the changes in
similar lines), restore, unified_diff, context_diff, diff_bytes and
get_close_matches, producing the same output as CPython's difflib. Not
provided: HtmlDiff.
Written for closured."""

from collections import namedtuple as _namedtuple
from heapq import nlargest as _nlargest

__all__ = ['get_close_matches', 'ndiff', 'SequenceMatcher', 'Differ', 'IS_CHARACTER_JUNK',
           'IS_LINE_JUNK', 'unified_diff', 'context_diff', 'diff_bytes', 'restore', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    """Compares two sequences of hashable elements: the longest matching
    blocks, found recursively either side of each, with b's junk elements
    (isjunk) and, for b of 200 or more, its elements making more than 1% of
    it (autojunk) never starting a match."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # where each element of b occurs, without the junk and popular ones
        positions = {}
        for j, elt in enumerate(self.b):
            positions.setdefault(elt, []).append(j)
        self.bjunk = junk = set()
        if self.isjunk:
            for elt in positions:
                if self.isjunk(elt):
                    junk.add(elt)
            for elt in junk:
                del positions[elt]
        self.bpopular = popular = set()
        n = len(self.b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            for elt, where in positions.items():
                if len(where) > limit:
                    popular.add(elt)
            for elt in popular:
                del positions[elt]
        self.b2j = positions

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest block a[i:i+k] == b[j:j+k] in a[alo:ahi], b[blo:bhi]
        (the earliest in a, then in b), extended over adjacent junk."""
        a, b, b2j, is_junk = self.a, self.b, self.b2j, self.bjunk.__contains__
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        besti, bestj, bestsize = alo, blo, 0
        run_at = {}  # j -> length of the match ending at a[i-1], b[j]
        for i in range(alo, ahi):
            new_run_at = {}
            for j in b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = new_run_at[j] = run_at.get(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            run_at = new_run_at
        # grow the block over equal non-junk elements, then over equal junk
        while (besti > alo and bestj > blo and not is_junk(b[bestj - 1]) and
               a[besti - 1] == b[bestj - 1]):
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while (besti + bestsize < ahi and bestj + bestsize < bhi and
               not is_junk(b[bestj + bestsize]) and a[besti + bestsize] == b[bestj + bestsize]):
            bestsize += 1
        while (besti > alo and bestj > blo and is_junk(b[bestj - 1]) and
               a[besti - 1] == b[bestj - 1]):
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while (besti + bestsize < ahi and bestj + bestsize < bhi and
               is_junk(b[bestj + bestsize]) and a[besti + bestsize] == b[bestj + bestsize]):
            bestsize += 1
        return Match(besti, bestj, bestsize)

    def get_matching_blocks(self):
        """The matching blocks in order, adjacent ones merged, ending with
        (len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        queue = [(0, la, 0, lb)]
        found = []
        while queue:
            alo, ahi, blo, bhi = queue.pop()
            i, j, k = m = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(m)
                if alo < i and blo < j:
                    queue.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    queue.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in found:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((la, lb, 0))
        self.matching_blocks = [Match(*t) for t in merged]
        return self.matching_blocks

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) steps turning a into b: 'replace',
        'delete', 'insert' and 'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        self.opcodes = steps = []
        for ai, bj, size in self.get_matching_blocks():
            # what lies between the last block and this one changed
            if i < ai:
                steps.append(('replace' if j < bj else 'delete', i, ai, j, bj))
            elif j < bj:
                steps.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                steps.append(('equal', ai, i, bj, j))
        return steps

    def get_grouped_opcodes(self, n=3):
        """The opcodes in groups of changes with up to n lines of context."""
        codes = self.get_opcodes()
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > n + n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        matches = sum(m.size for m in self.get_matching_blocks())
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio(): the elements a and b have in common."""
        if self.fullbcount is None:
            self.fullbcount = counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
        left = {}
        matches = 0
        for elt in self.a:
            have = left[elt] if elt in left else self.fullbcount.get(elt, 0)
            left[elt] = have - 1
            if have > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The (up to n) possibilities most like word, best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        if s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff and s.ratio() >= cutoff:
            scored.append((s.ratio(), x))
    return [x for score, x in _nlargest(n, scored)]


def _keep_original_ws(s, tags):
    """tags with the whitespace of s kept where tags has a blank."""
    out = []
    for i in range(min(len(s), len(tags))):
        c, t = s[i], tags[i]
        out.append(c if t == " " and c.isspace() else t)
    return ''.join(out)


# Differ's marks under the characters of two similar lines, per opcode:
# (under the first line's characters, under the second's)
_MARKS = {'replace': ('^', '^'), 'delete': ('-', ''), 'insert': ('', '+'), 'equal': (' ', ' ')}


class Differ:
    """Line diffs: '- ' and '+ ' lines, '  ' for common ones, and for a
    pair of similar lines (ratio at least 0.75) '? ' lines marking the
    characters that differ."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # the most similar (not identical) pair of lines, if similar enough,
        # else the first identical pair, splits the block in two
        best_ratio, cutoff = 0.74, 0.75
        chars = SequenceMatcher(self.charjunk)
        eqi = eqj = None
        best_i = best_j = None
        for j in range(blo, bhi):
            bj = b[j]
            chars.set_seq2(bj)
            for i, ai in enumerate(a[alo:ahi], alo):
                if ai == bj:
                    # identical lines only serve when no pair is similar enough
                    if eqi is None:
                        eqi, eqj = i, j
                    continue
                chars.set_seq1(ai)
                if (chars.real_quick_ratio() > best_ratio and chars.quick_ratio() > best_ratio
                        and chars.ratio() > best_ratio):
                    best_ratio, best_i, best_j = chars.ratio(), i, j
        if best_ratio < cutoff:
            if eqi is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j, best_ratio = eqi, eqj, 1.0
        else:
            eqi = None
        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        aelt, belt = a[best_i], b[best_j]
        if eqi is None:
            # a mark under each character of the pair: its opcode's (see _MARKS)
            chars.set_seqs(aelt, belt)
            under_a, under_b = [], []
            for tag, ai1, ai2, bj1, bj2 in chars.get_opcodes():
                mark_a, mark_b = _MARKS[tag]
                under_a.append(mark_a * (ai2 - ai1))
                under_b.append(mark_b * (bj2 - bj1))
            yield from self._qformat(aelt, belt, ''.join(under_a), ''.join(under_b))
        else:
            yield '  ' + aelt
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        yield "- " + aline
        if atags:
            yield "? %s\n" % atags
        yield "+ " + bline
        if btags:
            yield "? %s\n" % btags


def IS_LINE_JUNK(line):
    """True for a blank line or one holding only '#' (and whitespace)."""
    return line.strip() in ('', '#')


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    return ch in ws


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    return Differ(linejunk, charjunk).compare(a, b)


def _unified_range(start, stop):
    first = start + 1
    length = stop - start
    if length == 1:
        return '%d' % first
    if not length:
        first -= 1
    return '%d,%d' % (first, length)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """The lines of a unified diff (---, +++, @@ hunks) from a to b."""
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fromdate = '\t%s' % fromfiledate if fromfiledate else ''
            todate = '\t%s' % tofiledate if tofiledate else ''
            yield '--- %s%s%s' % (fromfile, fromdate, lineterm)
            yield '+++ %s%s%s' % (tofile, todate, lineterm)
        first, last = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_unified_range(first[1], last[2]),
                                   _unified_range(first[3], last[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag in ('replace', 'delete'):
                for line in a[i1:i2]:
                    yield '-' + line
            if tag in ('replace', 'insert'):
                for line in b[j1:j2]:
                    yield '+' + line


def _context_range(start, stop):
    # 'first,last' (1-based, inclusive); one line is just its number, none
    # is the line before
    length = stop - start
    first = start + 1 if length else start
    if length <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + length - 1)


_CONTEXT_MARKS = {'equal': '  ', 'replace': '! ', 'delete': '- ', 'insert': '+ '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """The lines of a context diff (***, --- and a before and after block per
    hunk) from a to b."""
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fromdate = '\t%s' % fromfiledate if fromfiledate else ''
            todate = '\t%s' % tofiledate if tofiledate else ''
            yield '*** %s%s%s' % (fromfile, fromdate, lineterm)
            yield '--- %s%s%s' % (tofile, todate, lineterm)
        tags = set(op[0] for op in group)
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_range(group[0][1], group[-1][2]), lineterm)
        if tags & {'replace', 'delete'}:
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_MARKS[tag] + line
        yield '--- %s ----%s' % (_context_range(group[0][3], group[-1][4]), lineterm)
        if tags & {'replace', 'insert'}:
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_MARKS[tag] + line


def restore(delta, which):
    """One of the two sequences an ndiff() or Differ.compare() delta was made
    from: which is 1 for the first, 2 for the second."""
    marks = {1: '- ', 2: '+ '}
    try:
        mine = marks[int(which)]
    except (KeyError, ValueError, TypeError):
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % (which,)) from None
    for line in delta:
        if line[:2] == '  ' or line[:2] == mine:
            yield line[2:]


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'', n=3,
               lineterm=b'\n'):
    """dfunc (unified_diff or context_diff) over bytes: every argument and
    every line of the result is bytes."""
    def text(v):
        if not isinstance(v, (bytes, bytearray)):
            raise TypeError('all arguments must be bytes, not %s (%r)' % (type(v).__name__, v))
        return bytes(v).decode('latin-1')  # one char per byte, both ways
    lines = dfunc([text(x) for x in a], [text(x) for x in b], text(fromfile), text(tofile),
                  text(fromfiledate), text(tofiledate), n, text(lineterm))
    for line in lines:
        yield line.encode('latin-1')
