# textwrap.TextWrapper: the constructor's attributes and defaults, max_lines with the
# placeholder (fits, does not fit, too large, the previous line taking it), indents and
# long words.
import textwrap
from textwrap import TextWrapper

w = TextWrapper()
for name in ('width', 'initial_indent', 'subsequent_indent', 'expand_tabs',
             'replace_whitespace', 'fix_sentence_endings', 'break_long_words',
             'drop_whitespace', 'break_on_hyphens', 'tabsize', 'max_lines', 'placeholder'):
    print(name, repr(getattr(w, name)))
w = TextWrapper(10, '> ', '. ', False, False, True, False, False, False, tabsize=4,
                max_lines=3, placeholder='~')
print(sorted(vars(w).items()))

text = ('The quick brown fox jumps over the lazy dog. It barks! Then a very-long-hyphenated-'
        'word appears\tafter a tab, and supercalifragilisticexpialidocious too.')
for width in (5, 8, 12, 20, 33):
    for max_lines in (1, 2, 3, None):
        for placeholder in (' [...]', '...', ''):
            try:
                out = textwrap.wrap(text, width=width, max_lines=max_lines,
                                    placeholder=placeholder, initial_indent='* ',
                                    subsequent_indent='  ')
            except ValueError as exc:
                out = 'ValueError: %s' % exc
            print(width, max_lines, repr(placeholder), out)
print(textwrap.wrap('aaa bbb ccc ddd', width=7, max_lines=2, placeholder=' ...'))
print(textwrap.wrap('aaa bbb     ', width=7, max_lines=1, placeholder='..'))
print(textwrap.wrap('a b c d e f g h', width=5, max_lines=2, placeholder=' [..]'))
print(textwrap.shorten('Hello  world!   How are you?', width=12))
print(textwrap.shorten('Hello world', width=11))
try:
    textwrap.shorten('Hello world', width=3)
except ValueError as exc:
    print('ValueError', exc)
try:
    TextWrapper(width=0).wrap('x')
except ValueError as exc:
    print('ValueError', exc)
print(TextWrapper(width=6, break_long_words=False).wrap('abcdefghij klm'))
print(TextWrapper(width=6, drop_whitespace=False).wrap('  ab  cd   ef  '))
print(TextWrapper(width=30, fix_sentence_endings=True).fill('Dr. Who. Yes!  No? x. y'))
print(TextWrapper(width=10, expand_tabs=True, tabsize=3).wrap('a\tb\tc\td\te\tf'))
print(TextWrapper(width=10, replace_whitespace=False).wrap('a\nb c\vd e f g'))
