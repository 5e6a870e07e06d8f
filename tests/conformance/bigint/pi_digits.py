def pi_digits(count):
    """Machin's formula with integer arithmetic."""
    scale = 10 ** (count + 10)
    def arctan_inv(x):
        total = term = scale // x
        x2, k, sign = x * x, 3, -1
        while term:
            term //= x2
            total += sign * (term // k)
            sign, k = -sign, k + 2
        return total
    pi = 4 * (4 * arctan_inv(5) - arctan_inv(239))
    return str(pi // 10 ** 10)

d = pi_digits(500)
print(d[:60])
print(d[-40:], len(d))
