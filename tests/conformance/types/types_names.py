import types

def outer():
    v = 1
    def inner():
        return v
    return inner

f = outer()
def gen():
    yield 1
class C:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(f.__closure__[0], types.CellType), f.__closure__[0].cell_contents)
print(isinstance(len, types.BuiltinFunctionType), isinstance(gen(), types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(types, types.ModuleType))
print(types.FunctionType.__name__, types.CellType.__name__, types.GeneratorType.__name__,
      types.MethodType.__name__, types.ModuleType.__name__, types.BuiltinFunctionType.__name__)
print(types.NoneType, type(None) is types.NoneType)
