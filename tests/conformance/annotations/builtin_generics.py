def f(x: list[int], y: dict[str, list[int]]) -> tuple[int, str]:
    return x
print(f.__annotations__)
print(list[int], dict[str, int], type[int], set[str], tuple[int, str])
print(list[int]([1, 2]), list[int].__origin__, list[int].__args__)
