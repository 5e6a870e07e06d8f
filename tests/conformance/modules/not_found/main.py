try:
    import nosuchmodule
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import another_missing_one as alias
except ImportError as e:
    print(isinstance(e, ModuleNotFoundError), e)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(ImportError, Exception))
from missing_package.sub import thing
