srcs = [
 "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
 "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
 "try:\n    pass\nexcept*:\n    pass\n",
 "try:\n    pass\nexcept* :\n    pass\n",
 "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
 "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
 "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
 "def f():\n    try:\n        pass\n    except* ValueError:\n        for i in x:\n            break\n",
 "try:\n    pass\nexcept* ValueError, TypeError:\n    pass\n",
 "try:\n    pass\nexcept *ValueError as e:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
 "try:\n    pass\nexcept* (ValueError, TypeError) as e:\n    pass\n",
 "def f():\n    try:\n        pass\n    except* ValueError:\n        def g():\n            return 1\n",
 "def f():\n    for x in y:\n        try:\n            pass\n        except* ValueError:\n            try:\n                pass\n            finally:\n                break\n",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)
for s in ['try:\n    pass\nexcept ValueError, TypeError:\n    pass\n','try:\n    pass\nexcept* ValueError, TypeError as e:\n    pass\n','try:\n    pass\nexcept ValueError, TypeError as e:\n    pass\n','try:\n    pass\nexcept* ValueError, TypeError, KeyError:\n    pass\n', 'try:\n    pass\nexcept ValueError,:\n    pass\n']:
    try:
        compile(s, '<s>', 'exec')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
