class User:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'User(%r)' % self.name
