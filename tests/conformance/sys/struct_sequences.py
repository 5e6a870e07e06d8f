# sys's named tuples and the other constants programs check before they run.
import sys

print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info.releaselevel)
print(sys.version_info >= (3, 8), sys.version_info < (4,), type(sys.version_info).__name__, isinstance(sys.version_info, tuple))
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, len(sys.float_info))
print(sys.float_info.max * 2, 1.0 + sys.float_info.epsilon > 1.0, sys.float_info.min > 0)
print(sys.flags.optimize, sys.flags.debug, sys.flags.dev_mode, sys.flags.int_max_str_digits, len(sys.flags))
print(sys.maxunicode, chr(sys.maxunicode) == "\U0010ffff", sys.maxsize == 2 ** 63 - 1)
print(sys.hexversion >= 0x030B0000, hex(sys.hexversion)[:6], sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.intern("spam") == "spam", sys.stdout.encoding, sys.stderr.encoding, type(sys.executable).__name__)
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold, sys.float_info.radix)
major, minor, *rest = sys.version_info
print(major, minor, len(rest), sys.version_info.count(0) >= 1, sys.float_info.index(sys.float_info.dig))
