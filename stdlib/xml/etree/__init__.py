"""xml.etree for closured: the ElementTree API."""
