# string.Template subclasses: custom delimiter, idpattern, braceidpattern, flags and pattern.
import string


class Percent(string.Template):
    delimiter = '%'


class Dotted(string.Template):
    idpattern = r'[a-z][_a-z0-9]*(?:\.[a-z][_a-z0-9]*)*'


class Braces(string.Template):
    braceidpattern = r'[^}]+'


class Strict(string.Template):
    flags = 0  # case-sensitive: only lowercase names


class Custom(string.Template):
    pattern = r'''
    \[(?:
      (?P<escaped>\[) |
      (?P<named>[a-z]+)\] |
      (?P<braced>[A-Z]+)\] |
      (?P<invalid>)
    )'''


print(Percent('%who owes %%%amount').substitute(who='tim', amount=5))
print(Dotted('$user.name is ${user.age}').safe_substitute({'user.name': 'ann'}))
print(Dotted('$user.name').get_identifiers(), Dotted('$a.b $$ $c').is_valid())
print(Braces('${any thing} and $plain').substitute({'any thing': 1, 'plain': 2}))
print(Strict('$lower $Upper').safe_substitute(lower='x', Upper='y'))
print(Custom('[name] [LOUD] [[').substitute(name='n', LOUD='L'), Custom('[name]').get_identifiers())
print(Custom('[name] [9').is_valid(), Custom('[9').safe_substitute())
for t, kw in [(Dotted('ok\n  $9'), {}), (Percent('%'), {}), (Custom('x\ny[9'), {})]:
    try:
        t.substitute(**kw)
    except ValueError as e:
        print('ValueError:', e)
try:
    Dotted('$missing.key').substitute()
except KeyError as e:
    print('KeyError:', e)
print(string.Template('$a ${b} $$').substitute(a=1, b=2), string.Template.delimiter,
      string.Template.idpattern, string.Template.braceidpattern)
