# shlex.split/quote/join as shells split command lines, and the shlex lexer's modes.
import shlex

for line in ['ls -la "My Documents"', "echo 'single quoted' and\\ escaped", 'grep -e "a\\"b" file',
             "cmd # a comment", "  spaced   out  ", "", 'nested "it\'s" \'say "hi"\'',
             "a\\\\b 'c\\d' \"e\\f\"", "x=1 y='two words' z=\"$HOME\"", "caf\u00e9 \u00fcber"]:
    print(repr(line), shlex.split(line), shlex.split(line, comments=True))
for bad in ['unclosed "quote', "trailing \\", "'also"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
print(shlex.split(None))
for word in ["simple", "with space", "it's", "", "$var", "a;b", "safe-chars_@%+=:,./", "\u00e9"]:
    print(repr(word), shlex.quote(word))
print(shlex.join(["echo", "hello world", "it's"]), shlex.split(shlex.join(["a b", "c'd", ""])))
lex = shlex.shlex("a = b + 'c d' # note\nnext_line(1, 2)")
print(list(lex))
lex = shlex.shlex("a = b + 'c d' # note", posix=True)
print(list(lex), lex.lineno)
lex = shlex.shlex("ls -l | grep x && echo done; (cd /tmp)", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("a=1 b>out.txt", posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("one two three")
print(lex.get_token(), lex.get_token())
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()), lex.error_leader("f", 3))
lex = shlex.shlex("k1:v1,k2:v2", posix=True)
lex.whitespace = ","
lex.whitespace_split = True
print(list(lex))
