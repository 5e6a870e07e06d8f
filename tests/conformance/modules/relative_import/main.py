from pkg import api
print(api.run())
