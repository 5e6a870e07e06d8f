# ChainMap: lookups through layers, writes to the first, new_child scopes.
from collections import ChainMap

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap({}, env, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm), "color" in cm, cm.get("x", 0))
cm["color"] = "blue"
print(cm.maps[0], defaults["color"], dict(cm) == {"color": "blue", "user": "admin"})
child = cm.new_child({"user": "child"})
print(child["user"], child.parents["user"], child.maps[0], ChainMap())
print(ChainMap({"a": 1}, {"b": 2}), list(ChainMap({"a": 1}, {"b": 2, "a": 3})))
try:
    cm["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    del cm["user"]
except KeyError as e:
    print("KeyError:", e)

def scope_chain():
    scopes = ChainMap()
    def enter(**names):
        nonlocal scopes
        scopes = scopes.new_child(names)
    def leave():
        nonlocal scopes
        scopes = scopes.parents
    def lookup(name):
        return scopes.get(name, "?")
    return enter, leave, lookup

enter, leave, lookup = scope_chain()
enter(x=1)
enter(x=2, y=3)
print(lookup("x"), lookup("y"))
leave()
print(lookup("x"), lookup("y"))
