for src in ["class C(**{'a': 1}, a=2): pass", "class C(**1): pass", "class C(*1): pass", "class C(**{1: 2}): pass", "class C(*[object], **{}): pass\nprint(C.__bases__)", "class C(a=1, a=2): pass", "class C(x for x in y): pass", "class C(a=1, object): pass", "class C(**{}, object): pass", "class C(**{}, *b): pass"]:
    try:
        exec(src)
    except Exception as e:
        print(type(e).__name__, e)
