# math on instances of float subclasses (uncertainties' CallableStdDev is a float
# whose instances go through isinf and isnan), and builtins' __doc__ attribute,
# which wrapper factories read.
import math


class Dev(float):
    def __call__(self):
        return self


class Odd(float):
    # a float subclass's value is used as is: this __float__ is not asked
    def __float__(self):
        return 1e9


class Count(int):
    pass


d = Dev(0.25)
print(math.isinf(d), math.isnan(d), math.sqrt(d), math.floor(Dev(2.5)), math.isfinite(d))
print(math.sin(Odd(0.0)), math.fabs(Odd(-2.0)), math.log(Count(8), 2), math.sqrt(Count(16)))
print(d(), d + 1, repr(Dev(1.5)), math.isclose(Dev(1.0), 1.0))
print(hasattr(len, '__doc__'), hasattr(math.sin, '__doc__'), isinstance(math.sqrt.__doc__, (str, type(None))))
