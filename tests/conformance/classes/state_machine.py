class State:
    name = "?"

    def on(self, machine, event):
        raise ValueError(f"{self.name} cannot handle {event!r}")

    def __repr__(self):
        return f"<{self.name}>"


class Idle(State):
    name = "idle"

    def on(self, m, event):
        if event == "start":
            return Running()
        return super().on(m, event)


class Running(State):
    name = "running"

    def on(self, m, event):
        if event == "tick":
            m.ticks += 1
            return self
        if event == "stop":
            return Idle()
        return super().on(m, event)


class Machine:
    def __init__(self):
        self.state = Idle()
        self.ticks = 0
        self.history = []

    def send(self, event):
        self.state = self.state.on(self, event)
        self.history.append(self.state.name)


m = Machine()
for ev in ["start", "tick", "tick", "stop", "start"]:
    m.send(ev)
print(m.state, m.ticks, m.history)
try:
    m.send("explode")
except ValueError as e:
    print(e)
