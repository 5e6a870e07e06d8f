# namedtuples as records: sorting, grouping in dicts, _replace in closures.
from collections import namedtuple, defaultdict

Employee = namedtuple("Employee", ["name", "dept", "salary"])
staff = [Employee("ann", "eng", 120), Employee("bob", "ops", 90), Employee("cy", "eng", 100),
         Employee("di", "ops", 95)]
by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e.name)
print(dict(by_dept), sorted(staff, key=lambda e: e.salary)[0], max(staff, key=lambda e: e.salary).name)

def raise_for(dept, pct):
    def apply(e):
        return e._replace(salary=e.salary * (100 + pct) // 100) if e.dept == dept else e
    return apply

bump = raise_for("ops", 10)
print([tuple(bump(e)) for e in staff])
print({e.name: e for e in staff}["cy"], Employee._make(("z", "x", 0))._asdict())
print(sorted(set(staff))[0], staff[0] == ("ann", "eng", 120), staff[0] < staff[1], staff.index(("cy", "eng", 100)))
name, *rest = staff[3]
print(name, rest, [s.salary for s in staff if s.salary > 95], Employee.salary.__doc__)
