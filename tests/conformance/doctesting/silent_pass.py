"""All examples pass: testmod prints nothing and returns the counts."""


def make_adder(n):
    """A closure that adds n.

    >>> add3 = make_adder(3)
    >>> add3(4)
    7
    >>> [make_adder(i)(1) for i in range(3)]
    [1, 2, 3]
    >>> make_adder(1).__closure__[0].cell_contents
    1
    """
    def add(x):
        return x + n
    return add


def counter():
    """
    >>> c = counter()
    >>> c(), c(), c()
    (1, 2, 3)
    """
    count = 0

    def step():
        nonlocal count
        count += 1
        return count
    return step


__test__ = {"extra": """
>>> counter()() + 1
2
"""}

if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
    doctest.run_docstring_examples(make_adder, {"make_adder": make_adder}, name="make_adder")
    print("done")
