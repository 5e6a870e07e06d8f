# calendar: the month and weekday errors (messages, attributes, ValueError), firstweekday as a
# property reduced modulo 7, iterweekdays from each first day.
import calendar

for month in (0, 13, -1):
    try:
        calendar.monthrange(2024, month)
    except calendar.IllegalMonthError as exc:
        print(type(exc).__name__, exc, exc.month, isinstance(exc, ValueError), exc.args)
e = calendar.IllegalMonthError('x')
print(str(e), repr(e.month))
e = calendar.IllegalWeekdayError(9)
print(str(e), e.weekday, isinstance(e, ValueError), e.args)
try:
    calendar.setfirstweekday(7)
except calendar.IllegalWeekdayError as exc:
    print('IllegalWeekdayError', exc)
for first in (0, 3, 6, 7, 9, -1):
    c = calendar.Calendar(first)
    print(first, c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()))
c = calendar.Calendar()
c.firstweekday = 12
print(c.firstweekday, c.getfirstweekday())
c.setfirstweekday(2)
print(c.firstweekday, list(c.iterweekdays()))
print(calendar.TextCalendar(8).formatweekheader(3))
