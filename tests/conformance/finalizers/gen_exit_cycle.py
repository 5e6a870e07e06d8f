# A suspended generator in a garbage cycle when the program ends: CPython's
# collection at exit closes it while the module's globals are still bound, so
# its finally reads a global and calls builtins without an error.
log = []


def run():
    try:
        yield 1
    finally:
        log.append("closed")
        print("finally", len(log), log)


g = run()
next(g)
holder = [g]
holder.append(holder)
del g, holder
print("end")
