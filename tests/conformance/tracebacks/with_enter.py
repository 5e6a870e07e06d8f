class W:
    def __enter__(self):
        raise OSError("no")
    def __exit__(self, *a):
        pass
with W() as w:
    pass
