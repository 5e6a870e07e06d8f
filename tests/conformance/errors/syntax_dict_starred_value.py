d = {"a": *rest}
