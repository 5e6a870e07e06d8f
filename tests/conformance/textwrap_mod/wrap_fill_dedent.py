import textwrap

text = ("The quick brown fox jumps over the lazy dog. Python's textwrap module is "
        "well-known for state-of-the-art paragraph filling; supercalifragilisticexpialidocious "
        "words get broken, and e-mail addresses like someone@example.com stay whole.\tTabs too.")
for w in (10, 25, 40, 72):
    print(f"--- {w}")
    print(textwrap.fill(text, width=w))
print(textwrap.wrap(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 20, break_long_words=False))
print(textwrap.wrap(text, 20, break_on_hyphens=False))
print(textwrap.shorten(text, 50))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", 11))
print(textwrap.wrap(text, 40, max_lines=3))
print(textwrap.wrap(text, 40, max_lines=2, placeholder="..."))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("a  b", 10, drop_whitespace=False))
code = """
    def f(x):
        if x:
            return 1
  \t
        return 2
"""
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("    x\n  y\n")))
print(textwrap.indent("one\n\ntwo\n", "> "))
print(textwrap.indent("one\n\ntwo", "+", lambda line: True))
w = textwrap.TextWrapper(width=15, fix_sentence_endings=True)
print(w.wrap("Hello there. How are you? Fine."))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(e)
print(textwrap.fill("aaa-bbb-ccc-ddd eee-fff", 8))
print(textwrap.fill("re-do 12-34 x--y well---known a-b", 6))
