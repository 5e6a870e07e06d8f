n = 2**70
for spec in ("", ",", "_", "x", "X", "#x", "o", "#o", "b", "_b", "#_x", "d", "n", ">40", "<40",
             "^40", "=+40", "+,", " ", "040", "e", ".3f", "g", ".2%", "*^50,"):
    print(repr(format(n, spec)), repr(format(-n, spec)))
print(f"{10**25:,}", f"{-10**25:_d}", f"{2**64:#b}", f"{3**50:>60}")
print("%d|%x|%X|%o|%30d" % (2**70, 2**70, -2**70, 2**70, -2**70))
print("{:,}".format(12345678901234567890123456789))
for spec in ("c", ".3d", "z"):
    try:
        print(format(2**70, spec))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
