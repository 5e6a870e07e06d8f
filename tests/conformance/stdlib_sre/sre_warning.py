# Importing a deprecated sre module from the main program shows the warning.
import sre_constants
print(sre_constants.SUCCESS)
