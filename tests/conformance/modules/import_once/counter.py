print('counter body runs')
value = 42
