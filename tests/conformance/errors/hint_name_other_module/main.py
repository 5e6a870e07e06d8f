# A NameError raised in an imported module's function is matched against
# that module's globals, not the main program's.
import shapes

circle_radius = 1
print(shapes.area(2))
