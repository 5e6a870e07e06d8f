def validate(age):
    if age < 0:
        raise ValueError("age cannot be negative: " + str(age))
    return age
print(validate(30))
validate(-1)
