# OrderedDict reordering under many moves; ChainMap over closures' dicts.
from collections import OrderedDict, ChainMap

od = OrderedDict((k, i) for i, k in enumerate("abcdefg"))
for k in "gaeb":
    od.move_to_end(k)
od.move_to_end("f", last=False)
print("".join(od), od.popitem(last=False), od.popitem(), "".join(od))
od["z"] = 1
del od["c"]
print(list(od.items()), list(od.keys())[::-1] == list(reversed(od)))

def config_layer(**values):
    def get():
        return values
    return get

layers = [config_layer(debug=True), config_layer(debug=False, level=3), config_layer(level=1, name="x")]
cm = ChainMap(*(layer() for layer in layers))
print(cm["debug"], cm["level"], cm["name"], sorted(cm.items()), len(cm))
cm["debug"] = "override"
print(layers[0](), cm.parents["debug"], "name" in cm, cm.new_child()["level"])
