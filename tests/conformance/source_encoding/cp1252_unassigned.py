# -*- coding: cp1252 -*-
# a byte cp1252 leaves unassigned: the declaration cannot hold
print("")
