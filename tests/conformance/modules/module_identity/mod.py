def get_globals():
    return globals()
def f():
    pass
class C:
    def m(self):
        pass
