def hello():
    return 'sub'
