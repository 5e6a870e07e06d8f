# Modules and names of the standard library that libraries import though CPython keeps
# them for itself or for old code: email._parseaddr (feedparser's dates),
# asyncio.futures (RxPY), xml.dom.minicompat (odfpy's elements), inspect's descriptor
# predicates (parsimonious), ast's deprecated node classes (asteval checks ast.Param).
import ast
import asyncio
import asyncio.futures
import email._parseaddr as parseaddr
import inspect
from xml.dom import minicompat, minidom, NoModificationAllowedErr

stamp = parseaddr.parsedate_tz('Tue, 10 Jun 2003 04:00:00 -0200')
print(stamp, parseaddr.mktime_tz(stamp), parseaddr.parsedate('10 Jun 2003 04:00:00 GMT')[:6])
print(parseaddr.quote('a"b\\c'))
print(asyncio.futures.Future is asyncio.Future, asyncio.futures.isfuture(asyncio.Future),
      'isfuture' in asyncio.futures.__all__)

nodes = minicompat.NodeList([1, 2])
print(nodes.length, nodes.item(1), nodes.item(5), minicompat.StringTypes)
empty = minicompat.EmptyNodeList()
print(empty.length, empty.item(0), empty + [3], type(empty + [3]).__name__, [4] + empty)
for seq in (nodes, empty):
    try:
        seq.length = 3
    except NoModificationAllowedErr as e:
        print('NoModificationAllowedErr', e)


class Box:
    def _get_first(self):
        return 'first'


minicompat.defproperty(Box, 'first', doc='the first thing')
print(Box().first, Box.first.__doc__)
try:
    Box().first = 1
except NoModificationAllowedErr as e:
    print('NoModificationAllowedErr', e)
print(type(minidom.parseString('<a><b/></a>').documentElement.childNodes).__name__)


class Slotted:
    __slots__ = ('x',)

    @property
    def p(self):
        return 1

    @staticmethod
    def s():
        pass


print([inspect.ismethoddescriptor(x) for x in (int.__add__, str.upper, len, [].append,
                                               Slotted.__dict__['s'], Slotted.p, Slotted, print)])
print([inspect.isdatadescriptor(x) for x in (Slotted.x, Slotted.p, int.__add__, len, Slotted)])
print(inspect.ismemberdescriptor(Slotted.x), inspect.isgetsetdescriptor(type(lambda: 0).__code__),
      inspect.isgetsetdescriptor(Slotted.x), inspect.ismemberdescriptor(Slotted.p))
print(issubclass(ast.Param, ast.expr_context), issubclass(ast.AugLoad, ast.expr_context),
      issubclass(ast.Suite, ast.mod), issubclass(ast.Index, ast.slice))
print(ast.Index(5), ast.dump(ast.ExtSlice([ast.Constant(1), ast.Constant(2)])))
print(ast.dump(ast.Param()), isinstance(ast.parse('x').body[0].value.ctx, ast.Param))
