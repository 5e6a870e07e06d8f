# urllib.request.Request: the attributes a new request has and in what order, data changes
# dropping a stored Content-length, methods, proxies for http and https; HTTPError's
# reason and headers.
import io
import urllib.error
import urllib.request as r

req = r.Request('http://user@Example.com:80/a/b?q=1#frag', b'body',
                {'content-length': '4', 'X-A': 'b'}, method='PUT')
print(list(vars(req)))
print(req.full_url, req.type, req.host, req.selector, req.fragment, req.data,
      req.get_method(), req.headers, req.origin_req_host, req.unverifiable)
req.data = b'body'
print(req.headers)
req.data = b'other'
print(req.headers, req.data)
req.add_unredirected_header('content-length', '5')
req.data = None
print(req.headers, req.unredirected_hdrs, req.get_method())
del req.data
print(req.data)
for url, proxy_type in (('http://h/x', 'http'), ('https://h/x', 'http'), ('https://h/x', 'https')):
    q = r.Request(url)
    q.set_proxy('proxy:3128', proxy_type)
    print(url, q.type, q.host, q.selector, q.has_proxy(), q._tunnel_host)
    q.set_proxy('second:1', 'http')
    print('  again', q.type, q.host, q.selector, q._tunnel_host)
q = r.Request('http://h', method='')
print(q.get_method(), hasattr(q, 'method'), r.Request('http://h', {}).get_method())
e = urllib.error.HTTPError('http://h/', 404, 'Not Found', {'A': 'b'}, io.BytesIO(b'x'))
print(e.reason, e.headers, e.code, e.getcode(), e.geturl(), e.info(), str(e), repr(e))
e.headers = {'C': 'd'}
print(e.hdrs, e.headers)
