# A module's functions warmed, then the module's globals rebound from
# another module (import m; m.f = g), from itself, and the builtins shadowed
# inside that module only.
import helpers
import patcher


def loop(n):
    return [helpers.scale(i) for i in range(n)]


print(loop(4))
patcher.patch_factor(3)
print(loop(4))
helpers.set_factor(5)
print(loop(4))
setattr(helpers, "factor", 7)
print(loop(4))
vars(helpers)["factor"] = 1
print(loop(4))
del helpers.factor
try:
    loop(1)
except NameError as e:
    print(e)
helpers.factor = 10
print(loop(2))

print([helpers.norm((3, 4)) for _ in range(3)])


class FakeMath:
    @staticmethod
    def sqrt(x):
        return "fake sqrt of %s" % x


patcher.patch_math(FakeMath)
print(helpers.norm((3, 4)))
import math

patcher.patch_math(math)
print(helpers.norm((6, 8)))

print([helpers.count_len("abc") for _ in range(3)])
helpers.len = lambda xs: -1
print(helpers.count_len("abc"))
len_in_main = len("abc")
print(len_in_main)
del helpers.len
print(helpers.count_len("abcd"))
