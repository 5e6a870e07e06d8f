"""importlib.metadata for closured: a program's modules come with no
installed distributions, so every package is unknown (version() raises
PackageNotFoundError) and the entry points are empty."""

__all__ = ['Distribution', 'DistributionFinder', 'PackageNotFoundError', 'PackageMetadata',
           'EntryPoint', 'EntryPoints', 'distribution', 'distributions', 'entry_points',
           'files', 'metadata', 'packages_distributions', 'requires', 'version']


class PackageNotFoundError(ModuleNotFoundError):
    """No distribution of this name is installed."""

    def __str__(self):
        return f'No package metadata was found for {self.name}'

    @property
    def name(self):
        (name,) = self.args
        return name


class PackageMetadata:
    pass


class EntryPoint:
    """A named reference `module:attr` in a group."""

    def __init__(self, name, value, group):
        self.name = name
        self.value = value
        self.group = group

    @property
    def module(self):
        return self.value.partition(':')[0].strip()

    @property
    def attr(self):
        return self.value.partition(':')[2].strip() or None

    def load(self):
        import importlib
        module = importlib.import_module(self.module)
        obj = module
        for part in filter(None, (self.attr or '').split('.')):
            obj = getattr(obj, part)
        return obj

    def matches(self, **params):
        return all(getattr(self, k) == v for k, v in params.items())

    def __repr__(self):
        return f'EntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r})'

    def __eq__(self, other):
        if not isinstance(other, EntryPoint):
            return NotImplemented
        return (self.name, self.value, self.group) == (other.name, other.value, other.group)

    def __hash__(self):
        return hash((self.name, self.value, self.group))


class EntryPoints(tuple):
    """An immutable collection of entry points."""

    __slots__ = ()

    def __getitem__(self, name):
        if isinstance(name, int):
            return tuple.__getitem__(self, name)
        for ep in self:
            if ep.name == name:
                return ep
        raise KeyError(name)

    def select(self, **params):
        return EntryPoints(ep for ep in self if ep.matches(**params))

    @property
    def names(self):
        return {ep.name for ep in self}

    @property
    def groups(self):
        return {ep.group for ep in self}

    def __repr__(self):
        return f'{type(self).__name__}({tuple(self)!r})'


class SelectableGroups(dict):
    """entry_points() without a selection: groups to their entry points."""

    def select(self, **params):
        return EntryPoints(ep for eps in self.values() for ep in eps if ep.matches(**params))

    @property
    def groups(self):
        return set(self.keys())

    @property
    def names(self):
        return {ep.name for eps in self.values() for ep in eps}


class Distribution:
    """An installed distribution; closured has none to find."""

    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError('A distribution name is required.')
        raise PackageNotFoundError(name)

    @classmethod
    def discover(cls, **kwargs):
        return iter(())


class DistributionFinder:
    class Context:
        def __init__(self, **kwargs):
            self.name = kwargs.get('name')
            self.path = kwargs.get('path', [])


def distribution(distribution_name):
    return Distribution.from_name(distribution_name)


def distributions(**kwargs):
    return Distribution.discover(**kwargs)


def metadata(distribution_name):
    return distribution(distribution_name).metadata


def version(distribution_name):
    """The version of an installed distribution: none is installed here."""
    return distribution(distribution_name).version


def entry_points(**params):
    if params:
        return EntryPoints()
    return SelectableGroups()


def files(distribution_name):
    return distribution(distribution_name).files


def requires(distribution_name):
    return distribution(distribution_name).requires


def packages_distributions():
    return {}
