# An exception that is also a WSGI response: webob's HTTP errors derive from a
# Response class and Exception, and a handler that catches one calls it as an
# application. Builtin exceptions stay uncallable.


class Response:
    def __init__(self, status="200 OK"):
        self.status = status

    def __call__(self, environ, start_response):
        start_response(self.status, [("Content-Type", "text/plain")])
        return [self.status.encode()]


class HTTPException(Exception):
    def __init__(self, message, wsgi_response):
        super().__init__(message)
        self.wsgi_response = wsgi_response

    def __call__(self, environ, start_response):
        return self.wsgi_response(environ, start_response)


class HTTPNotFound(Response, HTTPException):
    def __init__(self, detail):
        Response.__init__(self, "404 Not Found")
        HTTPException.__init__(self, detail, self)


def app(environ, start_response):
    raise HTTPNotFound("no page at " + environ["PATH_INFO"])


def middleware(environ, start_response):
    try:
        return app(environ, start_response)
    except HTTPException as e:
        return e(environ, start_response)


seen = []
print(middleware({"PATH_INFO": "/x"}, lambda status, headers: seen.append((status, headers))))
print(seen, callable(HTTPNotFound("d")), callable(HTTPException("m", None)), callable(KeyError()))
only = HTTPException("m", lambda env, sr: ["inner", env])
print(only({"k": 1}, None), HTTPException.__call__(only, 2, 3))


class Counted(ValueError):
    calls = 0

    def __call__(self, *args, **kwargs):
        type(self).calls += 1
        return args, sorted(kwargs)


c = Counted("x")
print(c(1, 2, a=3), c(), Counted.calls, list(map(c, "ab")))
for thing in (ValueError("v"), StopIteration(1), Exception()):
    try:
        thing()
    except TypeError as e:
        print(e)


class NoCall(Exception):
    __call__ = None


try:
    NoCall()()
except TypeError as e:
    print(e, callable(NoCall()))
