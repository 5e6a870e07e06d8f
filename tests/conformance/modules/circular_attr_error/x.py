import y
value = 1
