import m
m.nothing
