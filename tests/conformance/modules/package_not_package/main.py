import plain.sub
