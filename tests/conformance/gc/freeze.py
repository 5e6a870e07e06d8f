import gc
gc.disable()
gc.collect()
def make_cycle():
    def f():
        return f
    return f
make_cycle()
gc.freeze()
print(gc.get_freeze_count() > 0)
print(gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.collect() > 0)
print(gc.collect())
gc.enable()
