"""_pickle for closured: the home CPython gives pickle's exceptions, picklers
and functions (its native accelerator); here the same objects as pickle's."""

from pickle import (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler,
                    PickleBuffer, dump, dumps, load, loads)
