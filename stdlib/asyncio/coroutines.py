"""asyncio.coroutines for closured: the coroutine predicates, as the package
has them (libraries import them from here)."""

from asyncio import iscoroutine, iscoroutinefunction

__all__ = ('iscoroutinefunction', 'iscoroutine')
