"""Fibonacci helpers.

>>> fib(10)
55
"""


def fib(n: int) -> int:
    """
    Return the n-th Fibonacci number.

    >>> fib(0)
    0
    >>> [fib(i) for i in range(8)]
    [0, 1, 1, 2, 3, 5, 8, 13]
    >>> fib(-1)
    Traceback (most recent call last):
        ...
    ValueError: n must be >= 0
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    >>> list(range(30))  # doctest: +ELLIPSIS
    [0, 1, ..., 29]
    >>> x = 5
    >>> x + 1
    6
    >>> for i in range(2):
    ...     print(i)
    0
    1
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        """>>> Stack().push(3) is None
        True
        """
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    @property
    def size(self):
        """The size.

        >>> Stack().size
        0
        """
        return len(self.items)


def broken(x):
    """
    >>> broken(2)
    5
    >>> broken(0)
    1
    """
    return 2 * x


if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
    print(doctest.testmod(verbose=True))
