"""concurrent for closured: the package of concurrent.futures."""
