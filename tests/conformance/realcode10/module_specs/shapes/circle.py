KIND = "round"
