__all__ = ['one', 'two']
