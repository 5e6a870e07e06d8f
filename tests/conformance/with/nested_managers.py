class Tag:
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  " * Tag.depth + f"<{self.name}>")
        Tag.depth += 1
        return self

    def __exit__(self, *exc):
        Tag.depth -= 1
        print("  " * Tag.depth + f"</{self.name}>")


with Tag("html"):
    with Tag("body"):
        with Tag("p") as p, Tag("b"):
            print("  " * Tag.depth + "text in " + p.name)
    with Tag("footer"):
        pass
