# uuid's hooks into the platform's library, which freezegun reads and patches to freeze
# uuid1 with the clock.
import uuid
print(uuid._load_system_functions(), hasattr(uuid, '_generate_time_safe'), hasattr(uuid, '_UuidCreate'))
u = uuid.uuid1()
print(u.version, u.variant, len(str(u)))
a, b = uuid.uuid1(), uuid.uuid1()
print(a != b, a.time <= b.time)
