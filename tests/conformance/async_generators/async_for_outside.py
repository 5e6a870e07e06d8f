def not_async(items):
    async for x in items:
        print(x)
