class HTTPError(Exception):
    def __init__(self, status, reason):
        self.status = status
        self.reason = reason
        super().__init__(status, reason)

    def __str__(self):
        return f"{self.status} {self.reason}"


class NotFoundError(HTTPError):
    def __init__(self, path):
        super().__init__(404, "Not Found")
        self.path = path


try:
    raise NotFoundError("/x")
except HTTPError as e:
    print(e, e.args, e.status, e.path, repr(e))
print(str(HTTPError(500, "oops")))
errs = {}
for code in (400, 404):
    try:
        if code == 404:
            raise NotFoundError("/y")
        raise HTTPError(code, "Bad")
    except HTTPError as e:
        errs[code] = e
print({k: str(v) for k, v in errs.items()})
raise NotFoundError("/final")
