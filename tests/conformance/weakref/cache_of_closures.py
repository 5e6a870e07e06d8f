# A cache that holds closures weakly: the classic leak fixed with weakref.
import weakref

cache = weakref.WeakValueDictionary()
built = []


def compile_rule(pattern):
    fn = cache.get(pattern)
    if fn is None:
        built.append(pattern)
        def rule(text):
            return pattern in text
        fn = cache[pattern] = rule
    return fn


keep = compile_rule("ab")
print(compile_rule("ab") is keep, compile_rule("cd")("xcdx"), built, sorted(cache.keys()))
print(compile_rule("cd")("zz"), built)
del keep
print(len(cache), list(cache.keys()), compile_rule("ab")("abc"), built)
