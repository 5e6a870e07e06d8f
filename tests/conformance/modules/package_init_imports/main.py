import app
print(app.main())
print(app.models.User('ann'))
