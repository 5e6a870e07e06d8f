# Complex numbers take the , and _ grouping options: each part's integer digits
# are grouped, whatever the presentation type.
for spec in (",", "_", ",.2f", "_g", ",e", "20,.3f", ",.0f", "_.1f", ",n" , ",r"):
    for z in (1234567.891+98765.4321j, -1e20+3j, 12j, complex(float('inf'), -1234.5), 0.5+999j):
        try: print(repr(spec), format(z, spec))
        except ValueError as e: print(repr(spec), "ValueError", e)
