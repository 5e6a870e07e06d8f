"""xml.parsers for closured: the expat parser."""
