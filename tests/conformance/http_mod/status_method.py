import http
from http import HTTPStatus, HTTPMethod
print(http.__all__)
print(repr(HTTPStatus.OK), str(HTTPStatus.OK), format(HTTPStatus.NOT_FOUND), f'{HTTPStatus.CREATED:>5}')
print(HTTPStatus(404), HTTPStatus(404).phrase, HTTPStatus['IM_A_TEAPOT'].phrase, HTTPStatus.IM_A_TEAPOT.description)
print(len(HTTPStatus), HTTPStatus.OK == 200, HTTPStatus.OK + 1, isinstance(HTTPStatus.OK, int), 200 in HTTPStatus.__members__.values())
for s in HTTPStatus:
    print(int(s), s.name, s.phrase, '|', s.description)
print(HTTPStatus.OK.value, HTTPStatus.OK.name, type(HTTPStatus.OK).__name__, HTTPStatus.__module__, HTTPStatus.__qualname__)
print([s for s in HTTPStatus if 300 <= s < 303])
print(sorted(HTTPStatus)[0], max(HTTPStatus))
for m in HTTPMethod:
    print(repr(m), str(m), m.value, m.description, m == m.value)
print(HTTPMethod('GET') is HTTPMethod.GET, HTTPMethod.POST.upper(), '%s' % HTTPMethod.PUT)
print(HTTPStatus.OK.__doc__ is None or isinstance(HTTPStatus.__doc__, str))
try:
    HTTPStatus(299)
except ValueError as e:
    print('ValueError:', e)
try:
    HTTPMethod('get')
except ValueError as e:
    print('ValueError:', e)
d = {HTTPStatus.OK: 'ok'}
print(d[200], hash(HTTPStatus.OK) == hash(200))
