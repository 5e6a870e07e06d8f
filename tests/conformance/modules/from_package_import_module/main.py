from shapes import circle, square
print(circle.area(1))
print(square.area(3))
from shapes.circle import area as carea
print(carea(2))
import shapes
print(sorted(k for k in vars(shapes) if not k.startswith('_')))
