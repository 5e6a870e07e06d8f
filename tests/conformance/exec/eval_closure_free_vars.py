def make():
    secret = 41
    def show():
        return secret, eval("secret + 1")
    return show
print(make()())

def adder(n):
    return lambda x: eval("x + n")
try:
    print(adder(1)(2))
except NameError as e:
    print("NameError:", e)

def run(expr):
    value = 7
    return eval(expr)
print(run("value * 6"))
