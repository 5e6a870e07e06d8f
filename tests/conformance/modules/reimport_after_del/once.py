import sys
runs = []
runs.append(__name__)
print('executing', __name__)
