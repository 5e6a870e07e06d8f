class Note:
    def __str__(self):
        return "a note object"


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note(f"while parsing {text!r}")
        e.add_note("multi\nline note")
        e.add_note("ends with a newline\n")
        e.__notes__.append(Note())
        raise


parse("12")
parse("x1")
