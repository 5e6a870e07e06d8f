# An __eq__ that compares containers holding its operands recurses until the depth limit. A rich
# comparison is a level of the depth, as in CPython, and the check that trips first gives the
# message: the comparison's ("... in comparison") or a call's. (Which one trips depends on the
# parity of the depth; these cases are ones where closured and CPython agree.)
class A:
    def __eq__(self, other):
        return {1: self} == {1: other}
class B:
    def __eq__(self, other):
        return [self] == [other]
class E:
    def __eq__(self, other):
        return (self, 1) == (other, 1)
def direct(cls):
    return cls() == cls()
def nested(cls):
    return direct(cls)
for cls in (A, B, E):
    try:
        cls() == cls()
    except RecursionError as e:
        print(cls.__name__, "top", e)
    try:
        direct(cls)
    except RecursionError as e:
        print(cls.__name__, "direct", e)
try:
    nested(A)
except RecursionError as e:
    print("A nested", e)
# after it, the depth is whole again, and the limit the one set
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900), sys.getrecursionlimit())
# the limit read and set inside a comparison
class L:
    def __eq__(self, other):
        print("inside", sys.getrecursionlimit())
        sys.setrecursionlimit(1500)
        return True
print({1: L()} == {1: L()}, sys.getrecursionlimit())
sys.setrecursionlimit(1000)
# recursion inside the method that does not compare is the plain one
def deep(n):
    return deep(n + 1)
class F:
    def __eq__(self, other):
        return deep(0)
try:
    F() == F()
except RecursionError as e:
    print("F", e)
