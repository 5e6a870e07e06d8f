import pkg
print(pkg.VERSION)
print(pkg)
print(pkg.__path__)
print(pkg.__package__)
import pkg.util
print(pkg.util.helper())
print(pkg.util.__package__, pkg.util.__name__)
