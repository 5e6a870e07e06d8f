def greet(n):
    return 'hi ' + n
__name_hidden = 1
