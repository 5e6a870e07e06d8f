"""textwrap for closured: wrapping and filling paragraphs, dedent and indent.

TextWrapper splits text into words and the whitespace between them (words
with hyphens break after a hyphen between letters) and fills lines of at
most `width` columns the way CPython's does, with its options (indents,
break_long_words, break_on_hyphens, drop_whitespace, max_lines and
placeholder, tabsize, expand_tabs, replace_whitespace)."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return (c.isalnum() or c == '_') and not c.isdigit()


def _is_word_punct(c):
    return c.isalnum() or c in '_!"\'&.,?'


def _hyphen_breaks(text, k):
    """Whether a word may break after the hyphen text[k]: two letters (or
    letter, hyphen, letter) before it and a letter, maybe a hyphen, and a
    letter after it."""
    before = (k >= 2 and _is_letter(text[k - 1]) and _is_letter(text[k - 2])) or \
        (k >= 3 and _is_letter(text[k - 1]) and text[k - 2] == '-' and _is_letter(text[k - 3]))
    if not before or k + 1 >= len(text) or not _is_letter(text[k + 1]):
        return False
    m = k + 2
    if m < len(text) and text[m] == '-':
        m += 1
    return m < len(text) and _is_letter(text[m])


def _dash_follows(text, k):
    """Whether two or more hyphens and then a word character start at text[k]."""
    m = k
    while m < len(text) and text[m] == '-':
        m += 1
    return m - k >= 2 and m < len(text) and _is_word_char(text[m])


class TextWrapper:
    """Wraps paragraphs of text; the attributes are wrap()'s options."""

    sentence_end = '.!?'

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        options = dict(width=width, initial_indent=initial_indent,
                       subsequent_indent=subsequent_indent, expand_tabs=expand_tabs,
                       replace_whitespace=replace_whitespace,
                       fix_sentence_endings=fix_sentence_endings,
                       break_long_words=break_long_words, drop_whitespace=drop_whitespace,
                       break_on_hyphens=break_on_hyphens, tabsize=tabsize,
                       max_lines=max_lines, placeholder=placeholder)
        for name, value in options.items():
            setattr(self, name, value)

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for ch in _whitespace:
                if ch != ' ':
                    text = text.replace(ch, ' ')
        return text

    def _split(self, text):
        """The chunks of text: runs of whitespace, words, and (with
        break_on_hyphens) word parts ending in a hyphen between letters and
        dashes (two or more hyphens) between words, as CPython's wordsep_re."""
        chunks = []
        n = len(text)
        i = 0
        hyphens = self.break_on_hyphens
        while i < n:
            j = i
            if text[i] in _whitespace:
                while j < n and text[j] in _whitespace:
                    j += 1
                chunks.append(text[i:j])
                i = j
                continue
            if not hyphens:
                while j < n and text[j] not in _whitespace:
                    j += 1
                chunks.append(text[i:j])
                i = j
                continue
            if text[i] == '-' and i > 0 and _is_word_punct(text[i - 1]):
                while j < n and text[j] == '-':
                    j += 1
                if j - i >= 2 and j < n and _is_word_char(text[j]):
                    chunks.append(text[i:j])
                    i = j
                    continue
            k = i + 1
            while True:
                if k < n and text[k] == '-' and _hyphen_breaks(text, k):
                    end = k + 1
                    break
                if k == n or text[k] in _whitespace:
                    end = k
                    break
                if _is_word_punct(text[k - 1]) and _dash_follows(text, k):
                    end = k
                    break
                k += 1
            chunks.append(text[i:end])
            i = end
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            c = chunks[i]
            if (chunks[i + 1] == " " and len(c) >= 2 and c[-1] in self.sentence_end
                    and c[-2].islower()) or (len(c) >= 3 and c[-1] in '"\'' and
                                               c[-2] in self.sentence_end and c[-3].islower()):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            # The placeholder may end up alone on a line: it must fit beside an indent.
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        chunks.reverse()  # taken from the end from here on
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                chunks.pop()
            line, used = self._take_line(chunks, width)
            if not line:
                continue
            if self._line_allowed(lines, chunks, used, width):
                lines.append(indent + ''.join(line))
            else:
                self._end_with_placeholder(lines, line, used, indent, width)
                break
        return lines

    def _take_line(self, chunks, width):
        """Pops from chunks (reversed) the pieces of the next line, at most width columns
        unless a long word must go somewhere; (pieces, their total length)."""
        line, used = [], 0
        while chunks and used + len(chunks[-1]) <= width:
            used += len(chunks[-1])
            line.append(chunks.pop())
        if chunks and len(chunks[-1]) > width:
            self._handle_long_word(chunks, line, used, width)
            used = sum(map(len, line))
        if self.drop_whitespace and line and line[-1].strip() == '':
            used -= len(line.pop())
        return line, used

    def _line_allowed(self, lines, chunks, used, width):
        """Whether the next line is kept as it is: max_lines leaves room for more after
        it, or it is the last of the text (at most whitespace to drop follows) and fits."""
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        text_left = chunks and not (self.drop_whitespace and len(chunks) == 1 and
                                    not chunks[0].strip())
        return not text_left and used <= width

    def _end_with_placeholder(self, lines, line, used, indent, width):
        """Ends the output with the placeholder: after the last word of line that leaves
        room for it, else after the previous line if it fits there, else alone."""
        mark = self.placeholder
        while line:
            if line[-1].strip() and used + len(mark) <= width:
                lines.append(indent + ''.join(line) + mark)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(indent + mark.lstrip())

    def wrap(self, text):
        """The lines of text, each at most width long, without final newlines."""
        chunks = self._split(self._munge_whitespace(text))
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """wrap(text) joined into one str with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The lines of text wrapped to width (TextWrapper's options as keywords)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """text wrapped to width as one str."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text collapsed and truncated to fit width, ending in the placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """text without the whitespace prefix common to all its non-blank lines
    (lines of only spaces and tabs become empty)."""
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if line and not line.strip(' \t'):
            lines[i] = ''
    margin = None
    for line in lines:
        if not line:
            continue
        lead = _leading(line)
        if lead == line:
            continue
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            k = 0
            while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """prefix added to the lines of text for which predicate(line) is true
    (by default, the lines that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
