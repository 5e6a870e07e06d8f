# calendar's text calendars, iterators and date helpers.
import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=4, l=2))
calendar.prmonth(2026, 12)
print(calendar.calendar(2024))
print(calendar.calendar(1999, w=3, l=1, c=2, m=4))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.leapdays(1900, 2025))
print(calendar.weekday(2026, 12, 6), calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthcalendar(2025, 6))
print(list(calendar.day_name), list(calendar.day_abbr), list(calendar.month_name)[1:3], calendar.month_abbr[12], len(calendar.month_name))
print(calendar.weekheader(1), "|", calendar.weekheader(3), "|", calendar.weekheader(10))
print(calendar.timegm((1970, 1, 2, 0, 0, 1)), calendar.timegm((2024, 2, 29, 12, 30, 15, 0, 0, 0)))
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 9), tc.firstweekday, list(tc.iterweekdays()))
tc.pryear(2024, m=2)
c = calendar.Calendar(2)
print(list(c.itermonthdays(2024, 3))[:10], list(c.itermonthdays2(2024, 3))[:3])
print(list(c.itermonthdays3(2024, 1))[:3], list(c.itermonthdays4(2024, 12))[-2:])
print(c.monthdatescalendar(2024, 2)[0], [len(w) for w in c.monthdayscalendar(2024, 2)])
print(len(c.yeardatescalendar(2024, 4)), c.yeardays2calendar(2024)[0][0][0])
for action in (lambda: calendar.monthrange(2024, 0), lambda: calendar.setfirstweekday(7), lambda: calendar.month(2024, 13)):
    try:
        action()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e, isinstance(e, calendar.error))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2))
print(calendar.month(2024, 6))
calendar.setfirstweekday(calendar.MONDAY)
print(calendar.weekday(12345, 6, 7), calendar.monthrange(1, 1))
