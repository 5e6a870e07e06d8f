def area(width, height, /, *, unit="cm"):
    return f"{width * height} {unit}2"


def report(shapes):
    for shape in shapes:
        print(area(**shape))


print(area(2, 3))
report([{"unit": "m"} | {"width": 1, "height": 2}])
