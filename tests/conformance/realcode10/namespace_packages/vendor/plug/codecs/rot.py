NAME = "rot"
