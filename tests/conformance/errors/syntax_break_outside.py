print("never runs")
if True:
    break
