print("never runs")
xs = [1, 2, 3]]
