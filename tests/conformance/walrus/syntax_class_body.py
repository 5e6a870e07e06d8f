class A:
    values = [z := 1 for _ in range(2)]
