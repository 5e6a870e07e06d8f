"""Inventory system: dataclasses, enum, typing, sorting, grouping, json."""
import json
from collections import Counter, defaultdict, namedtuple
from dataclasses import asdict, dataclass, field
from enum import Enum, auto
from itertools import groupby
from operator import attrgetter, itemgetter
from typing import NamedTuple


class Category(Enum):
    TOOLS = auto()
    GARDEN = auto()
    KITCHEN = auto()

    def __str__(self):
        return self.name.capitalize()


@dataclass(frozen=True)
class Item:
    sku: str
    name: str
    category: Category
    price: float
    tags: tuple = ()


@dataclass
class Stock:
    item: Item
    qty: int = 0
    history: list = field(default_factory=list)

    def add(self, n):
        self.qty += n
        self.history.append(("+", n))

    def take(self, n):
        if n > self.qty:
            raise ValueError(f"only {self.qty} of {self.item.sku} left")
        self.qty -= n
        self.history.append(("-", n))

    @property
    def value(self):
        return round(self.qty * self.item.price, 2)


class Summary(NamedTuple):
    category: str
    count: int
    total: float


Point = namedtuple("Point", "x y")

items = [
    Item("T-100", "Hammer", Category.TOOLS, 12.99, ("steel",)),
    Item("G-200", "Rake", Category.GARDEN, 19.5),
    Item("K-300", "Whisk", Category.KITCHEN, 4.25, ("steel", "small")),
    Item("T-101", "Wrench", Category.TOOLS, 8.75),
    Item("K-301", "Ladle", Category.KITCHEN, 6.0, ("small",)),
]
stock = {it.sku: Stock(it) for it in items}
for sku, n in [("T-100", 5), ("G-200", 2), ("K-300", 10), ("T-101", 3), ("K-301", 0), ("T-100", 1)]:
    stock[sku].add(n)
stock["K-300"].take(4)
try:
    stock["G-200"].take(7)
except ValueError as e:
    print("error:", e)

by_cat = defaultdict(list)
for s in stock.values():
    by_cat[s.item.category].append(s)
summaries = [Summary(str(cat), len(v), round(sum(s.value for s in v), 2)) for cat, v in by_cat.items()]
for row in sorted(summaries, key=attrgetter("total"), reverse=True):
    print(f"{row.category:<8} {row.count:>2} {row.total:>8.2f}")
print(summaries[0]._asdict(), summaries[0]._replace(count=9))
tags = Counter(t for it in items for t in it.tags)
print(tags.most_common(), tags["steel"], tags["none"])
ordered = sorted(items, key=lambda i: (i.category.value, -i.price))
for cat, group in groupby(ordered, key=attrgetter("category")):
    print(cat, [g.name for g in group])
print(asdict(items[0]))
print(json.dumps({s.item.sku: {"qty": s.qty, "value": s.value} for s in stock.values()}, indent=1))
print(sorted(((s.item.name, s.qty) for s in stock.values()), key=itemgetter(1, 0)))
try:
    items[0].price = 1
except Exception as e:
    print(type(e).__name__, e)
print(hash(items[1]) == hash(Item("G-200", "Rake", Category.GARDEN, 19.5)), items[1] == items[1])
p = Point(3, 4)
print(p, p._fields, Point._make([1, 2]), p.x ** 2 + p.y ** 2)
print(stock["T-100"].history, repr(stock["K-301"]))
