WHERE = "module beats directory"
