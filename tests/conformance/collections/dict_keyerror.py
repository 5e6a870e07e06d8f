d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print("KeyError", e)
try:
    d[1]
except KeyError as e:
    print("KeyError", e)
try:
    d[(1, "x")]
except KeyError as e:
    print("KeyError", e)
try:
    {}[None]
except KeyError as e:
    print("KeyError", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError", e)
try:
    {1, {}}
except TypeError as e:
    print("TypeError", e)
