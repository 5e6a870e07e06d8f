# TypeError from the generic path of a fused TOS-op-global run, raised on
# the line of the operator in a multi-line expression.
M = 97


def f(x):
    y = (x
         + 1) % M
    return y


print(f(5))
M = "m"
print(f(5))
