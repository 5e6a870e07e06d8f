"""concurrent.futures.process for closured: ProcessPoolExecutor, which can be
made and shut down; closured starts no process, so submit() raises RuntimeError."""

from concurrent.futures._base import _NoWorkers


class ProcessPoolExecutor(_NoWorkers):
    pass
