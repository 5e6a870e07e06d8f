"""urllib.parse: splitting, joining and quoting URLs as CPython 3.11 does (urlsplit,
urlparse, urlunsplit, urlunparse, urljoin, urldefrag, quote, quote_plus, quote_from_bytes,
unquote, unquote_plus, unquote_to_bytes, urlencode, parse_qs, parse_qsl).

URLs are str; the bytes forms of the split functions (SplitResultBytes and the like) are
not provided, while quote/unquote take bytes too.
"""

from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit",
           "urlencode", "parse_qs", "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes", "DefragResult", "ParseResult",
           "SplitResult", "uses_relative", "uses_netloc", "uses_params", "scheme_chars"]

uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp",
                 "mms", "prospero", "rtsp", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss"]
uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms",
               "https", "shttp", "snews", "prospero", "rtsp", "rtspu", "rsync", "svn", "svn+ssh",
               "sftp", "nfs", "git", "git+ssh", "ws", "wss"]
uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtspu",
               "sip", "sips", "mms", "sftp", "tel"]
scheme_chars = ("abcdefghijklmnopqrstuvwxyz"
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                "0123456789"
                "+-.")

# what urlsplit strips from the front (C0 controls and space) and removes everywhere
_LEADING_JUNK = "".join(chr(c) for c in range(0x21))
_REMOVED = ("\t", "\r", "\n")


# ---- results ---------------------------------------------------------------------------


class _NetlocParts:
    """username, password, hostname and port read from a result's netloc."""

    __slots__ = ()

    @property
    def username(self):
        """The user name before '@' in netloc, or None."""
        return self._userinfo[0]

    @property
    def password(self):
        """The password after the user name's ':', or None."""
        return self._userinfo[1]

    @property
    def hostname(self):
        """The host in lower case (an IPv6 zone after '%' keeps its case), or None."""
        host = self._hostinfo[0]
        if not host:
            return None
        address, percent, zone = host.partition("%")
        return address.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is not None:
            if port.isdigit() and all(c in "0123456789" for c in port):
                port = int(port)
            else:
                raise ValueError(f"Port could not be cast to integer value as {port!r}")
            if not 0 <= port <= 65535:
                raise ValueError("Port out of range 0-65535")
        return port

    @property
    def _userinfo(self):
        userinfo, has_at, _ = self.netloc.rpartition("@")
        if not has_at:
            return None, None
        username, has_colon, password = userinfo.partition(":")
        return username, (password if has_colon else None)

    @property
    def _hostinfo(self):
        hostinfo = self.netloc.rpartition("@")[2]
        _, bracket, inside = hostinfo.partition("[")
        if bracket:
            hostname, _, rest = inside.partition("]")
            port = rest.partition(":")[2]
        else:
            hostname, _, port = hostinfo.partition(":")
        return hostname, (port or None)


class DefragResult(namedtuple("DefragResult", "url fragment")):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + "#" + self.fragment
        return self.url


class SplitResult(namedtuple("SplitResult", "scheme netloc path query fragment"), _NetlocParts):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(namedtuple("ParseResult", "scheme netloc path params query fragment"),
                  _NetlocParts):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _cls in (DefragResult, SplitResult, ParseResult):
    _cls.__module__ = "urllib.parse"
del _cls


# ---- splitting and joining -------------------------------------------------------------


_HEX_DIGITS = "0123456789abcdefABCDEF"


def _is_ipv4(text):
    parts = text.split(".")
    if len(parts) != 4:
        return False
    for part in parts:
        if not part or len(part) > 3 or not all("0" <= c <= "9" for c in part):
            return False
        if (len(part) > 1 and part[0] == "0") or int(part) > 255:
            return False
    return True


def _is_ipv6(text):
    address, percent, zone = text.partition("%")
    if percent and (not zone or "%" in zone):
        return False
    parts = address.split(":")
    if len(parts) < 3:
        return False
    if "." in parts[-1]:
        if not _is_ipv4(parts[-1]):
            return False
        parts[-1:] = ["0", "0"]  # the IPv4 tail stands for two groups
    if len(parts) > 9:
        return False
    gaps = [i for i in range(1, len(parts) - 1) if not parts[i]]
    if len(gaps) > 1:
        return False
    if gaps:
        # groups before and after the "::"; an empty first or last part is only allowed
        # as half of a "::" at that end
        before = gaps[0]
        after = len(parts) - gaps[0] - 1
        if not parts[0]:
            before -= 1
            if before:
                return False
        if not parts[-1]:
            after -= 1
            if after:
                return False
        if 8 - (before + after) < 1:
            return False
        groups = [p for i, p in enumerate(parts) if i != gaps[0] and p]
    else:
        if len(parts) != 8 or not parts[0] or not parts[-1]:
            return False
        groups = parts
    return all(0 < len(g) <= 4 and all(c in _HEX_DIGITS for c in g) for g in groups)


def _check_bracketed_host(host):
    # the host of "[...]" must be an IPv6 address or an IPvFuture one (v<hex>.<text>)
    if host.startswith("v"):
        hexdigits, dot, rest = host[1:].partition(".")
        if not (hexdigits and all(c in _HEX_DIGITS for c in hexdigits) and dot and rest
                and "\n" not in rest):
            raise ValueError("IPvFuture address is invalid")
        return
    if _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    if not _is_ipv6(host):
        raise ValueError("%r does not appear to be an IPv4 or IPv6 address" % host)


def _netloc_end(url, start):
    end = len(url)
    for c in "/?#":
        at = url.find(c, start)
        if at >= 0:
            end = min(end, at)
    return end


def urlsplit(url, scheme="", allow_fragments=True):
    """scheme://netloc/path?query#fragment into a SplitResult of its five parts."""
    url = url.lstrip(_LEADING_JUNK)
    scheme = scheme.strip(_LEADING_JUNK)
    for c in _REMOVED:
        url = url.replace(c, "")
        scheme = scheme.replace(c, "")
    netloc = query = fragment = ""
    colon = url.find(":")
    if colon > 0 and url[0] in scheme_chars[:52]:
        if all(c in scheme_chars for c in url[:colon]):
            scheme, url = url[:colon].lower(), url[colon + 1:]
    if url[:2] == "//":
        end = _netloc_end(url, 2)
        netloc, url = url[2:end], url[end:]
        if ("[" in netloc) != ("]" in netloc):
            raise ValueError("Invalid IPv6 URL")
        if "[" in netloc and "]" in netloc:
            _check_bracketed_host(netloc.partition("[")[2].partition("]")[0])
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def _split_params(path):
    # the ;params of the last path segment
    if "/" in path:
        at = path.find(";", path.rfind("/"))
        if at < 0:
            return path, ""
    else:
        at = path.find(";")
    return path[:at], path[at + 1:]


def urlparse(url, scheme="", allow_fragments=True):
    """Like urlsplit, with the ;params of the last path segment apart."""
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    if scheme in uses_params and ";" in path:
        path, params = _split_params(path)
    else:
        params = ""
    return ParseResult(scheme, netloc, path, params, query, fragment)


def urlunsplit(components):
    """The URL of a 5-item sequence as urlsplit returns (not always the original text)."""
    scheme, netloc, url, query, fragment = components
    if netloc or (scheme and scheme in uses_netloc and url[:2] != "//"):
        if url and url[:1] != "/":
            url = "/" + url
        url = "//" + (netloc or "") + url
    if scheme:
        url = scheme + ":" + url
    if query:
        url = url + "?" + query
    if fragment:
        url = url + "#" + fragment
    return url


def urlunparse(components):
    """The URL of a 6-item sequence as urlparse returns."""
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = "%s;%s" % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


def urljoin(base, url, allow_fragments=True):
    """url resolved against base, as a browser resolves a link (RFC 3986)."""
    if not base:
        return url
    if not url:
        return base
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, "", allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if not path and not params:
        return urlunparse((scheme, netloc, bpath, bparams, query or bquery, fragment))
    base_parts = bpath.split("/")
    if base_parts[-1] != "":
        del base_parts[-1]  # the last segment of the base is a file, not a directory
    if path[:1] == "/":
        segments = path.split("/")
    else:
        segments = base_parts + path.split("/")
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved = []
    for seg in segments:
        if seg == "..":
            if resolved:
                resolved.pop()
        elif seg != ".":
            resolved.append(seg)
    if segments[-1] in (".", ".."):
        resolved.append("")
    return urlunparse((scheme, netloc, "/".join(resolved) or "/", params, query, fragment))


def urldefrag(url):
    """(url without its fragment, the fragment) as a DefragResult."""
    if "#" in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ""))
    else:
        frag = ""
        defrag = url
    return DefragResult(defrag, frag)


# ---- quoting -----------------------------------------------------------------------------

_ALWAYS_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")
_HEXDIG = "0123456789ABCDEFabcdef"


def quote_from_bytes(bs, safe="/"):
    """bs with every byte outside the unreserved set and safe as %XX."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ""
    if isinstance(safe, str):
        safe = safe.encode("ascii", "ignore")
    else:
        safe = bytes([c for c in safe if c < 128])
    keep = _ALWAYS_SAFE | frozenset(safe)
    return "".join(chr(b) if b in keep else "%%%02X" % b for b in bs)


def quote(string, safe="/", encoding=None, errors=None):
    """string (a str, encoded as UTF-8 by default, or bytes) with %XX escapes for every
    character outside letters, digits, '_.-~' and safe."""
    if not isinstance(string, str):
        for name, given in (("encoding", encoding), ("errors", errors)):
            if given is not None:
                raise TypeError(f"quote() doesn't support '{name}' for bytes")
        return quote_from_bytes(string, safe)
    if not string:
        return string
    encoded = string.encode("utf-8" if encoding is None else encoding,
                            "strict" if errors is None else errors)
    return quote_from_bytes(encoded, safe)


def quote_plus(string, safe="", encoding=None, errors=None):
    """Like quote(), with spaces as '+' (HTML form values)."""
    if (isinstance(string, str) and " " not in string) or \
            (isinstance(string, bytes) and b" " not in string):
        return quote(string, safe, encoding, errors)
    space = " " if isinstance(safe, str) else b" "
    return quote(string, safe + space, encoding, errors).replace(" ", "+")


def unquote_to_bytes(string):
    """The bytes of string (a str is encoded as UTF-8) with its %XX escapes decoded."""
    if not string:
        return b""
    if isinstance(string, str):
        string = string.encode("utf-8")
    pieces = string.split(b"%")
    if len(pieces) == 1:
        return string
    out = bytearray(pieces[0])
    for piece in pieces[1:]:
        pair = piece[:2]
        if len(pair) == 2 and chr(pair[0]) in _HEXDIG and chr(pair[1]) in _HEXDIG:
            out.append(int(pair, 16))
            out += piece[2:]
        else:
            out += b"%"
            out += piece
    return bytes(out)


def unquote(string, encoding="utf-8", errors="replace"):
    """string with its %XX escapes decoded (runs of them as one encoded text)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if "%" not in string:
        string.split  # a str is required, as CPython checks
        return string
    if encoding is None:
        encoding = "utf-8"
    if errors is None:
        errors = "replace"
    out = []
    i = 0
    n = len(string)
    while i < n:
        # ASCII runs are unquoted as bytes then decoded; other characters stay as they are
        j = i
        if ord(string[i]) < 128:
            while j < n and ord(string[j]) < 128:
                j += 1
            out.append(unquote_to_bytes(string[i:j]).decode(encoding, errors))
        else:
            while j < n and ord(string[j]) >= 128:
                j += 1
            out.append(string[i:j])
        i = j
    return "".join(out)


def unquote_plus(string, encoding="utf-8", errors="replace"):
    """Like unquote(), with '+' read as a space."""
    return unquote(string.replace("+", " "), encoding, errors)


# ---- query strings -----------------------------------------------------------------------


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
              errors="replace", max_num_fields=None, separator="&"):
    """The name=value pairs of a query string, as a list of (name, value)."""
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < fields:
            raise ValueError("Max number of fields exceeded")
    pairs = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        name_value = field.split("=", 1)
        if len(name_value) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
            name_value.append("")
        if name_value[1] or keep_blank_values:
            name = unquote(name_value[0].replace("+", " "), encoding=encoding, errors=errors)
            value = unquote(name_value[1].replace("+", " "), encoding=encoding, errors=errors)
            pairs.append((name, value))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
             errors="replace", max_num_fields=None, separator="&"):
    """A query string as {name: [values]}."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                                 max_num_fields, separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result


def _as_given(value):
    return value


def _to_bytes(value, encoding="ascii", errors="strict"):
    return value.encode(encoding, errors)


def _coerce_args(*args):
    """args as str, followed by what turns a result back into the callers' kind:
    the helper CPython's functions use to take str and bytes alike (w3lib imports
    it). bytes are decoded as ASCII; mixing the two kinds is a TypeError, an empty
    argument going with either."""
    text = isinstance(args[0], str)
    for extra in args[1:]:
        if extra and isinstance(extra, str) != text:
            raise TypeError("Cannot mix str and non-str arguments")
    if text:
        return args + (_as_given,)
    return tuple(a.decode("ascii", "strict") if a else "" for a in args) + (_to_bytes,)


def _quoted(via, x, safe, encoding, errors):
    if isinstance(x, bytes):
        return via(x, safe)
    return via(str(x), safe, encoding, errors)


def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
    """A mapping or a sequence of pairs as a query string; with doseq, a sequence value
    gives one name=value per item."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence or mapping object") from err
    fields = []
    for k, v in query:
        k = _quoted(quote_via, k, safe, encoding, errors)
        if not doseq or isinstance(v, (str, bytes)):
            fields.append(k + "=" + _quoted(quote_via, v, safe, encoding, errors))
            continue
        try:
            len(v)
        except TypeError:
            fields.append(k + "=" + _quoted(quote_via, v, safe, encoding, errors))
        else:
            for item in v:
                fields.append(k + "=" + _quoted(quote_via, item, safe, encoding, errors))
    return "&".join(fields)
