"""xml for closured: the XML packages (parsers.expat, sax, etree, dom)."""
