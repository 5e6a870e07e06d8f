NAME = "json-ish"
