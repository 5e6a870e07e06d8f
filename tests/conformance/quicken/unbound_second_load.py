# UnboundLocalError raised by the second load of a fused pair, one line
# after the first: the traceback names the second line.


def f(flag):
    if flag:
        late = 1
    early = 2
    early = early
    return (early +
            late)


print(f(True))
print(f(False))
