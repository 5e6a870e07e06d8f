print("before")
raise StopIteration("explicit")
