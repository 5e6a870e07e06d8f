xs = [print "x"]
