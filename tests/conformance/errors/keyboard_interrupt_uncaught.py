# An uncaught KeyboardInterrupt prints its traceback; then the process ends by SIGINT, as
# python3's does (its parent sees the signal, not an exit status of 1).
def work():
    print("working")
    raise KeyboardInterrupt


try:
    work()
except KeyboardInterrupt:
    print("caught once")
work()
