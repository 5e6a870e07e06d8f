import b
b_saw = b.saw
done = True
