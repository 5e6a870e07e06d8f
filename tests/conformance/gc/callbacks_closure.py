import gc
gc.disable()
def recorder():
    seen = []
    def cb(phase, info):
        seen.append(phase + ":" + str(info["generation"]))
    return cb, seen
cb, seen = recorder()
gc.callbacks.append(cb)
for gen in [2, 1, 0]:
    gc.collect(gen)
gc.callbacks.remove(cb)
print(seen)
print(cb in gc.callbacks)
print(cb.__code__.co_freevars)
gc.enable()
