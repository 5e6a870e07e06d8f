def run():
    return 'alpha ran'
