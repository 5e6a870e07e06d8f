"""fnmatch: shell-style wildcards (* ? [seq] [!seq]) matched against names: fnmatch,
fnmatchcase, filter, and translate, which gives the regular expression CPython 3.11 makes
of a pattern."""

import functools
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether name matches pat (after os.path.normcase, which changes nothing on POSIX)."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        return re.compile(bytes(translate(str(pat, "ISO-8859-1")), "ISO-8859-1")).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    """The names that match pat, in their order."""
    match = _compile_pattern(os.path.normcase(pat))
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Whether name matches pat, case included."""
    return _compile_pattern(pat)(name) is not None


_STAR = object()


def _bracket(pat, i, j):
    # the regular-expression class for pat[i:j], the inside of [...] (i after the '[')
    inside = pat[i:j]
    if "-" not in inside:
        inside = inside.replace("\\", r"\\")
    else:
        # split at the hyphens that make ranges, drop ranges that run backwards
        chunks = []
        k = i + 2 if pat[i] == "!" else i + 1
        while True:
            k = pat.find("-", k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        last = pat[i:j]
        if last:
            chunks.append(last)
        else:
            chunks[-1] += "-"
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        inside = "-".join(c.replace("\\", r"\\").replace("-", r"\-") for c in chunks)
    # set operations of future regular expressions (&&, ~~, ||) are escaped
    inside = re.sub(r"([&~|])", r"\\\1", inside)
    if not inside:
        return "(?!)"  # an empty class never matches
    if inside == "!":
        return "."  # a negated empty class matches any character
    if inside[0] == "!":
        return "[^" + inside[1:] + "]"
    if inside[0] in ("^", "["):
        return "[\\" + inside + "]"
    return "[" + inside + "]"


def translate(pat):
    """The regular expression (a str) that matches exactly what shell pattern pat does."""
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not pieces or pieces[-1] is not _STAR:  # runs of * are one
                pieces.append(_STAR)
        elif c == "?":
            pieces.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                pieces.append("\\[")
            else:
                pieces.append(_bracket(pat, i, j))
                i = j + 1
        else:
            pieces.append(re.escape(c))
    # Fixed text before the first *, then each * with the fixed text after it: between two
    # stars that text is found by the shortest match inside an atomic group, so a failing
    # match never backtracks into it.
    out = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1  # the star
        if i == n:
            out.append(".*")
            break
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            out.append(".*")
            out.append(fixed)
        else:
            out.append("(?>.*?%s)" % fixed)
    return r"(?s:%s)\Z" % "".join(out)
