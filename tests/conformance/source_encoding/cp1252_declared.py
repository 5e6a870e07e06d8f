# -*- coding: cp1252 -*-
# A source file declaring cp1252 is decoded with it: its C1 range holds the euro sign,
# curly quotes, dashes and letters latin-1 lacks; the text is UTF-8 for the program.
price = "€ 5 – “cheap” Œuvre ™ café"
print(price, len(price), ascii(price))
print(price.encode("utf-8"))
def f(x="‰"):
    return x * 2
print(f(), ascii(f()))
