# An uncaught NameError's last line offers the nearest local variable name.
def total(prices):
    subtotal = sum(prices)
    discount = 0.1
    return subtotl * (1 - discount)


print(total([3, 4]))
