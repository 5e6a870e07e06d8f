v = 'sub'
