# calendar.HTMLCalendar: months, years and the page, and its CSS classes.
import calendar

sunday_first = calendar.HTMLCalendar(calendar.SUNDAY)
print(sunday_first.formatmonth(2025, 3))
print(sunday_first.formatmonth(2025, 3, withyear=False))
print(calendar.HTMLCalendar().formatyear(2024, width=5))
print(calendar.HTMLCalendar().formatyear(2024, width=0)[:300])
page = calendar.HTMLCalendar().formatyearpage(2023, 6, css='style.css')
print(type(page).__name__, page[:400])
print(calendar.HTMLCalendar().formatyearpage(2023, css=None)[-200:])


class Marked(calendar.HTMLCalendar):
    cssclass_noday = 'blank'
    cssclasses = ['weekday'] * 5 + ['weekend'] * 2

    def formatday(self, day, weekday):
        return super().formatday(day, weekday).replace('>13<', '>*13*<')


print(Marked().formatmonth(2026, 2))
print(Marked().formatweekheader(), Marked().formatmonthname(2026, 2))
