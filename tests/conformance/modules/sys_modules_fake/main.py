import sys
class Fake:
    answer = 42
sys.modules['fake'] = Fake()
import fake
print(fake.answer)
from fake import answer
print(answer)
