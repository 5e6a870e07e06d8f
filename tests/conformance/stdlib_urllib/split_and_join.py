# Splitting URLs into their parts, reading netloc fields and putting URLs back together.
from urllib.parse import urlsplit, urlparse, urlunsplit, urlunparse, urldefrag, SplitResult

urls = [
    "https://user:secret@Docs.Example.COM:8443/guide/intro.html;v=2?lang=en&x=1#setup",
    "http://[2001:db8::1]:8080/path",
    "http://[fe80::1%25eth0]/",
    "ftp://ftp.example.org/pub/file.tar.gz",
    "mailto:someone@example.com",
    "file:///etc/hosts",
    "//cdn.example.net/lib.js",
    "relative/path?q#f",
    "/absolute;params",
    "HTTP://EXAMPLE.com",
    "  https://example.com/lead\tand\ntabs",
    "tel:+1-555-0100",
    "git+ssh://git@host/repo.git",
    "",
    "?only=query",
    "#only-fragment",
    "path:with:colons",
    "1http://digits-first",
]
for url in urls:
    s = urlsplit(url)
    p = urlparse(url)
    print(repr(url))
    print("  ", s)
    print("  ", p.params, "|", s.hostname, s.port, s.username, s.password)
    print("  ", urlunsplit(s), "|", urlunparse(p), "|", s.geturl() == urlunsplit(s))

print(urlsplit("http://h/p#frag", allow_fragments=False))
print(urlsplit("example.com/x", scheme="https"), urlparse("//h/p", "ws"))
print(urldefrag("http://h/a/b?q=1#sec-2"), urldefrag("no-fragment").fragment == "")
r = urlparse("https://h:99/")
print(r._replace(netloc="other:1").geturl(), r.scheme, r[1], len(r), isinstance(r, tuple))
print(urlunsplit(("https", "h", "p", "", "")), urlunsplit(("", "", "//x", "", "")), urlunsplit(("file", "", "/tmp", "", "")))
for bad in ("http://[::1/x", "http://h:port/", "http://h:70000/", "http://[1.2.3.4]/", "http://[vz.x]/", "http://[bogus]/"):
    try:
        print(urlsplit(bad).port)
    except ValueError as e:
        print("ValueError:", e)
print(SplitResult("a", "b", "c", "d", "e").geturl(), urlsplit("http://[v1.fe]/").hostname)
