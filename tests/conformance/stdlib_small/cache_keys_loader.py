# lru_cache keys with keywords and typed (hits and misses), selectors' file object checks,
# TestLoader.getTestCaseNames with prefixes and patterns, pprint's readable and recursive
# answers, http.client's connection class attributes, token's predicates.
import functools
import http.client
import pprint
import selectors
import token
import unittest

calls = []


@functools.lru_cache(maxsize=None, typed=True)
def f(*args, **kwargs):
    calls.append((args, tuple(sorted(kwargs.items()))))
    return len(calls)


for args, kwargs in (((1,), {}), ((1.0,), {}), ((1,), {}), ((), {'a': 1}), ((), {'a': 1.0}),
                     ((1,), {'a': 1}), ((1,), {'a': 1, 'b': 2}), ((1,), {'b': 2, 'a': 1}),
                     (('s',), {}), (('s',), {})):
    print(args, kwargs, f(*args, **kwargs))
print(f.cache_info())


@functools.lru_cache(maxsize=4)
def g(*args, **kwargs):
    return args, kwargs


print(g(1), g(1.0), g(x=1), g(1, x=1), g.cache_info())



class Fake:
    def __init__(self, fd):
        self.fd = fd

    def __repr__(self):
        return 'Fake(%r)' % (self.fd,)

    def fileno(self):
        return self.fd


sel = selectors.SelectSelector()
for obj in (-1, 'x', None, 3.5, Fake(-2), Fake('-3'), Fake(None)):
    try:
        sel.register(obj, selectors.EVENT_READ)
        print(obj, 'accepted')
    except ValueError as exc:
        print('ValueError', exc)


class T(unittest.TestCase):
    test_attr = 5

    def test_one(self):
        pass

    def test_two(self):
        pass

    def check_three(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(T))
loader.testMethodPrefix = 'check'
print(loader.getTestCaseNames(T))
loader.testMethodPrefix = 'test'
loader.testNamePatterns = ['*two*']
print(loader.getTestCaseNames(T))
loader.testNamePatterns = ['*.T.test_o*']
print(loader.getTestCaseNames(T))

rec = [1]
rec.append(rec)
for obj in ([1, 2], rec, [object], {'a': (1, 2)}, [[rec]]):
    print(pprint.isreadable(obj), pprint.isrecursive(obj), pprint.saferepr(obj)[:25])
c = http.client.HTTPConnection
print(c.default_port, c._http_vsn, c._http_vsn_str, c.auto_open, c.debuglevel,
      c.response_class.__name__, http.client.HTTPSConnection.default_port)
print(token.ISTERMINAL(0), token.ISTERMINAL(token.NT_OFFSET), token.ISNONTERMINAL(256),
      token.ISNONTERMINAL(5), token.ISEOF(token.ENDMARKER), token.ISEOF(1))
