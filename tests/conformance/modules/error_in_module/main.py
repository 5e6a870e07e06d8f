print('before')
import broken
print('after')
