def compose(*stages):
    def run(source):
        for stage in stages:
            source = stage(source)
        return source
    return run

def mapper(fn):
    def stage(xs):
        for x in xs:
            yield fn(x)
    return stage

def filterer(pred):
    def stage(xs):
        return (x for x in xs if pred(x))
    return stage

offset = 100
pipeline = compose(mapper(lambda x: x * x), filterer(lambda x: x % 2), mapper(lambda x: x + offset))
print(list(pipeline(range(8))))
offset = 1000
print(list(pipeline([3])))
