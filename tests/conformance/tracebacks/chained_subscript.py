items = {"k": [1]}
v = items["k"][0]["z"]
