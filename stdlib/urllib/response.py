"""urllib.response for closured: the file-like wrappers urlopen's answers are
made of (addbase, addclosehook, addinfo, addinfourl). closured opens no
connection, so only programs make them; libraries test for them (html5lib
asks whether its source is an addbase)."""

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase:
    """A readable stream wrapped: reading and iterating go to fp; closing
    closes it and drops it."""

    def __init__(self, fp):
        self.fp = fp

    def __getattr__(self, name):
        fp = self.__dict__.get('fp')
        if fp is None:
            raise AttributeError(name)
        return getattr(fp, name)

    def __iter__(self):
        return iter(self.fp)

    def __repr__(self):
        return '<%s at %r whose fp = %r>' % (type(self).__name__, id(self), self.fp)

    def __enter__(self):
        if self.fp is None:
            raise ValueError("I/O operation on closed file")
        return self

    def __exit__(self, kind, value, tb):
        self.close()

    def close(self):
        fp, self.fp = self.fp, None
        if fp is not None:
            fp.close()


class addclosehook(addbase):
    """addbase that calls closehook(*hookargs) once, when closed."""

    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        hook, args = self.closehook, self.hookargs
        self.closehook = self.hookargs = None
        try:
            if hook is not None:
                hook(*args)
        finally:
            super().close()


class addinfo(addbase):
    """addbase that also carries the response's headers (info())."""

    def __init__(self, fp, headers):
        super().__init__(fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    """addinfo that also carries the url and the status code."""

    def __init__(self, fp, headers, url, code=None):
        super().__init__(fp, headers)
        self.url, self.code = url, code

    def geturl(self):
        return self.url

    def getcode(self):
        return self.code

    status = property(getcode, doc="the response's status code (as code)")
