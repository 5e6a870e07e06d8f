# getopt: clusters of short options with arguments inside, after, empty and missing;
# GetoptError's fields, str and args; and copyreg's extension registry and _reconstructor.
import copyreg
import getopt

cases = [['-abc'], ['-ab', 'x'], ['-bvalue'], ['-ab'], ['-b', ''], ['-ac', '-b', 'v', 'rest'],
         ['-a', '--', '-b'], ['-x'], ['-ab=1', 'z'], ['-cab'], ['-'], ['-c', '-', 'x']]
for args in cases:
    for fn in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(fn.__name__, args, fn(args, 'ab:c'))
        except getopt.GetoptError as exc:
            print(fn.__name__, args, 'GetoptError', str(exc), repr(exc.opt), exc.msg, exc.args)
e = getopt.GetoptError('just a message')
print(str(e), repr(e.opt), e.args, getopt.error is getopt.GetoptError,
      getopt.GetoptError.msg, getopt.GetoptError.opt)

copyreg.add_extension('mod', 'name', 240)
copyreg.add_extension('mod', 'name', 240)
for args in (('mod', 'other', 240), ('mod', 'name', 241), ('m', 'n', 0)):
    try:
        copyreg.add_extension(*args)
    except ValueError as exc:
        print('ValueError', exc)
copyreg._extension_cache[240] = 'cached'
copyreg.remove_extension('mod', 'name', 240)
print(240 in copyreg._extension_cache, ('mod', 'name') in copyreg._extension_registry)
copyreg.add_extension('mod', 'name', 240)
copyreg.remove_extension('mod', 'name', 240)
try:
    copyreg.remove_extension('mod', 'name', 240)
except ValueError as exc:
    print('ValueError', exc)


class L(list):
    pass


class I(int):
    def __init__(self, v):
        self.seen = v


class Plain:
    pass


print(type(copyreg._reconstructor(Plain, object, None)).__name__,
      copyreg._reconstructor(L, list, [1, 2]), copyreg._reconstructor(I, int, 7),
      copyreg._reconstructor(I, I, 8).seen)
