import a
print(a.done, a.b_saw)
