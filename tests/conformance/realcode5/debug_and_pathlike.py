# Names libraries read at import time: the builtin __debug__ (True: asserts
# run) and os.PathLike subscripted in annotations (os.PathLike[str]).
import builtins
import os

print(__debug__, builtins.__debug__, '__debug__' in dir(builtins))
if __debug__:
    print('checks on')
alias = os.PathLike[str]
print(alias, alias.__origin__ is os.PathLike, alias.__args__)


def open_path(p: 'os.PathLike[str] | str') -> None:
    pass


print(open_path.__annotations__)
