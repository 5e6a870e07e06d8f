x = 5
name = "ab"
print(f"{x=}", f"{x = }", f"{x=!s}", f"{x=:>4}", f"{name=}", f"{name=!s:>5}|")
print(f"{x*2=}", f"{x==5=}", f"{x!=4=}", f"{x>=5=}", f"{(x:=7)=}", x)
print(f"{ x =}", f"{'q'=}", f"{[1, 2]=}", f"{3.5=:.2f}")
def show(v):
    return f"{v=} {v.__class__.__name__=}"
print(show([1]))
print(f"{x=}{x=}")
