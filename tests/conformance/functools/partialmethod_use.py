from functools import partialmethod, partial

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state, reason='-'):
        self.alive = state
        return '%s (%s)' % (state, reason)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, reason='dead')

c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, c.set_alive(reason='why'))
print(type(Cell.__dict__['set_alive']).__name__)
