# ... and an imaginary number on the right.
match 3:
    case -1 + 2:
        pass
