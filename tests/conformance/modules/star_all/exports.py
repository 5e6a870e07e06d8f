__all__ = ['public', 'other']
def public():
    return 'public'
other = 5
hidden = 6
_private = 7
