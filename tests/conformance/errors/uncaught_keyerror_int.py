counts = {}
counts[1] = 1
counts[2] += 1
