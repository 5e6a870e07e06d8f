# Resolving relative references against a base, as links in a page are resolved.
from urllib.parse import urljoin

base = "http://a/b/c/d;p?q"
refs = ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
        "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g",
        "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g",
        "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x",
        "g#s/./x", "g#s/../x", "http:g"]
for ref in refs:
    print(f"{ref!r:>14} -> {urljoin(base, ref)}")
print(urljoin("https://example.com/docs/", "api/v1"), urljoin("https://example.com/docs", "api/v1"))
print(urljoin("https://example.com/a/b/", "../../../../x"), urljoin("", "rel"), urljoin("http://h/", ""))
print(urljoin("mailto:a@b", "c@d"), urljoin("http://h/p", "https://other/q"), urljoin("file:///a/b", "c"))
print(urljoin("http://h/a?x", "#frag", allow_fragments=False), urljoin("svn+ssh://h/r/t", "../u"))
