# The exit() and quit() that scripts call without importing sys: SystemExit with the code.
for f, arg in ((exit, 3), (quit, None), (exit, "message")):
    try:
        f() if arg is None else f(arg)
    except SystemExit as e:
        print(type(e).__name__, e.code, e.args)
print("done")
quit(7)
