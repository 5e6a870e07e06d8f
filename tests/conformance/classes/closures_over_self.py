class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []
        self.clicks = 0

    def on_click(self, fn):
        self.handlers.append(fn)
        return fn

    def click(self):
        self.clicks += 1
        return [h(self) for h in self.handlers]

    def make_counter(self):
        def counter():
            self.clicks += 10
            return self.clicks
        return counter


b = Button("ok")


@b.on_click
def shout(btn):
    return btn.label.upper()


b.on_click(lambda btn: btn.clicks)
print(b.click(), b.click())
cnt = b.make_counter()
print(cnt(), cnt(), b.clicks)
print(cnt.__closure__[0].cell_contents is b, cnt.__code__.co_freevars)
