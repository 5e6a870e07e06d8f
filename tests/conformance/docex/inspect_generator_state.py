# inspect's generator and coroutine states, getgeneratorlocals, getmro and
# getcallargs.
import inspect


def counter(limit):
    total = 0
    for i in range(limit):
        total += i
        state = inspect.getgeneratorstate(me)
        yield state, total


me = counter(3)
print(inspect.getgeneratorstate(me), inspect.getgeneratorlocals(me))
print(next(me), inspect.getgeneratorstate(me), sorted(inspect.getgeneratorlocals(me).items()))
print(list(me), inspect.getgeneratorstate(me), inspect.getgeneratorlocals(me))
me.close()


async def job():
    return 1


co = job()
print(inspect.getcoroutinestate(co))
co.close()
print(inspect.getcoroutinestate(co))
try:
    inspect.getgeneratorlocals(iter([]))
except TypeError as e:
    print('TypeError', type(e).__name__)


class A:
    pass


class B(A):
    def method(self, x, y=2, *rest, flag=False, **extra):
        pass


print(inspect.getmro(B))
print(inspect.getcallargs(B.method, 'self', 1))
print(inspect.getcallargs(B().method, 1, 2, 3, other=4, flag=True)['rest'])
print(sorted(inspect.getcallargs(B.method, None, y=5, x=9, z=1).items(), key=str))
try:
    inspect.getcallargs(B.method, None)
except TypeError as e:
    print('TypeError')
