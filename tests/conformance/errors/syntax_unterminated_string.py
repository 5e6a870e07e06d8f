print("never runs")
s = "no end
print(s)
