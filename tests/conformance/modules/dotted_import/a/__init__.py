print('init a')
