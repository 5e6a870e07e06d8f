# An uncaught exception: the traceback, then the finalizers of what is alive.
class Named:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


alive = Named('global')
print('before')
raise RuntimeError('stop here')
