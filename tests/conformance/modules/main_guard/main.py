import lib
if __name__ == "__main__":
    print("main runs", lib.run())
