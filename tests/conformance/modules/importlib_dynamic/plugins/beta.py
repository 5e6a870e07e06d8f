def run():
    return 'beta ran'
