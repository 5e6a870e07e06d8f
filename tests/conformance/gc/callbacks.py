import gc
gc.disable()
events = []
def cb(phase, info):
    events.append((phase, info["generation"], sorted(info.keys())))
print(type(gc.callbacks).__name__)
gc.callbacks.append(cb)
gc.collect()
gc.collect(0)
gc.callbacks.remove(cb)
gc.collect()
for e in events:
    print(e)
print(len(events))
gc.enable()
