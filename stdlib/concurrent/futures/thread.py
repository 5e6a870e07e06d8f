"""concurrent.futures.thread for closured: ThreadPoolExecutor, which can be
made and shut down; closured starts no thread, so submit() raises RuntimeError."""

from concurrent.futures._base import _NoWorkers


class ThreadPoolExecutor(_NoWorkers):
    pass
