# A case change costs less than other edits: 'Counter' is nearer than 'counted'.
counted = 1
Counter = 2


def show():
    return counter


show()
