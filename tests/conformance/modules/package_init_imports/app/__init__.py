from .models import User
from . import views
def main():
    return views.render(User('bob'))
