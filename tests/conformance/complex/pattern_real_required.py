# A complex literal pattern needs a real number on the left: CPython's SyntaxError.
match 1j:
    case 1j + 2j:
        pass
