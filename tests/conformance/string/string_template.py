from string import Template

t = Template('$who likes ${what}; price: $$${price}')
print(t.substitute(who='tim', what='ham', price=3))
print(t.substitute({'who': 'ann', 'what': 'tea'}, price=2))
print(t.safe_substitute(who='x'))
print(t.get_identifiers(), t.is_valid(), Template('$ oops').is_valid())
try:
    t.substitute(who='a')
except KeyError as e:
    print('missing', e)
try:
    Template('cost: $ 5').substitute()
except ValueError as e:
    print(e)
msgs = [Template('Hello $name').substitute(name=n) for n in ['a', 'b']]
print(msgs, t.template)
