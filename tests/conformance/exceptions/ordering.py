def run(v):
    log = []
    try:
        log.append("try")
        if v == 1:
            raise ValueError("v1")
        if v == 2:
            raise KeyError("v2")
        log.append("try-end")
    except ValueError as e:
        log.append("except ValueError " + str(e))
    except KeyError as e:
        log.append("except KeyError " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for v in [0, 1, 2]:
    print(v, run(v))
