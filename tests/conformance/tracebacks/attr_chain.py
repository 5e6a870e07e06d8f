class A:
    def m(self):
        return self.n.bit_length()
print(A().m())
