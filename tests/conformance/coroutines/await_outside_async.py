def handler():
    await something()
