# Rebinds names of another module from outside it.
import helpers


def patch_factor(n):
    helpers.factor = n


def patch_math(fake):
    helpers.math = fake
