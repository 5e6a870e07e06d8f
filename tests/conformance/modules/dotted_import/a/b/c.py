print('init a.b.c')
def deep():
    return 'deep'
