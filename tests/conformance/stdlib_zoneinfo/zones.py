# zoneinfo without a time-zone database: UTC, GMT and the fixed Etc/GMT offsets,
# and the errors for every other key.
import datetime
import pickle
import zoneinfo

utc = zoneinfo.ZoneInfo('UTC')
print(repr(utc), str(utc), utc.key, utc is zoneinfo.ZoneInfo('UTC'))
print(zoneinfo.ZoneInfo.no_cache('UTC') is utc, zoneinfo.ZoneInfo.no_cache('UTC').key)
for key in ['/abs', '../x', 'a/../b', 'Mars/Olympus_Mons', '', 'a//b', 'UTC/', 5, 'Etc/GMT+5',
            'GMT', 'Etc/GMT-14', 'Etc/Zulu', 'UCT', 'Zulu', 'Universal', 'Greenwich', 'GMT0',
            'GMT+0', 'GMT-0', 'Etc/GMT+0', 'Etc/GMT0', 'Etc/Greenwich', 'Etc/UCT',
            'Etc/Universal', 'Etc/GMT+12', 'Etc/GMT-13', 'Etc/GMT+13', 'Etc/GMT-15']:
    try:
        zone = zoneinfo.ZoneInfo(key)
        moment = datetime.datetime(2020, 5, 1, 8, 30, tzinfo=zone)
        print(repr(key), repr(zone), moment.tzname(), moment.utcoffset(), moment.dst(), moment,
              moment.isoformat())
    except Exception as exc:
        print(repr(key), type(exc).__name__, exc, isinstance(exc, KeyError))
print(zoneinfo.__all__, issubclass(zoneinfo.ZoneInfoNotFoundError, KeyError))
print(issubclass(zoneinfo.InvalidTZPathWarning, RuntimeWarning))
try:
    utc.fromutc(datetime.datetime(2020, 1, 1))
except ValueError as exc:
    print('ValueError', exc)
try:
    utc.fromutc(5)
except TypeError as exc:
    print('TypeError', exc)
print(utc.fromutc(datetime.datetime(2020, 1, 1, tzinfo=utc)))
print(pickle.loads(pickle.dumps(utc)) is utc)
noon = datetime.datetime(2020, 1, 1, 12, tzinfo=utc)
print(noon.astimezone(zoneinfo.ZoneInfo('Etc/GMT-3')))
print(noon.astimezone(zoneinfo.ZoneInfo('Etc/GMT+10')).isoformat())
print(noon - datetime.datetime(2020, 1, 1, 12, tzinfo=zoneinfo.ZoneInfo('Etc/GMT-3')))
print(utc.utcoffset(None), utc.tzname(None), utc.dst(None))
print(datetime.datetime(2021, 3, 4, tzinfo=utc).timestamp())
print(datetime.datetime.fromtimestamp(0, tz=utc))
print(isinstance(utc, datetime.tzinfo), 'UTC' in zoneinfo.available_timezones())
