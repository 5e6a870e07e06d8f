# pprint's stream argument, long strings and bytes cut into literals.
import io
import pprint

buf = io.StringIO()
pprint.pprint({"b": [1, 2], "a": "x" * 90}, stream=buf)
print(repr(buf.getvalue()))
text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua."
pprint.pprint(text)
pprint.pprint([text, text[:20]], width=50)
pprint.pprint({"text": text, "lines": "first line\nsecond line that is rather long and goes on\nthird"}, width=40)
pprint.pprint(b"\x00\x01binary data " * 8, width=40)
pprint.pprint([b"ab" * 30], width=30)
pprint.pprint(bytearray(range(40)), width=50)
pprint.pprint("nospacesatallinthisverylongwordthatcannotbesplitanywhereatall" * 2, width=30)
pprint.pp([{"z": 1, "a": 2}] * 3, width=20)
printer = pprint.PrettyPrinter(indent=4, width=30, stream=buf)
printer.pprint({"key": ["value"] * 6})
print(buf.getvalue().splitlines()[-3:])
