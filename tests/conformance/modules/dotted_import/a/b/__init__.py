print('init a.b')
level = 2
