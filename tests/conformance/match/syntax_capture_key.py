match {}:
    case {key: 1}:
        pass
