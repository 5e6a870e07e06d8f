import difflib

a = ["one\n", "two\n", "three\n", "four\n", "five\n"]
b = ["zero\n", "one\n", "tree\n", "four\n", "five\n", "six\n"]
print("".join(difflib.ndiff(a, b)), end="")
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt")), end="")
print(list(difflib.unified_diff(["x"], ["y"], lineterm="")))
print(list(difflib.unified_diff(a, a)))

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes(), round(s.ratio(), 4), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.find_longest_match(0, 29, 0, 38))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print(tag, i1, i2, j1, j2)

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheels", "whale", "with", "heel"], n=2))

# popular elements are junk from 200 items on
long_a = "x" * 300 + "abc"
long_b = "x" * 299 + "abd"
sm = difflib.SequenceMatcher(None, long_a, long_b)
print(len(sm.bpopular), sm.get_opcodes()[:3])
sm = difflib.SequenceMatcher(None, long_a, long_b, autojunk=False)
print(sm.get_opcodes())

text1 = """  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
""".splitlines(keepends=True)
text2 = """  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
""".splitlines(keepends=True)
print("".join(difflib.ndiff(text1, text2)), end="")
print(list(difflib.ndiff(["\tabc\n"], ["\tabd\n"])))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK("  # \n"), difflib.IS_LINE_JUNK("x"))
groups = list(difflib.SequenceMatcher(None, list(range(20)), list(range(5)) + [99] + list(range(6, 20))).get_grouped_opcodes(2))
print(groups)
