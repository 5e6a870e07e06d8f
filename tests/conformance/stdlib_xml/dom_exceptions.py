# xml.dom: every DOMException subclass (five were missing before), their codes and the code
# constants, Node's type numbers and UserDataHandler's operations.
import xml.dom as dom

names = sorted(n for n in dir(dom) if n.endswith('Err'))
for name in names:
    cls = getattr(dom, name)
    print(name, cls.code, cls.__bases__[0].__name__, issubclass(cls, Exception), cls.__module__,
          cls.__qualname__, repr(cls('m')))
consts = sorted((getattr(dom, n), n) for n in dir(dom) if n.endswith('_ERR'))
print(consts)
try:
    dom.DOMException('bare')
except RuntimeError as exc:
    print('RuntimeError', exc)
e = dom.NotFoundErr('missing', 2)
print(e.args, e.code, str(e), e._get_code())
try:
    raise dom.SyntaxErr('bad')
except dom.DOMException as exc:
    print(type(exc).__name__, exc, exc.code)
print([(n, getattr(dom.Node, n)) for n in sorted(vars(dom.Node)) if n.endswith('_NODE')])
print(dom.XML_NAMESPACE, dom.XMLNS_NAMESPACE, dom.XHTML_NAMESPACE, dom.EMPTY_NAMESPACE,
      dom.EMPTY_PREFIX)
print(dom.UserDataHandler.NODE_CLONED, dom.UserDataHandler.NODE_IMPORTED,
      dom.UserDataHandler.NODE_DELETED, dom.UserDataHandler.NODE_RENAMED)
