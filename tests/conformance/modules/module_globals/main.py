import state
state.bump()
state.bump()
print(state.count, state.get())
state.count = 100
print(state.get())
x = 'main x'
print(state.read_x())
