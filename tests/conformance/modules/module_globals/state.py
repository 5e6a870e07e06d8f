count = 0
x = 'state x'
def bump():
    global count
    count += 1
def get():
    return count
def read_x():
    return x
