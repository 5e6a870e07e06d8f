print(abs(-5), abs(5), abs(-0.0), abs(-2.5), abs(True))
print(chr(65), chr(97), chr(48), chr(10) == "\n", chr(8364))
print(ord("A"), ord("a"), ord("0"), ord("€"), ord(" "))
print([chr(c) for c in range(ord("a"), ord("f"))])
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(round(3.7), round(-3.7), round(4.5), round(5.5))
print(round(1234.5678, 2), round(1234.5678, 0), round(1234.5678, -2))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
