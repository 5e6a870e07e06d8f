class Example:
    def foo(self):
        return "this is foo"

    def bar(self):
        return "this is bar"

    def __getattr__(self, name):
        def method(*args):
            return f"tried to handle unknown method {name}" + (f" with args {args}" if args else "")
        return method


e = Example()
print(e.foo())
print(e.bar())
print(e.grill())
print(e.ding("dong"))
