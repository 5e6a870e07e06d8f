import urllib.request as r
import urllib.error
req = r.Request('http://User@Example.COM:8080/a/b?q=1#frag', headers={'x-ONE': '1', 'Content-type': 'text/plain'})
print(req.full_url, req.type, req.host, req.selector, req.fragment, req.origin_req_host, req.get_method())
print(req.headers, req.header_items(), req.has_header('X-one'), req.get_header('X-one'), req.get_header('nope', 'd'))
req.data = b'abc'
print(req.get_method(), req.data, req.unverifiable)
req.add_unredirected_header('content-length', '3')
print(req.header_items(), req.has_header('Content-length'))
req.data = b'xyz'
print(req.header_items())
req.remove_header('X-one')
print(req.header_items(), req.has_proxy())
req.set_proxy('proxy:3128', 'http')
print(req.host, req.type, req.selector, req.has_proxy())
req2 = r.Request('https://h.org', method='PATCH')
print(req2.get_method(), req2.selector, req2.host, req2.full_url)
req2.full_url = '<URL:ftp://x/y#z>'
print(req2.full_url, req2.type, req2.host, req2.selector)
for bad in ('nourl', 'relative/path', ''):
    try:
        r.Request(bad)
    except ValueError as e:
        print('ValueError:', e)
print(r.pathname2url('/a b/c%d/é'), r.url2pathname('/a%20b/c%25d/%C3%A9'))
print(r.parse_http_list('a, b="x, y", c'), r.parse_keqv_list(['a=1', 'b="2"']))
print(issubclass(urllib.error.HTTPError, urllib.error.URLError), issubclass(urllib.error.URLError, OSError))
e = urllib.error.URLError('boom')
print(e.reason, str(e), e.args)
print(r.Request('http://h').data, r.Request('http://h', b'x').get_method())
