# At exit the objects still alive are finalized, with their globals still
# bound, after the program's last output.
class Named:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name, Named.__name__)


first = Named('first')
_private = Named('private')
nested = [Named('in a list')]
second = Named('second')
print('end of program')
