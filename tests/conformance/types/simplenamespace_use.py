from types import SimpleNamespace

cfg = SimpleNamespace(host='localhost', port=8080)
cfg.debug = True
print(cfg)
print(cfg.host, cfg.port, cfg.debug, vars(cfg))
print(cfg == SimpleNamespace(host='localhost', port=8080, debug=True), cfg == SimpleNamespace())
del cfg.debug
print(cfg, hasattr(cfg, 'debug'))

def make_state():
    state = SimpleNamespace(count=0)
    def inc():
        state.count += 1
        return state.count
    return inc, state
inc, state = make_state()
inc(); inc()
print(state.count, SimpleNamespace(**{'a': 1}))
