"""enum for closured: enumerations as classes whose members are their instances.

EnumType is the metaclass: it turns the plain attributes of a class body
(RED = 1) into members (singleton instances with .name and .value), keeps
them in definition order, and makes the class iterable, sized and
subscriptable by name; calling the class looks a member up by value.
Enum, IntEnum, StrEnum, Flag and IntFlag are the usual bases; auto() picks
values, unique() rejects aliases, Enum('Name', 'A B C') makes one in a call."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'global_enum',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'EnumCheck', 'CONTINUOUS',
           'NAMED_FLAGS', 'UNIQUE']

import builtins as _builtins
from types import MappingProxyType as _MappingProxy

Flag = None
ReprEnum = None

_bi_property = _builtins.property


class auto:
    """A member value chosen by the enum (_generate_next_value_)."""
    _order = 0

    def __init__(self, value=None):
        self.value = value
        auto._order += 1

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _deferred_op(name, fn):
    def left(self, other):
        return _Deferred(fn, self, other)

    def right(self, other):
        return _Deferred(fn, other, self)
    left.__name__ = '__%s__' % name
    right.__name__ = '__r%s__' % name
    return left, right


class _Deferred:
    """An expression over auto() values in a class body (RW = R | W): CPython gives each
    auto() its value when the body assigns it, this enum when the class is made, so the
    expression is worked out then, after the auto() values it uses."""

    def __init__(self, fn, *operands):
        self.fn = fn
        self.operands = operands

    def _resolve(self):
        return self.fn(*(_resolved(v) for v in self.operands))


def _resolved(v):
    if isinstance(v, auto):
        return v.value
    if isinstance(v, _Deferred):
        return v._resolve()
    return v


for _cls in (auto, _Deferred):
    for _name, _fn in (('or', lambda a, b: a | b), ('and', lambda a, b: a & b),
                       ('xor', lambda a, b: a ^ b), ('add', lambda a, b: a + b),
                       ('sub', lambda a, b: a - b), ('mul', lambda a, b: a * b)):
        _left, _right = _deferred_op(_name, _fn)
        setattr(_cls, _left.__name__, _left)
        setattr(_cls, _right.__name__, _right)
    _cls.__invert__ = lambda self: _Deferred(lambda a: ~a, self)
del _cls, _name, _fn, _left, _right


class member:
    """Forces a value to become a member (a function, say)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps a value out of the members."""

    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % cls_name.lstrip('_')
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')
            or isinstance(obj, (staticmethod, classmethod, _bi_property)))


# enum's property (CPython's lets a member of the same name win on the class)
property = _bi_property


def _member_order(ns, cls_name):
    """The names in a class body that become members, in order."""
    names = []
    for key, value in ns.items():
        if _is_dunder(key) or _is_sunder(key) or _is_private(cls_name, key):
            continue
        if isinstance(value, nonmember):
            continue
        if isinstance(value, member):
            names.append(key)
            continue
        if not isinstance(value, (auto, _Deferred)) and (callable(value) or
                                                        _is_descriptor(value)):
            continue
        names.append(key)
    return names


class EnumType(type):
    """Metaclass of Enum: makes the members and answers for the class."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        names = _member_order(classdict, cls)
        values = {}
        for key in names:
            v = classdict.pop(key)
            if isinstance(v, member):
                v = v.value
            values[key] = v
        for key, value in list(classdict.items()):
            if isinstance(value, nonmember):
                classdict[key] = value.value
        ignore = classdict.pop('_ignore_', ())
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for key in ignore:
            values.pop(key, None)
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        classdict['_unhashable_values_'] = []
        classdict['_member_type_'] = member_type
        if boundary is not None:
            classdict['_boundary_'] = boundary
        order = classdict.pop('_order_', None)
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        if member_type is not object:
            # a mixed-in data type (timedelta, bytes...) sits before Enum in
            # the MRO: its repr, and unless the enum is a ReprEnum its str
            # and format, give way to the enum's own
            hooks = ['__repr__']
            if ReprEnum is None or not issubclass(first_enum, ReprEnum):
                hooks += ['__str__', '__format__']
            for hook in hooks:
                found = getattr(enum_class, hook)
                if hook not in classdict and (found == getattr(member_type, hook) or
                                              found == getattr(object, hook)):
                    setattr(enum_class, hook, getattr(first_enum, hook))
        user_new = _find_in_enums(enum_class, '__new__')
        gen = enum_class._generate_next_value_
        last_values = []
        for name in values:
            value = values[name]
            if isinstance(value, auto):
                if value.value is None:
                    value.value = gen(name, 1, len(last_values), last_values[:])
                value = value.value
            elif isinstance(value, _Deferred):
                value = value._resolve()
            elif isinstance(value, tuple):
                value = tuple(v.value if isinstance(v, auto) else v for v in value)
            last_values.append(value)
            enum_class._add_member_(name, value, member_type, user_new)
        if Flag is not None and issubclass(enum_class, Flag):
            enum_class._flag_mask_ = 0
            for m in enum_class._member_map_.values():
                enum_class._flag_mask_ |= m._value_
            if enum_class._member_names_:
                enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1
            else:
                enum_class._all_bits_ = 0
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    def _add_member_(cls, name, value, member_type, user_new):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if user_new is not None:
            new = user_new.__func__ if isinstance(user_new, staticmethod) else user_new
            obj = new(cls, *args)
            if not hasattr(obj, '_value_'):
                obj._value_ = value if member_type is object else member_type(*args)
        elif member_type is object:
            obj = object.__new__(cls)
            obj._value_ = value
        else:
            obj = member_type.__new__(cls, *args)
            obj._value_ = member_type(*args)
        value = obj._value_
        obj._name_ = name
        obj.__objclass__ = cls
        obj._sort_order_ = len(cls._member_names_)
        init = _find_in_enums(cls, '__init__')
        if init is not None:
            init(obj, *args)
        # an alias: an earlier member with an equal value
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is not None and not _flag_alias(cls, value):
            obj = canonical
        else:
            if not (Flag is not None and issubclass(cls, Flag)) or _is_single_bit(value):
                cls._member_names_.append(name)
            elif canonical is None and Flag is not None and issubclass(cls, Flag):
                pass
        cls._member_map_[name] = obj
        try:
            cls._value2member_map_.setdefault(value, obj)
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, name, obj)

    @classmethod
    def _get_mixins_(metacls, cls_name, bases):
        if not bases:
            return object, None
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object or isinstance(base, EnumType):
                    continue
                if base in (int, str, float, tuple, bytes, dict, list):
                    member_type = base
                    break
                if '__new__' in base.__dict__:
                    member_type = base
                    break
            if member_type is not object:
                break
        for base in first_enum.__mro__:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('%s: cannot extend %r' % (cls_name, base))
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                classdict[name] = value
        elif hasattr(names, 'items'):
            for name, value in names.items():
                classdict[name] = value
        else:
            for name, value in names:
                classdict[name] = value
        classdict['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        meta = _builtins.type(cls)
        if boundary is not None:
            return meta.__new__(meta, class_name, bases, classdict, boundary=boundary)
        return meta.__new__(meta, class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (_builtins.type(member).__qualname__,
                               _builtins.type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = ['__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__',
                 '__members__', '__module__', '__name__', '__qualname__'] + cls._member_names_
        if _find_in_enums(cls, '__new__') is not None:
            names.append('__new__')
        names.append('__init_subclass__')
        return sorted(set(names))

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_bi_property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


def _find_in_enums(cls, name):
    """The function `name` (__new__, __init__) an enum class or an enum base
    defines, unwrapped; None when only the base types have one."""
    for base in cls.__mro__:
        if not isinstance(base, EnumType):
            continue
        f = base.__dict__.get(name)
        if f is not None:
            if base.__module__ == __name__ and base.__name__ != 'StrEnum':
                return None
            return getattr(f, '__func__', f)
    return None


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


def _flag_alias(cls, value):
    return False


class Enum(metaclass=EnumType):
    """Base class of enumerations: class Color(Enum): RED = 1."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            return max(v for v in last_values if isinstance(v, int)) + 1
        except ValueError:
            return start + count
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        for cls in type(self).__mro__:
            for name, obj in cls.__dict__.items():
                if name[0] != '_' and cls not in (Enum, ReprEnum, IntEnum, StrEnum, Flag, IntFlag):
                    if name not in self._member_map_:
                        names.append(name)
        return sorted(set(names))

    def __hash__(self):
        if self._member_type_ is object:
            return hash(self._name_)
        return hash(self._value_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its value's type."""


class IntEnum(int, ReprEnum):
    """An enum whose members are ints."""

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    """An enum whose members are strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary.STRICT, FlagBoundary.CONFORM, FlagBoundary.EJECT, \
    FlagBoundary.KEEP


class Flag(Enum, boundary=STRICT):
    """An enum whose members combine with |, & and ^ (bit flags)."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        return 2 ** last.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        boundary = getattr(cls, '_boundary_', STRICT)
        mask = cls._flag_mask_
        if value < 0:
            # a negative value stands for its two's complement over the
            # flag's bits; KEEP and EJECT widen to the value's own width
            # when it has bits past them
            top = cls._all_bits_
            if boundary in (KEEP, EJECT) and (value < ~top or value & (top ^ mask)):
                value += max(top + 1, 2 ** value.bit_length())
            value &= top if value < 0 else -1
        extra = value & ~mask
        if extra:
            if boundary is STRICT:
                raise ValueError('%s: invalid value %r\n    given %s\n  allowed %s'
                                 % (cls.__name__, value, _bits(value), _bits(mask)))
            if boundary is CONFORM:
                value &= mask
            elif boundary is EJECT:
                return value
        pseudo = cls._value2member_map_.get(value)
        if pseudo is not None:
            return pseudo
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._iter_bits_(value & mask)]
        if extra and boundary is KEEP:
            pseudo._name_ = '|'.join(names + [cls._numeric_repr_(extra)]) if names else None
        else:
            pseudo._name_ = '|'.join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _iter_bits_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value == m._value_ and m._value_:
                yield m

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_bits_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, self._value_)
        return "<%s.%s: %s>" % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if getattr(self, '_boundary_', STRICT) is KEEP:
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ ^ self._value_)


def _bits(num):
    digits = bin(num)[2:]
    return '0b0 ' + digits if num >= 0 else '0b1 ' + digits


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints."""

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    __repr__ = Flag.__repr__
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator: ValueError when two names share a value."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class EnumCheck(StrEnum):
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


class verify:
    """Class decorator checking an enumeration (only UNIQUE is enforced)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if UNIQUE in self.checks:
            unique(enumeration)
        return enumeration


def global_enum(cls):
    """Class decorator: the members become globals of the defining module."""
    import sys
    g = sys.modules[cls.__module__].__dict__ if cls.__module__ in sys.modules else None
    if g is not None:
        g.update(cls.__members__)
    return cls
