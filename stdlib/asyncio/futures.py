"""asyncio.futures for closured: the Future class and isfuture, as the package
has them (libraries such as RxPY import Future from here). wrap_future is
missing: closured has no concurrent.futures pool that runs work elsewhere."""

from asyncio import Future, isfuture

__all__ = ('Future', 'isfuture')
