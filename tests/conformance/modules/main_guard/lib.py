def run():
    return "lib.run"
if __name__ == "__main__":
    print("never printed")
else:
    print("lib imported as", __name__)
