class Thing:
    class Inner:
        LEVEL = 3
