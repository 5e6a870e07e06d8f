import models
p = models.Point(1, 2)
print(p, models.Point.__module__, type(p).__name__)
print(isinstance(p, models.Point))
class Sub(models.Point):
    pass
print(Sub(3, 4), Sub.__module__)
