# bytes(x) asks x's class for __bytes__ (paths, messages, packets), and
# refuses a result that is not bytes; bytearray(x) does not ask.
class Packet:
    def __init__(self, payload):
        self.payload = payload

    def __bytes__(self):
        return b"\x02" + self.payload + b"\x03"


class Wrong:
    def __bytes__(self):
        return "text"


print(bytes(Packet(b"hi")), len(bytes(Packet(b""))))
try:
    bytes(Wrong())
except TypeError as e:
    print("TypeError", e)
try:
    bytearray(Packet(b"x"))
except TypeError as e:
    print("TypeError", e)
print(bytes(3), bytes([65, 66]), bytes(b"c"), bytes(bytearray(b"d")))
