class Validated:
    def __set_name__(self, owner, name):
        if not name.startswith("v_"):
            raise ValueError(f"bad field name {name!r}")
        self.name = name


class Record:
    v_id = Validated()
    total = Validated()
