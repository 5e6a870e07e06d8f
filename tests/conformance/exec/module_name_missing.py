# Code run by exec() in globals without __name__: a class body's __module__
# comes from builtins' own name (the name lookup falls through to builtins),
# a function's __module__ is None, and type(name, bases, ns) called there
# records no module at all.
import builtins

print(builtins.__name__, builtins.__dict__['__name__'])

space = {}
exec("""
class Plain:
    seen = __module__
    print('body', __module__, __qualname__, __name__)

def helper():
    return __name__

shout = lambda: 1
""", space)
Plain = space['Plain']
print(Plain.__module__, Plain.seen, repr(Plain), Plain.__qualname__)
print(repr(Plain()).split(' object')[0])
print(space['helper'].__module__, space['shout'].__module__, space['helper']())
print(sorted(space))

named = {'__name__': 'plugins.extra'}
exec("class Tool: pass\ndef run(): pass\nMade = type('Made', (), {})", named)
print(named['Tool'].__module__, named['run'].__module__, named['Made'].__module__)
print(repr(named['Tool']), repr(named['Made']))

odd = {'__name__': 42}
exec("class Odd: pass\ndef f(): pass", odd)
print(odd['Odd'].__module__, odd['f'].__module__, repr(odd['Odd']))

scope = {'Plain': Plain}
exec("Loose = type('Loose', (), {})\nKid = type('Kid', (Plain,), {})", scope)
for cls in (scope['Loose'], scope['Kid']):
    try:
        print(cls.__module__)
    except AttributeError as exc:
        print('AttributeError', exc, repr(cls))

# a separate locals mapping: the class body still finds builtins' name
here = {}
exec("class Local: pass", {}, here)
print(here['Local'].__module__)

# type() called from a function defined in another namespace uses that
# function's globals
maker = {'__name__': 'factory'}
exec("def build(n):\n    return type(n, (), {})", maker)
print(maker['build']('Built').__module__)
print(type('Here', (), {}).__module__)


# dataclasses and exceptions defined in such a namespace work
exec("""
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int = 0

class Oops(Exception):
    pass

print(Point(3), Point.__module__)
try:
    raise Oops('bad')
except Oops as exc:
    print(type(exc).__module__, repr(exc))
""", {})
