"""The m module."""
x = 1
