# selectors: the classes exist and check their arguments; closured has no descriptor to watch.
import selectors
from selectors import DefaultSelector, EVENT_READ, EVENT_WRITE, SelectorKey

print(EVENT_READ, EVENT_WRITE, SelectorKey._fields)
key = SelectorKey('f', 3, EVENT_READ, None)
print(key, key.fd)
print(issubclass(DefaultSelector, selectors.BaseSelector))
for cls in (selectors.SelectSelector, selectors.PollSelector, DefaultSelector):
    with cls() as sel:
        print(cls.__name__, len(sel.get_map()), list(sel.get_map()), sel.select(0))
        for bad in ((5, 4), (5, 0), ('x', EVENT_READ), (-1, EVENT_WRITE)):
            try:
                sel.register(*bad)
            except ValueError as e:
                print('ValueError:', e)
        for call in (sel.get_key, sel.unregister):
            try:
                call(7)
            except KeyError as e:
                print('KeyError:', e)
    print(sel.get_map())


class Custom(selectors.BaseSelector):
    def register(self, fileobj, events, data=None):
        return SelectorKey(fileobj, 0, events, data)

    def unregister(self, fileobj):
        return None

    def select(self, timeout=None):
        return []

    def get_map(self):
        return {}


print(Custom().modify('f', EVENT_WRITE, 'd'))
try:
    selectors.BaseSelector()
except TypeError as e:
    print('TypeError:', e)
