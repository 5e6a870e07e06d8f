# Bound methods and observers: WeakMethod keeps neither the object nor a cycle alive.
import gc
import weakref


class Button:
    def __init__(self):
        self.listeners = []

    def on_click(self, method):
        self.listeners.append(weakref.WeakMethod(method))

    def click(self):
        alive = [m for m in (wm() for wm in self.listeners) if m is not None]
        return [m("click") for m in alive]


class View:
    def __init__(self, name, button):
        self.name = name
        self.button = button
        button.on_click(self.handle)

    def handle(self, event):
        return self.name + " saw " + event


b = Button()
v1 = View("v1", b)
v2 = View("v2", b)
print(b.click())
del v1
print(b.click(), len(b.listeners))
r = weakref.ref(v2)
del v2
gc.collect()
print(r(), b.click())
