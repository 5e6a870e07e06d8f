import doctest


def examples():
    """
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, 2, ..., 19]
    >>> print("a   b\\n  c")  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> 1 == 1
    1
    >>> int("x")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: something else entirely
    >>> this_is_skipped()  # doctest: +SKIP
    whatever
    >>> print()
    <BLANKLINE>
    >>> print("tab\\tstop")
    tab	stop
    >>> {"b": 1, "a": 2}
    {'b': 1, 'a': 2}
    >>> raise KeyError("k")
    Traceback (most recent call last):
      File "<stdin>", line 1, in <module>
    KeyError: 'k'
    """


def strict():
    """
    >>> print("x    y")
    x y
    >>> list(range(5))  # doctest: +ELLIPSIS, -ELLIPSIS
    [0, ..., 4]
    >>> 1 == 1  # doctest: +DONT_ACCEPT_TRUE_FOR_1
    1
    """


print(doctest.testmod(optionflags=0))
print(doctest.testmod(optionflags=doctest.NORMALIZE_WHITESPACE))
