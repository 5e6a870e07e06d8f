class Scheduler:
    def plan(self, job, /, *, at, every=None):
        return (job, at, every)


s = Scheduler()
print(s.plan("backup", at=3))
print(s.plan("backup", 3, every=2))
