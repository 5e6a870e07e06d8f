def fail():
    return 1 / 0
print('broken runs')
fail()
