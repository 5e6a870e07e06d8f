# A frame object of a frame still running reads its current line and
# locals; once that frame has ended it keeps the locals it ended with.
import sys


def lines():
    f = sys._getframe()
    first = f.f_lineno
    second = f.f_lineno
    return first, second, f


first, second, ended = lines()
print(second - first, sorted(ended.f_locals))


def grows():
    f = sys._getframe()
    seen = [sorted(f.f_locals)]
    extra = 1
    seen.append(sorted(f.f_locals))
    del extra
    seen.append(sorted(f.f_locals))
    return seen


for step in grows():
    print(step)


def caller_line():
    return sys._getframe(1).f_lineno


a = caller_line()
b = caller_line()
print(b - a)

module_frame = sys._getframe()
l1 = module_frame.f_lineno
l2 = module_frame.f_lineno
print(l2 - l1, module_frame.f_locals is globals())


def outer():
    here = sys._getframe()
    def inner():
        return sys._getframe(1)
    back = inner()
    print(back is not None, back.f_code.co_name, back.f_lineno - here.f_lineno)
    return here


done = outer()
print(done.f_code.co_name, sorted(done.f_locals))
