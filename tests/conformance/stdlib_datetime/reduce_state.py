# date, datetime and time reduce to CPython's packed state bytes (the fold on the month's
# or hour's high bit from protocol 4 on), their constructors take that state back, and
# tzinfo reduces with __getinitargs__ and the instance's state; pickle and copy of each
# round-trip, and the reduce values print as CPython's.
import copy
import datetime
import pickle


class Zone(datetime.tzinfo):
    def __init__(self, hours=0):
        self.hours = hours

    def __getinitargs__(self):
        return (self.hours,)

    def utcoffset(self, dt):
        return datetime.timedelta(hours=self.hours)

    def __eq__(self, other):
        return isinstance(other, Zone) and other.hours == self.hours

    def __repr__(self):
        return "Zone(%d)" % self.hours


class Bare(datetime.tzinfo):
    pass


utc = datetime.timezone.utc
values = [
    datetime.date(2024, 3, 5),
    datetime.date(1, 1, 1),
    datetime.date(9999, 12, 31),
    datetime.datetime(2024, 3, 5, 10, 11, 12, 123456),
    datetime.datetime(2021, 11, 7, 1, 30, fold=1),
    datetime.datetime(2024, 3, 5, 10, 11, 12, tzinfo=utc),
    datetime.datetime(2024, 3, 5, tzinfo=Zone(3)),
    datetime.time(1, 2, 3, 4),
    datetime.time(23, 59, 59, 999999, fold=1),
    datetime.time(12, tzinfo=datetime.timezone(datetime.timedelta(hours=-5), "EST")),
    datetime.timedelta(days=-3, seconds=5, microseconds=7),
    datetime.timezone(datetime.timedelta(hours=2), "X"),
    datetime.timezone(datetime.timedelta(minutes=90)),
    utc,
    Zone(4),
]
for v in values:
    print(repr(v.__reduce__()))
    print(repr(v.__reduce_ex__(2)), repr(v.__reduce_ex__(4)))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(v, proto))
        assert back == v and type(back) is type(v), (v, proto)
        if hasattr(v, "fold"):
            assert back.fold == (v.fold if proto > 3 else 0), (v, proto)
    print(copy.copy(v) == v, copy.deepcopy(v) == v)

print(Bare().__reduce__()[:2], Bare().__reduce__()[2])
b = Bare()
b.note = "kept"
print(b.__reduce__()[2], pickle.loads(pickle.dumps(b)).note)
print(datetime.date(b"\x07\xe8\x03\x05"), datetime.datetime(b"\x07\xe8\x83\x05\x01\x02\x03\x00\x00\x09"))
print(datetime.datetime(b"\x07\xe8\x83\x05\x01\x02\x03\x00\x00\x09").fold)
print(datetime.time(b"\x81\x02\x03\x00\x00\x04", utc), datetime.time(b"\x81\x02\x03\x00\x00\x04").fold)
print(datetime.date("\x07\xe8\x03\x05"))
for bad in ((b"\x07\xe8\x0d\x05",), (b"\x07\xe8\x03",)):
    try:
        datetime.date(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    datetime.time(b"\x01\x02\x03\x00\x00\x04", 5)
except TypeError as e:
    print("TypeError", e)
try:
    datetime.date("\x07\u0100\x03\x05")
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
print(pickle.dumps(datetime.date(2024, 3, 5), 2))
print(pickle.dumps(datetime.datetime(2024, 3, 5, 1, 2, 3), 0))
print(pickle.dumps(datetime.time(1, 2, fold=1), 4))
