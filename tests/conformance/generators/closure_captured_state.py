def make_stream(data):
    pos = [0]
    def stream():
        while pos[0] < len(data):
            item = data[pos[0]]
            pos[0] += 1
            yield item
    def rewind():
        pos[0] = 0
    return stream, rewind

stream, rewind = make_stream("abc")
s = stream()
print(next(s), next(s))
rewind()
print(list(s))
print(list(stream()))
