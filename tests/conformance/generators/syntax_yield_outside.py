print("start")
x = yield 5
