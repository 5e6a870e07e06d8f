# dict.fromkeys reached through a dict subclass (also super().fromkeys in a class method)
# makes an instance of the subclass by calling it and fills it through its __setitem__;
# OrderedDict's, defaultdict's and Counter's own answers follow.
from collections import OrderedDict, Counter, defaultdict
class D(dict):
    @classmethod
    def make(cls, keys):
        return super().fromkeys(keys)
class Loud(dict):
    def __init__(self, *a):
        print('init', a)
        super().__init__(*a)
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v * 2)
print(type(D.fromkeys('ab')).__name__, D.fromkeys('ab'), type(D.make('ab')).__name__, type(super(D, D).fromkeys('a')).__name__)
print(Loud.fromkeys([1, 2], 5), type({}.fromkeys('q')).__name__, dict.fromkeys('ab', 0))
print(OrderedDict.fromkeys('ba'))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(defaultdict.fromkeys('ab', 1), type(defaultdict.fromkeys('a')).__name__)
