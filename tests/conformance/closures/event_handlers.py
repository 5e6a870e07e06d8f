handlers = {}
def on(event):
    def register(f):
        handlers.setdefault(event, []).append(f)
        return f
    return register
log = []
@on("start")
def first():
    log.append("first")
@on("start")
def second():
    log.append("second")
@on("stop")
def third():
    log.append("third")
for i in range(2):
    on("tick")(lambda i=i: log.append("tick" + str(i)))
def fire(event):
    for h in handlers.get(event, []):
        h()
fire("start"); fire("tick"); fire("stop"); fire("none")
print(log)
print({k: len(v) for k, v in handlers.items()})
