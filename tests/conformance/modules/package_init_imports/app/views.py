def render(u):
    return '<%s>' % u.name
