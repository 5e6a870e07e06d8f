from dataclasses import dataclass, field
from typing import Callable, List

@dataclass
class Button:
    label: str
    handlers: List[Callable[[str], None]] = field(default_factory=list)
    def on_click(self, h):
        self.handlers.append(h)
        return h
    def click(self):
        for h in self.handlers:
            h(self.label)

clicks = []
def make_handler(tag):
    def handle(label):
        clicks.append('%s:%s' % (tag, label))
    return handle
ok = Button('OK')
ok.on_click(make_handler('a'))
ok.on_click(make_handler('b'))
cancel = Button('Cancel')
cancel.on_click(make_handler('c'))
ok.click(); cancel.click(); ok.click()
print(clicks, len(ok.handlers), len(cancel.handlers))

def factory_with_counter():
    n = [0]
    def next_id():
        n[0] += 1
        return n[0]
    @dataclass
    class Item:
        name: str
        id: int = field(default_factory=next_id)
    return Item
Item = factory_with_counter()
print(Item('a'), Item('b'), Item('c', 99))
