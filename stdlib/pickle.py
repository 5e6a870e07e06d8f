"""pickle for closured: objects to bytes and back in CPython's pickle format.
dumps writes every protocol, 0 to 5, byte for byte as CPython does for None,
bools, ints, floats, str, bytes, bytearrays, tuples, lists, dicts, sets and
frozensets (protocol 0's text opcodes, protocol 4's frames and memo included),
classes and functions by reference, and other objects through the reduce
protocol (__reduce_ex__, __reduce__, copyreg's dispatch table,
__getstate__/__setstate__, slots); loads reads every protocol. The extension
registry is not consulted and out-of-band buffers are not taken.
Written in Python."""

import sys as _sys
import io as _io
import codecs as _codecs
import copyreg as _copyreg
from struct import pack as _pack, unpack as _unpack
from copyreg import dispatch_table
from functools import partial as _partial

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler',
           'dump', 'dumps', 'load', 'loads', 'PickleBuffer', 'ADDITEMS', 'APPEND',
           'APPENDS', 'BINBYTES', 'BINBYTES8', 'BINFLOAT', 'BINGET', 'BININT', 'BININT1',
           'BININT2', 'BINPERSID', 'BINPUT', 'BINSTRING', 'BINUNICODE', 'BINUNICODE8',
           'BUILD', 'BYTEARRAY8', 'DEFAULT_PROTOCOL', 'DICT', 'DUP', 'EMPTY_DICT',
           'EMPTY_LIST', 'EMPTY_SET', 'EMPTY_TUPLE', 'EXT1', 'EXT2', 'EXT4', 'FALSE',
           'FLOAT', 'FRAME', 'FROZENSET', 'GET', 'GLOBAL', 'HIGHEST_PROTOCOL', 'INST',
           'INT', 'LIST', 'LONG', 'LONG1', 'LONG4', 'LONG_BINGET', 'LONG_BINPUT', 'MARK',
           'MEMOIZE', 'NEWFALSE', 'NEWOBJ', 'NEWOBJ_EX', 'NEWTRUE', 'NEXT_BUFFER', 'NONE',
           'OBJ', 'PERSID', 'POP', 'POP_MARK', 'PROTO', 'PUT', 'READONLY_BUFFER', 'REDUCE',
           'SETITEM', 'SETITEMS', 'SHORT_BINBYTES', 'SHORT_BINSTRING', 'SHORT_BINUNICODE',
           'STACK_GLOBAL', 'STOP', 'STRING', 'TRUE', 'TUPLE', 'TUPLE1', 'TUPLE2', 'TUPLE3',
           'UNICODE']

format_version = '4.0'
compatible_formats = ['1.0', '1.1', '1.2', '1.3', '2.0', '3.0', '4.0', '5.0']
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

bytes_types = (bytes, bytearray)


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


# CPython's come from its native _pickle, and tracebacks name them so.
PickleError.__module__ = PicklingError.__module__ = UnpicklingError.__module__ = '_pickle'


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """A wrapper of a buffer for protocol 5 (pickled in band here)."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        return self._view.cast('B')

    def release(self):
        self._view.release()

    def __buffer__(self, flags=0):
        return self._view


# The opcodes, each one byte.
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_FRAME_TARGET = 64 * 1024   # a frame is closed at the first object boundary past this
_FRAME_MIN = 4              # smaller frames are written without their header
_BATCH = 1000               # items per APPENDS / SETITEMS / ADDITEMS

# Python 2 names of modules and classes, written by protocols 2 and lower
# (fix_imports) and read back under their Python 3 names.
_PY2_MODULE = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
               'reprlib': 'repr', '_markupbase': 'markupbase', 'configparser': 'ConfigParser'}
_PY3_MODULE = {v: k for k, v in _PY2_MODULE.items()}
_PY3_MODULE.update({'exceptions': 'builtins', 'UserDict': 'collections',
                    'UserList': 'collections', 'UserString': 'collections'})
_PY2_NAME = {('builtins', 'range'): ('__builtin__', 'xrange'),
             ('builtins', 'str'): ('__builtin__', 'unicode'),
             ('builtins', 'int'): ('__builtin__', 'long'),
             ('builtins', 'chr'): ('__builtin__', 'unichr'),
             ('functools', 'reduce'): ('__builtin__', 'reduce'),
             ('sys', 'intern'): ('__builtin__', 'intern'),
             ('builtins', 'zip'): ('itertools', 'izip'),
             ('builtins', 'map'): ('itertools', 'imap'),
             ('builtins', 'filter'): ('itertools', 'ifilter'),
             ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
             ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
             ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
             ('collections', 'UserList'): ('UserList', 'UserList'),
             ('collections', 'UserString'): ('UserString', 'UserString'),
             ('builtins', 'ModuleNotFoundError'): ('exceptions', 'ImportError')}
# Python 2 kept its exceptions in the module exceptions; its OSError stood for
# the finer OSError subclasses Python 3 has.
for _name in ('ArithmeticError AssertionError AttributeError BaseException BufferError '
              'BytesWarning DeprecationWarning EOFError EnvironmentError Exception '
              'FloatingPointError FutureWarning GeneratorExit IOError ImportError '
              'ImportWarning IndentationError IndexError KeyError KeyboardInterrupt '
              'LookupError MemoryError NameError NotImplementedError OSError OverflowError '
              'PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning '
              'StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError '
              'TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError '
              'UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning '
              'ZeroDivisionError').split():
    _PY2_NAME[('builtins', _name)] = ('exceptions', _name)
for _name in ('BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError '
              'ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError '
              'InterruptedError IsADirectoryError NotADirectoryError PermissionError '
              'ProcessLookupError TimeoutError').split():
    _PY2_NAME[('builtins', _name)] = ('exceptions', 'OSError')
_PY3_NAME = {}
for _key, _value in _PY2_NAME.items():
    if _value not in _PY3_NAME or _value[1] == _key[1]:
        _PY3_NAME[_value] = _key
_PY3_NAME[('__builtin__', 'basestring')] = ('builtins', 'str')
_PY3_NAME[('__builtin__', 'unicode')] = ('builtins', 'str')
del _name, _key, _value


def _getattribute(obj, name):
    """The object a dotted qualified name names inside obj, and its parent;
    AttributeError for a name inside a function (<locals>) or not found."""
    parent = None
    for part in name.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, part)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    """The name of the module obj was defined in: its __module__, else the
    first loaded module holding it under name, else '__main__'."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in _sys.modules.copy().items():
        if module is None or module_name in ('__main__', '__mp_main__'):
            continue
        if _module_holds(module, name, obj):
            return module_name
    return '__main__'


def _module_holds(module, name, obj):
    """Whether the dotted name leads from module to obj itself."""
    try:
        found = _getattribute(module, name)[0]
    except AttributeError:
        return False
    return found is obj


def encode_long(x):
    """x as little-endian two's complement in the fewest bytes (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    data = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1 and data[-1] == 0xff and (data[-2] & 0x80) != 0:
        data = data[:-1]
    return data


def decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


def _text_escape(text):
    """text as protocol 0's UNICODE opcode carries it: raw-unicode-escape, with the
    backslash and the characters that end or cut a line read by readline (NUL, LF,
    CR, ^Z) written as \\uXXXX too."""
    out = []
    for ch in text:
        point = ord(ch)
        if point >= 0x10000:
            out.append('\\U%08x' % point)
        elif point >= 0x100 or ch in '\\\0\n\r\x1a':
            out.append('\\u%04x' % point)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1')


def _is_function(obj):
    return type(obj) in (type(_getattribute), type(len)) or type(obj).__name__ in (
        'function', 'builtin_function_or_method')


# Reductions of builtin types whose objects closured does not reduce itself,
# as CPython's reduce them.
def _reduce_set(obj):
    return (type(obj), (list(obj),), getattr(obj, '__dict__', None) or None)


def _reduce_range(obj):
    return (range, (obj.start, obj.stop, obj.step))


def _reduce_slice(obj):
    return (slice, (obj.start, obj.stop, obj.step))


def _reduce_complex(obj):
    return (complex, (obj.real, obj.imag))


def _reduce_deque(obj):
    args = () if obj.maxlen is None else ((), obj.maxlen)
    return (type(obj), args, getattr(obj, '__dict__', None) or None, iter(obj))


def _reduce_exception(obj):
    state = getattr(obj, '__dict__', None)
    if state:
        return (type(obj), obj.args, state)
    return (type(obj), obj.args)


_BUILTIN_REDUCE = {set: _reduce_set, frozenset: _reduce_set, range: _reduce_range,
                   slice: _reduce_slice, complex: _reduce_complex,
                   BaseException: _reduce_exception}
try:
    from collections import deque as _deque
    _BUILTIN_REDUCE[_deque] = _reduce_deque
except ImportError:
    pass


def _builtin_reducer(cls):
    """The reduction above for a class that defines no reduction of its own
    between itself and the builtin class the table names, else None."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        found = _BUILTIN_REDUCE.get(klass)
        if found is not None:
            return found
        if '__reduce_ex__' in klass.__dict__ or '__reduce__' in klass.__dict__:
            return None
    return None


class _Pickler:
    """Writes objects to a binary file in one pickle each (dump)."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError('pickle protocol must be <= %d' % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError('buffer_callback needs protocol >= 5')
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}
        self._module_names = {}
        self._frame = None

    def clear_memo(self):
        self.memo.clear()
        self._module_names.clear()

    def dump(self, obj):
        if not hasattr(self, '_file_write'):
            raise PicklingError('Pickler.__init__() was not called by %s.__init__()'
                                % (type(self).__name__,))
        if self.proto >= 2:  # protocols 0 and 1 have no header
            self._file_write(PROTO + bytes((self.proto,)))
        if self.proto >= 4:
            self._frame = bytearray()
        try:
            self.save(obj)
        except RecursionError as exc:
            # CPython's pickler counts its own depth and says what it was doing.
            if str(exc) != 'maximum recursion depth exceeded':
                raise
            raise RecursionError('maximum recursion depth exceeded while pickling an object') \
                from None
        self.write(STOP)
        self._commit_frame()
        self._frame = None

    # Output: protocol 4 and later group opcodes into frames.
    def write(self, data):
        if self._frame is not None:
            self._frame += data
        else:
            self._file_write(data)

    def _commit_frame(self):
        frame = self._frame
        if frame:
            if len(frame) >= _FRAME_MIN:
                self._file_write(FRAME + _pack('<Q', len(frame)) + bytes(frame))
            else:
                self._file_write(bytes(frame))
            self._frame = bytearray()

    def _boundary(self):
        if self._frame is not None and len(self._frame) >= _FRAME_TARGET:
            self._commit_frame()

    def _write_payload(self, header, payload):
        """A string's or bytes' header and contents; contents of a frame's size
        or more are written outside any frame."""
        if self._frame is not None and len(payload) >= _FRAME_TARGET:
            self._commit_frame()
            self._file_write(header)
            self._file_write(bytes(payload))
        else:
            self.write(header)
            self.write(payload)

    # The memo: each object written once, later references by index.
    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.memo[id(obj)] = (idx, obj)
        if self.proto >= 4:
            self.write(MEMOIZE)
        elif not self.bin:
            self.write(PUT + b'%d\n' % idx)
        elif idx < 256:
            self.write(BINPUT + bytes((idx,)))
        else:
            self.write(LONG_BINPUT + _pack('<I', idx))

    def _get(self, idx):
        if not self.bin:
            return GET + b'%d\n' % idx
        if idx < 256:
            return BINGET + bytes((idx,))
        return LONG_BINGET + _pack('<I', idx)

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        self._save(obj, save_persistent_id)
        self._boundary()

    def _save(self, obj, save_persistent_id):
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self._save_pid(pid)
                return
        t = type(obj)
        if obj is None:
            self.write(NONE)
            return
        if t is bool:
            if self.proto >= 2:
                self.write(NEWTRUE if obj else NEWFALSE)
            else:  # the text form older readers take for a bool
                self.write(INT + (b'01\n' if obj else b'00\n'))
            return
        if t is int:
            self._save_int(obj)
            return
        if t is float:
            if self.bin:
                self.write(BINFLOAT + _pack('>d', obj))
            else:
                self.write(FLOAT + repr(obj).encode('ascii') + b'\n')
            return
        hit = self.memo.get(id(obj))
        if hit is not None:
            self.write(self._get(hit[0]))
            return
        if obj is ... or obj is NotImplemented:
            self.save_global(obj, 'Ellipsis' if obj is ... else 'NotImplemented')
            return
        method = self.dispatch.get(t)
        if method is not None:
            method(self, obj)
            return
        override = getattr(self, 'reducer_override', None)
        rv = NotImplemented
        if override is not None:
            rv = override(obj)
        if rv is NotImplemented:
            if t is type or _is_function(obj):
                self.save_global(obj)
                return
            table = getattr(self, 'dispatch_table', dispatch_table)
            reduce = table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif isinstance(obj, type):
                self.save_global(obj)
                return
            elif _builtin_reducer(t) is not None:
                rv = _builtin_reducer(t)(obj)
            else:
                reduce = getattr(obj, '__reduce_ex__', None)
                if reduce is not None:
                    rv = reduce(self.proto)
                else:
                    reduce = getattr(obj, '__reduce__', None)
                    if reduce is None:
                        raise TypeError('cannot pickle %r object' % t.__name__)
                    rv = reduce()
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError('%s must return string or tuple' % '__reduce__')
        if not 2 <= len(rv) <= 6:
            raise PicklingError('Tuple returned by %s must have two to six elements'
                                % '__reduce__')
        self.save_reduce(*rv, obj=obj)

    def _save_pid(self, pid):
        if self.bin:
            self.save(pid, False)
            self.write(BINPERSID)
            return
        try:
            text = str(pid).encode('ascii')
        except UnicodeEncodeError:
            raise PicklingError('persistent IDs in protocol 0 must be ASCII strings') from None
        self.write(PERSID + text + b'\n')

    def _save_int(self, n):
        small = -0x80000000 <= n <= 0x7fffffff
        if not self.bin or (not small and self.proto < 2):
            # the text forms: a C long's 32 bits as INT, more as LONG
            if small:
                self.write(INT + b'%d\n' % n)
            else:
                self.write(LONG + b'%dL\n' % n)
            return
        if 0 <= n <= 0xff:
            self.write(BININT1 + bytes((n,)))
        elif 0 <= n <= 0xffff:
            self.write(BININT2 + _pack('<H', n))
        elif -0x80000000 <= n <= 0x7fffffff:
            self.write(BININT + _pack('<i', n))
        else:
            data = encode_long(n)
            if len(data) < 256:
                self.write(LONG1 + bytes((len(data),)) + data)
            else:
                self.write(LONG4 + _pack('<i', len(data)) + data)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError('second item of the tuple returned by __reduce__ '
                                'must be a tuple')
        if not callable(func):
            raise PicklingError('first item of the tuple returned by __reduce__ '
                                'must be callable')
        # the __newobj__ forms are protocol 2's: before it, a call like any other
        name = getattr(func, '__name__', '') if self.proto >= 2 else ''
        if name == '__newobj_ex__':
            cls, args, kwargs = args
            if not hasattr(cls, '__new__'):
                raise PicklingError('args[0] from __newobj_ex__ args has no __new__')
            if obj is not None and cls is not obj.__class__:
                raise PicklingError('args[0] from __newobj_ex__ args has the wrong class')
            if self.proto >= 4:
                self.save(cls)
                self.save(args)
                self.save(kwargs)
                self.write(NEWOBJ_EX)
            else:
                self.save(_partial(cls.__new__, cls, *args, **kwargs))
                self.save(())
                self.write(REDUCE)
        elif name == '__newobj__':
            if not args:
                raise PicklingError('__newobj__ arglist is empty')
            cls = args[0]
            if not hasattr(cls, '__new__'):
                raise PicklingError('args[0] from __newobj__ args has no __new__')
            if obj is not None and cls is not obj.__class__:
                raise PicklingError('args[0] from __newobj__ args has the wrong class')
            self.save(cls)
            self.save(args[1:])
            self.write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self.write(REDUCE)

        if obj is not None:
            hit = self.memo.get(id(obj))
            if hit is not None:
                # The object reached itself through its arguments.
                self.write(POP + self._get(hit[0]))
            else:
                self.memoize(obj)
        for items, add in ((listitems, self._batch_appends),
                           (dictitems, self._batch_setitems)):
            if items is not None:
                add(items)
        if state is None:
            return
        if state_setter is None:  # BUILD sets it: __setstate__ or the __dict__
            self.save(state)
            self.write(BUILD)
            return
        # state_setter(obj, state) called for its effect; the result is dropped.
        for part in (state_setter, obj, state):
            self.save(part)
        self.write(TUPLE2 + REDUCE + POP)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        module_name = whichmodule(obj, name)
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % (name,))
        try:
            __import__(module_name, level=0)
            module = _sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            found, parent = _getattribute(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            # A module's name is one string object that CPython's classes and
            # Python functions share (its builtin functions hold another), so
            # it is written once and referred to after; the name inside the
            # module is written each time.
            key = (module_name, type(obj) is type(len))
            idx = self._module_names.get(key)
            if idx is not None and not self.fast:
                self.write(self._get(idx))
            else:
                self.save_str(module_name)
                self._module_names[key] = len(self.memo) - 1
            self.save_str(name)
            self.write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        elif self.proto >= 3:
            self.write(GLOBAL + module_name.encode('utf-8') + b'\n'
                       + name.encode('utf-8') + b'\n')
        else:
            if self.fix_imports:
                if (module_name, name) in _PY2_NAME:
                    module_name, name = _PY2_NAME[(module_name, name)]
                elif module_name in _PY2_MODULE:
                    module_name = _PY2_MODULE[module_name]
            try:
                self.write(GLOBAL + module_name.encode('ascii') + b'\n'
                           + name.encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using "
                                    "pickle protocol %i" % (module_name, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    def save_str(self, obj):
        if not self.bin:
            self.write(UNICODE + _text_escape(obj) + b'\n')
            self.memoize(obj)
            return
        data = obj.encode('utf-8', 'surrogatepass')
        n = len(data)
        if n <= 0xff and self.proto >= 4:
            self._write_payload(SHORT_BINUNICODE + bytes((n,)), data)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_payload(BINUNICODE8 + _pack('<Q', n), data)
        else:
            self._write_payload(BINUNICODE + _pack('<I', n), data)
        self.memoize(obj)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs.encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self._write_payload(SHORT_BINBYTES + bytes((n,)), obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_payload(BINBYTES8 + _pack('<Q', n), obj)
        else:
            self._write_payload(BINBYTES + _pack('<I', n), obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._write_payload(BYTEARRAY8 + _pack('<Q', len(obj)), bytes(obj))
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        if n <= 3 and self.proto >= 2:
            for item in obj:
                self.save(item)
            hit = self.memo.get(id(obj))
            if hit is not None:
                self.write(POP * n + self._get(hit[0]))
                return
            self.write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
            self.memoize(obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        hit = self.memo.get(id(obj))
        if hit is not None:
            # protocol 0 has no POP_MARK: the items and the mark popped one by one
            self.write((POP_MARK if self.bin else POP * (n + 1)) + self._get(hit[0]))
            return
        self.write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if type(obj) is list:
            self._batch_list(obj)
        else:
            self._batch_appends(iter(obj))

    def _batch_list(self, items):
        if len(items) == 1 or not self.bin:  # protocol 0 appends one by one
            for item in items:
                self.save(item)
                self.write(APPEND)
            return
        if len(items) == 1:
            self.save(items[0])
            self.write(APPEND)
            return
        i = 0
        while i < len(items):
            self.write(MARK)
            count = 0
            while i < len(items) and count < _BATCH:
                self.save(items[i])
                i += 1
                count += 1
            self.write(APPENDS)

    def _batch_appends(self, items):
        items = iter(items)
        if not self.bin:
            for item in items:
                self.save(item)
                self.write(APPEND)
            return
        while True:
            chunk = []
            for item in items:
                chunk.append(item)
                if len(chunk) == _BATCH:
                    break
            if len(chunk) > 1:
                self.write(MARK)
                for item in chunk:
                    self.save(item)
                self.write(APPENDS)
            elif chunk:
                self.save(chunk[0])
                self.write(APPEND)
            if len(chunk) < _BATCH:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if type(obj) is dict:
            self._batch_dict(obj)
        else:
            self._batch_setitems(iter(obj.items()))

    def _batch_dict(self, d):
        size = len(d)
        if not self.bin:
            self._batch_setitems(iter(d.items()))
            return
        if size == 1:
            for k, v in d.items():
                self.save(k)
                self.save(v)
            self.write(SETITEM)
            return
        items = iter(d.items())
        done = 0
        while done < size:
            self.write(MARK)
            count = 0
            for k, v in items:
                self.save(k)
                self.save(v)
                done += 1
                count += 1
                if count == _BATCH:
                    break
            else:
                if done != size:
                    raise RuntimeError('dictionary changed size during iteration')
            self.write(SETITEMS)
            if len(d) != size:
                raise RuntimeError('dictionary changed size during iteration')

    def _batch_setitems(self, items):
        items = iter(items)
        if not self.bin:  # protocol 0 sets one item at a time
            for k, v in items:
                self.save(k)
                self.save(v)
                self.write(SETITEM)
            return
        while True:
            chunk = []
            for item in items:
                chunk.append(item)
                if len(chunk) == _BATCH:
                    break
            if len(chunk) > 1:
                self.write(MARK)
                for k, v in chunk:
                    self.save(k)
                    self.save(v)
                self.write(SETITEMS)
            elif chunk:
                k, v = chunk[0]
                self.save(k)
                self.save(v)
                self.write(SETITEM)
            if len(chunk) < _BATCH:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for i in range(0, len(items), _BATCH):
            self.write(MARK)
            for item in items[i:i + _BATCH]:
                self.save(item)
            self.write(ADDITEMS)

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        hit = self.memo.get(id(obj))
        if hit is not None:
            self.write(POP_MARK + self._get(hit[0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    dispatch = {}


_Pickler.dispatch = {
    str: _Pickler.save_str, bytes: _Pickler.save_bytes, bytearray: _Pickler.save_bytearray,
    tuple: _Pickler.save_tuple, list: _Pickler.save_list, dict: _Pickler.save_dict,
    set: _Pickler.save_set, frozenset: _Pickler.save_frozenset, type: _Pickler.save_type,
}


class _Unpickler:
    """Reads pickles from a binary file, one object per load()."""

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict',
                 buffers=None):
        self._file_read = file.read
        self._file_readline = file.readline
        self.fix_imports = fix_imports
        self.encoding = encoding
        self.errors = errors
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.proto = 0

    def read(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError('pickle data was truncated')
        return data

    def readline(self):
        line = self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError('pickle data was truncated')
        return line

    def persistent_load(self, pid):
        raise UnpicklingError('A load persistent id instruction was encountered, but no '
                              'persistent_load function was specified.')

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _PY3_NAME:
                module, name = _PY3_NAME[(module, name)]
            elif module in _PY3_MODULE:
                module = _PY3_MODULE[module]
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(_sys.modules[module], name)[0]
        return getattr(_sys.modules[module], name)

    def load(self):
        if not hasattr(self, '_file_read'):
            raise UnpicklingError('Unpickler.__init__() was not called by %s.__init__()'
                                  % (type(self).__name__,))
        self.stack = []
        self.metastack = []
        self.proto = 0
        first = self._file_read(1)
        if not first:
            raise EOFError('Ran out of input')
        key = first
        try:
            while True:
                handler = _LOADERS.get(key[0])
                if handler is None:
                    raise UnpicklingError('invalid load key, %r.' % chr(key[0]))
                handler(self)
                key = self._file_read(1)
                if not key:
                    raise EOFError('Ran out of input')
        except _Stop as stop:
            return stop.value

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError('could not find MARK')
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def _pop(self):
        if not self.stack:
            raise UnpicklingError('unpickling stack underflow')
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise UnpicklingError('unpickling stack underflow')
        return self.stack[-1]

    def _decode_py2(self, data):
        if self.encoding == 'bytes':
            return data
        return data.decode(self.encoding, self.errors)


def _load_proto(u):
    proto = u.read(1)[0]
    if proto > HIGHEST_PROTOCOL:
        raise ValueError('unsupported pickle protocol: %d' % proto)
    u.proto = proto


def _load_frame(u):
    u.read(8)   # frames only group opcodes: their contents are read as they come


def _load_stop(u):
    raise _Stop(u._pop())


def _load_mark(u):
    u.metastack.append(u.stack)
    u.stack = []


def _load_pop(u):
    if u.stack:
        u.stack.pop()
    elif u.metastack:
        u.pop_mark()
    else:
        raise UnpicklingError('unpickling stack underflow')


def _load_pop_mark(u):
    u.pop_mark()


def _load_dup(u):
    u.stack.append(u._top())


def _load_int(u):
    text = u.readline()[:-1]
    if text == b'00':
        u.stack.append(False)
    elif text == b'01':
        u.stack.append(True)
    else:
        u.stack.append(int(text, 0))


def _load_long_text(u):
    text = u.readline()[:-1]
    if text.endswith(b'L'):
        text = text[:-1]
    u.stack.append(int(text, 0))


def _load_float_text(u):
    u.stack.append(float(u.readline()[:-1]))


_SIMPLE_ESCAPES = {ord('\\'): 0x5c, ord("'"): 0x27, ord('"'): 0x22, ord('a'): 7, ord('b'): 8,
                   ord('f'): 12, ord('n'): 10, ord('r'): 13, ord('t'): 9, ord('v'): 11}


def _escape_decode(text):
    """A Python 2 str literal's body (protocol 0's STRING) to bytes."""
    out = bytearray()
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        i += 1
        if ch != 0x5c or i >= n:
            out.append(ch)
            continue
        esc = text[i]
        i += 1
        if esc in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[esc])
        elif esc == 0x0a:
            pass
        elif esc == ord('x'):
            try:
                out.append(int(text[i:i + 2], 16))
            except ValueError:
                raise ValueError('invalid \\x escape at position %d' % (i - 2)) from None
            i += 2
        elif ord('0') <= esc <= ord('7'):
            j = i
            while j < n and j < i + 2 and ord('0') <= text[j] <= ord('7'):
                j += 1
            out.append(int(text[i - 1:j], 8) & 0xff)
            i = j
        else:
            out.append(0x5c)
            out.append(esc)
    return bytes(out)


def _load_string(u):
    text = u.readline()[:-1]
    if len(text) >= 2 and text[0] == text[-1] and text[:1] in (b'"', b"'"):
        text = text[1:-1]
    else:
        raise UnpicklingError('the STRING opcode argument must be quoted')
    u.stack.append(u._decode_py2(_escape_decode(text)))


def _raw_unicode_escape(data):
    """Protocol 0's text: bytes as latin-1, except a backslash-u escape (four hex digits)
    or a backslash-U escape (eight hex digits), which names a code point."""
    out = []
    i = 0
    n = len(data)
    while i < n:
        ch = data[i]
        if ch == 0x5c and i + 1 < n and data[i + 1] in (0x75, 0x55):
            width = 4 if data[i + 1] == 0x75 else 8
            digits = data[i + 2:i + 2 + width]
            if len(digits) == width:
                try:
                    out.append(chr(int(digits, 16)))
                    i += 2 + width
                    continue
                except ValueError:
                    pass
            raise UnicodeDecodeError('rawunicodeescape', bytes(data), i, i + 2,
                                     'truncated \\uXXXX escape')
        out.append(chr(ch))
        i += 1
    return ''.join(out)


def _load_unicode_text(u):
    u.stack.append(_raw_unicode_escape(u.readline()[:-1]))


def _sized(u, fmt, width):
    n = _unpack(fmt, u.read(width))[0]
    if n > _sys.maxsize:
        raise UnpicklingError('data too large')
    return u.read(n)


_LOADERS = {
    PROTO[0]: _load_proto,
    FRAME[0]: _load_frame,
    STOP[0]: _load_stop,
    MARK[0]: _load_mark,
    POP[0]: _load_pop,
    POP_MARK[0]: _load_pop_mark,
    DUP[0]: _load_dup,
    NONE[0]: lambda u: u.stack.append(None),
    NEWTRUE[0]: lambda u: u.stack.append(True),
    NEWFALSE[0]: lambda u: u.stack.append(False),
    INT[0]: _load_int,
    BININT[0]: lambda u: u.stack.append(_unpack('<i', u.read(4))[0]),
    BININT1[0]: lambda u: u.stack.append(u.read(1)[0]),
    BININT2[0]: lambda u: u.stack.append(_unpack('<H', u.read(2))[0]),
    LONG[0]: _load_long_text,
    LONG1[0]: lambda u: u.stack.append(decode_long(u.read(u.read(1)[0]))),
    FLOAT[0]: _load_float_text,
    BINFLOAT[0]: lambda u: u.stack.append(_unpack('>d', u.read(8))[0]),
    STRING[0]: _load_string,
    BINSTRING[0]: lambda u: u.stack.append(u._decode_py2(_sized(u, '<i', 4))),
    SHORT_BINSTRING[0]: lambda u: u.stack.append(u._decode_py2(u.read(u.read(1)[0]))),
    UNICODE[0]: _load_unicode_text,
    BINUNICODE[0]: lambda u: u.stack.append(str(_sized(u, '<I', 4), 'utf-8', 'surrogatepass')),
    SHORT_BINUNICODE[0]: lambda u: u.stack.append(
        str(u.read(u.read(1)[0]), 'utf-8', 'surrogatepass')),
    BINUNICODE8[0]: lambda u: u.stack.append(str(_sized(u, '<Q', 8), 'utf-8', 'surrogatepass')),
    BINBYTES[0]: lambda u: u.stack.append(bytes(_sized(u, '<I', 4))),
    SHORT_BINBYTES[0]: lambda u: u.stack.append(bytes(u.read(u.read(1)[0]))),
    BINBYTES8[0]: lambda u: u.stack.append(bytes(_sized(u, '<Q', 8))),
    BYTEARRAY8[0]: lambda u: u.stack.append(bytearray(_sized(u, '<Q', 8))),
    EMPTY_TUPLE[0]: lambda u: u.stack.append(()),
    EMPTY_LIST[0]: lambda u: u.stack.append([]),
    EMPTY_DICT[0]: lambda u: u.stack.append({}),
    EMPTY_SET[0]: lambda u: u.stack.append(set()),
}


def _load_long4(u):
    n = _unpack('<i', u.read(4))[0]
    if n < 0:
        raise UnpicklingError('LONG pickle has negative byte count')
    u.stack.append(decode_long(u.read(n)))


def _load_tuple(u):
    items = u.pop_mark()
    u.stack.append(tuple(items))


def _load_tuple_n(n):
    def load(u):
        if len(u.stack) < n:
            raise UnpicklingError('unpickling stack underflow')
        items = tuple(u.stack[len(u.stack) - n:])
        del u.stack[len(u.stack) - n:]
        u.stack.append(items)
    return load


def _load_list(u):
    items = u.pop_mark()
    u.stack.append(items)


def _load_dict(u):
    items = u.pop_mark()
    d = {}
    for i in range(0, len(items) - 1, 2):
        d[items[i]] = items[i + 1]
    u.stack.append(d)


def _load_frozenset(u):
    items = u.pop_mark()
    u.stack.append(frozenset(items))


def _load_append(u):
    value = u._pop()
    target = u._top()
    target.append(value)


def _load_appends(u):
    items = u.pop_mark()
    target = u._top()
    if isinstance(target, list):
        target.extend(items)
    else:
        add = target.append
        for item in items:
            add(item)


def _load_setitem(u):
    value = u._pop()
    key = u._pop()
    u._top()[key] = value


def _load_setitems(u):
    items = u.pop_mark()
    target = u._top()
    for i in range(0, len(items) - 1, 2):
        target[items[i]] = items[i + 1]


def _load_additems(u):
    items = u.pop_mark()
    target = u._top()
    if isinstance(target, set):
        target.update(items)
    else:
        for item in items:
            target.add(item)


def _load_global(u):
    module = u.readline()[:-1].decode('utf-8')
    name = u.readline()[:-1].decode('utf-8')
    u.stack.append(u.find_class(module, name))


def _load_stack_global(u):
    name = u._pop()
    module = u._pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError('STACK_GLOBAL requires str')
    u.stack.append(u.find_class(module, name))


def _load_reduce(u):
    args = u._pop()
    func = u._top()
    u.stack[-1] = func(*args)


def _load_newobj(u):
    args = u._pop()
    cls = u._pop()
    if not isinstance(cls, type):
        raise UnpicklingError("NEWOBJ class argument isn't a type object")
    u.stack.append(cls.__new__(cls, *args))


def _load_newobj_ex(u):
    kwargs = u._pop()
    args = u._pop()
    cls = u._pop()
    if not isinstance(cls, type):
        raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s"
                              % type(cls).__name__)
    u.stack.append(cls.__new__(cls, *args, **kwargs))


def _instantiate(u, cls, args):
    if args or not isinstance(cls, type) or hasattr(cls, '__getinitargs__'):
        value = cls(*args)
    else:
        value = cls.__new__(cls)
    u.stack.append(value)


def _load_inst(u):
    module = u.readline()[:-1].decode('ascii')
    name = u.readline()[:-1].decode('ascii')
    cls = u.find_class(module, name)
    _instantiate(u, cls, u.pop_mark())


def _load_obj(u):
    args = u.pop_mark()
    cls = args.pop(0)
    _instantiate(u, cls, args)


def _load_build(u):
    state = u._pop()
    inst = u._top()
    setstate = getattr(inst, '__setstate__', None)
    if setstate is None:
        _set_state(inst, state)
    else:
        setstate(state)


def _set_state(inst, state):
    """BUILD for an object without __setstate__: state holds new items of its __dict__
    (str keys interned), or is a pair of those and attributes to set (slots)."""
    attributes = None
    if isinstance(state, tuple) and len(state) == 2:
        state, attributes = state
    if state:
        namespace = inst.__dict__
        for key, value in state.items():
            namespace[_sys.intern(key) if type(key) is str else key] = value
    if attributes:
        for key, value in attributes.items():
            setattr(inst, key, value)


def _memo_value(u, idx):
    try:
        return u.memo[idx]
    except KeyError:
        raise UnpicklingError('Memo value not found at index %d' % idx) from None


def _load_put_text(u):
    idx = int(u.readline()[:-1])
    if idx < 0:
        raise ValueError('negative PUT argument')
    u.memo[idx] = u._top()


def _load_binput(u):
    u.memo[u.read(1)[0]] = u._top()


def _load_long_binput(u):
    idx = _unpack('<I', u.read(4))[0]
    u.memo[idx] = u._top()


def _load_memoize(u):
    u.memo[len(u.memo)] = u._top()


def _load_persid(u):
    try:
        pid = u.readline()[:-1].decode('ascii')
    except UnicodeDecodeError:
        raise UnpicklingError('persistent IDs in protocol 0 must be ASCII strings') from None
    u.stack.append(u.persistent_load(pid))


def _load_binpersid(u):
    u.stack.append(u.persistent_load(u._pop()))


def _load_ext(width):
    def load(u):
        code = int.from_bytes(u.read(width), 'little')
        key = _copyreg._inverted_registry.get(code)
        if key is None:
            raise ValueError('unregistered extension code %d' % code)
        u.stack.append(u.find_class(*key))
    return load


def _load_next_buffer(u):
    if u._buffers is None:
        raise UnpicklingError('pickle stream refers to out-of-band data but no '
                              '*buffers* argument was given')
    try:
        u.stack.append(next(u._buffers))
    except StopIteration:
        raise UnpicklingError('not enough out-of-band buffers') from None


def _load_readonly_buffer(u):
    buf = u._top()
    if isinstance(buf, bytearray):
        u.stack[-1] = bytes(buf)


_LOADERS.update({
    LONG4[0]: _load_long4,
    TUPLE[0]: _load_tuple,
    TUPLE1[0]: _load_tuple_n(1),
    TUPLE2[0]: _load_tuple_n(2),
    TUPLE3[0]: _load_tuple_n(3),
    LIST[0]: _load_list,
    DICT[0]: _load_dict,
    FROZENSET[0]: _load_frozenset,
    APPEND[0]: _load_append,
    APPENDS[0]: _load_appends,
    SETITEM[0]: _load_setitem,
    SETITEMS[0]: _load_setitems,
    ADDITEMS[0]: _load_additems,
    GLOBAL[0]: _load_global,
    STACK_GLOBAL[0]: _load_stack_global,
    REDUCE[0]: _load_reduce,
    NEWOBJ[0]: _load_newobj,
    NEWOBJ_EX[0]: _load_newobj_ex,
    INST[0]: _load_inst,
    OBJ[0]: _load_obj,
    BUILD[0]: _load_build,
    GET[0]: lambda u: u.stack.append(_memo_value(u, int(u.readline()[:-1]))),
    BINGET[0]: lambda u: u.stack.append(_memo_value(u, u.read(1)[0])),
    LONG_BINGET[0]: lambda u: u.stack.append(_memo_value(u, _unpack('<I', u.read(4))[0])),
    PUT[0]: _load_put_text,
    BINPUT[0]: _load_binput,
    LONG_BINPUT[0]: _load_long_binput,
    MEMOIZE[0]: _load_memoize,
    PERSID[0]: _load_persid,
    BINPERSID[0]: _load_binpersid,
    EXT1[0]: _load_ext(1),
    EXT2[0]: _load_ext(2),
    EXT4[0]: _load_ext(4),
    NEXT_BUFFER[0]: _load_next_buffer,
    READONLY_BUFFER[0]: _load_readonly_buffer,
})

Pickler = _Pickler
Unpickler = _Unpickler


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    out = _io.BytesIO()
    Pickler(out, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return out.getvalue()


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_io.BytesIO(data), fix_imports=fix_imports, encoding=encoding,
                     errors=errors, buffers=buffers).load()
