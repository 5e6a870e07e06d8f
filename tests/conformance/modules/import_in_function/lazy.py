print('lazy loads')
value = 7
