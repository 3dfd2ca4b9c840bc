// Expected outputs were produced by running each program with CPython 3.11.
import XCTest
@testable import RLMInterpreter

final class DatetimeTests: XCTestCase {
    func testTimedeltaNormalisationAndText() {
        assertPython(#"""
from datetime import timedelta
for td in [timedelta(hours=-1), timedelta(microseconds=-1), timedelta(days=-2, seconds=5), timedelta(0), timedelta(days=400, microseconds=7),
           timedelta(1.5, 0.5), timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(seconds=0.1234567),
           timedelta(days=1 / 3), timedelta(weeks=0.1, hours=0.7, minutes=1.1, milliseconds=0.3333), timedelta(days=1, seconds=-1), timedelta(milliseconds=1500)]:
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta.max, timedelta.min, timedelta.resolution, repr(timedelta.max))
"""#, prints: #"""
datetime.timedelta(days=-1, seconds=82800) -1 day, 23:00:00 -1 82800 0 -3600.0
datetime.timedelta(days=-1, seconds=86399, microseconds=999999) -1 day, 23:59:59.999999 -1 86399 999999 -1e-06
datetime.timedelta(days=-2, seconds=5) -2 days, 0:00:05 -2 5 0 -172795.0
datetime.timedelta(0) 0:00:00 0 0 0 0.0
datetime.timedelta(days=400, microseconds=7) 400 days, 0:00:00.000007 400 0 7 34560000.000007
datetime.timedelta(days=1, seconds=43200, microseconds=500000) 1 day, 12:00:00.500000 1 43200 500000 129600.5
datetime.timedelta(0) 0:00:00 0 0 0 0.0
datetime.timedelta(microseconds=2) 0:00:00.000002 0 0 2 2e-06
datetime.timedelta(microseconds=2) 0:00:00.000002 0 0 2 2e-06
datetime.timedelta(microseconds=123457) 0:00:00.123457 0 0 123457 0.123457
datetime.timedelta(seconds=28800) 8:00:00 0 28800 0 28800.0
datetime.timedelta(seconds=63066, microseconds=333) 17:31:06.000333 0 63066 333 63066.000333
datetime.timedelta(seconds=86399) 23:59:59 0 86399 0 86399.0
datetime.timedelta(seconds=1, microseconds=500000) 0:00:01.500000 0 1 500000 1.5
999999999 days, 23:59:59.999999 -999999999 days, 0:00:00 0:00:00.000001 datetime.timedelta(days=999999999, seconds=86399, microseconds=999999)

"""#)
    }

    func testTimedeltaArithmetic() {
        assertPython(#"""
from datetime import timedelta
h = timedelta(hours=1)
print(h * 2.5, h * (1 / 3), 3 * timedelta(minutes=7), 1.5 * h, timedelta(days=10) / 3, timedelta(days=10) / 3.0, h / 7, h // 7)
print(h / timedelta(minutes=7), h // timedelta(minutes=7), h % timedelta(minutes=7), divmod(h, timedelta(minutes=7)))
print(-timedelta(seconds=5), +timedelta(1), abs(timedelta(-1)), bool(timedelta(0)), timedelta(days=1, hours=-1).total_seconds())
print(timedelta(days=3, hours=4) > timedelta(days=3), timedelta(hours=24) == timedelta(days=1), {timedelta(1): "a"}[timedelta(hours=24)], timedelta(1) == 5)
print(sum([timedelta(hours=1), timedelta(minutes=30)], timedelta()), max(timedelta(1), timedelta(2)), sorted([timedelta(3), timedelta(-1)]))
"""#, prints: #"""
2:30:00 0:20:00 0:21:00 1:30:00 3 days, 8:00:00 3 days, 8:00:00 0:08:34.285714 0:08:34.285714
8.571428571428571 8 0:04:00 (8, datetime.timedelta(seconds=240))
-1 day, 23:59:55 1 day, 0:00:00 1 day, 0:00:00 False 82800.0
True True a False
1:30:00 2 days, 0:00:00 [datetime.timedelta(days=-1), datetime.timedelta(days=3)]

"""#)
    }

    func testDateBasics() {
        assertPython(#"""
from datetime import date, timedelta
d = date(2024, 2, 28)
for k in range(0, 800, 97):
    x = d + timedelta(days=k)
    print(x, repr(x), x.weekday(), x.isoweekday(), x.isocalendar(), x.toordinal(), x.strftime("%A %d %B %Y | %a %b %j %U %W %V %G %u %w"), x.ctime())
for y in [1, 4, 100, 400, 1900, 2000, 2020, 2021, 9999]:
    print(y, date(y, 12, 31).isocalendar(), date(y, 1, 1).isocalendar(), date(y, 1, 1).strftime("%U %W %V"))
print(date.min, date.max, date.fromordinal(738886), date.fromisocalendar(2024, 1, 1), date.fromisocalendar(2020, 53, 7))
print(date(2024, 3, 1) - date(2023, 3, 1), date(2024, 3, 1) - timedelta(days=1, hours=23), date(2024, 1, 31).replace(day=29))
print(date(2024, 1, 15).isocalendar().week, date(2024, 1, 15).isocalendar() == (2024, 3, 1), f"{date(2024, 1, 5)}", "{:%b %d}".format(date(2024, 1, 5)))
print(sorted([date(2024, 1, 3), date(2023, 5, 5), date(2024, 1, 1)]), len({date(2024, 1, 1), date(2024, 1, 1)}), date(2024, 1, 1) < date(2024, 1, 2))
"""#, prints: #"""
2024-02-28 datetime.date(2024, 2, 28) 2 3 datetime.IsoCalendarDate(year=2024, week=9, weekday=3) 738944 Wednesday 28 February 2024 | Wed Feb 059 08 09 09 2024 3 3 Wed Feb 28 00:00:00 2024
2024-06-04 datetime.date(2024, 6, 4) 1 2 datetime.IsoCalendarDate(year=2024, week=23, weekday=2) 739041 Tuesday 04 June 2024 | Tue Jun 156 22 23 23 2024 2 2 Tue Jun  4 00:00:00 2024
2024-09-09 datetime.date(2024, 9, 9) 0 1 datetime.IsoCalendarDate(year=2024, week=37, weekday=1) 739138 Monday 09 September 2024 | Mon Sep 253 36 37 37 2024 1 1 Mon Sep  9 00:00:00 2024
2024-12-15 datetime.date(2024, 12, 15) 6 7 datetime.IsoCalendarDate(year=2024, week=50, weekday=7) 739235 Sunday 15 December 2024 | Sun Dec 350 50 50 50 2024 7 0 Sun Dec 15 00:00:00 2024
2025-03-22 datetime.date(2025, 3, 22) 5 6 datetime.IsoCalendarDate(year=2025, week=12, weekday=6) 739332 Saturday 22 March 2025 | Sat Mar 081 11 11 12 2025 6 6 Sat Mar 22 00:00:00 2025
2025-06-27 datetime.date(2025, 6, 27) 4 5 datetime.IsoCalendarDate(year=2025, week=26, weekday=5) 739429 Friday 27 June 2025 | Fri Jun 178 25 25 26 2025 5 5 Fri Jun 27 00:00:00 2025
2025-10-02 datetime.date(2025, 10, 2) 3 4 datetime.IsoCalendarDate(year=2025, week=40, weekday=4) 739526 Thursday 02 October 2025 | Thu Oct 275 39 39 40 2025 4 4 Thu Oct  2 00:00:00 2025
2026-01-07 datetime.date(2026, 1, 7) 2 3 datetime.IsoCalendarDate(year=2026, week=2, weekday=3) 739623 Wednesday 07 January 2026 | Wed Jan 007 01 01 02 2026 3 3 Wed Jan  7 00:00:00 2026
2026-04-14 datetime.date(2026, 4, 14) 1 2 datetime.IsoCalendarDate(year=2026, week=16, weekday=2) 739720 Tuesday 14 April 2026 | Tue Apr 104 15 15 16 2026 2 2 Tue Apr 14 00:00:00 2026
1 datetime.IsoCalendarDate(year=2, week=1, weekday=1) datetime.IsoCalendarDate(year=1, week=1, weekday=1) 00 01 01
4 datetime.IsoCalendarDate(year=4, week=53, weekday=5) datetime.IsoCalendarDate(year=4, week=1, weekday=4) 00 00 01
100 datetime.IsoCalendarDate(year=100, week=52, weekday=5) datetime.IsoCalendarDate(year=99, week=53, weekday=5) 00 00 53
400 datetime.IsoCalendarDate(year=400, week=52, weekday=7) datetime.IsoCalendarDate(year=399, week=52, weekday=6) 00 00 52
1900 datetime.IsoCalendarDate(year=1901, week=1, weekday=1) datetime.IsoCalendarDate(year=1900, week=1, weekday=1) 00 01 01
2000 datetime.IsoCalendarDate(year=2000, week=52, weekday=7) datetime.IsoCalendarDate(year=1999, week=52, weekday=6) 00 00 52
2020 datetime.IsoCalendarDate(year=2020, week=53, weekday=4) datetime.IsoCalendarDate(year=2020, week=1, weekday=3) 00 00 01
2021 datetime.IsoCalendarDate(year=2021, week=52, weekday=5) datetime.IsoCalendarDate(year=2020, week=53, weekday=5) 00 00 53
9999 datetime.IsoCalendarDate(year=9999, week=52, weekday=5) datetime.IsoCalendarDate(year=9998, week=53, weekday=5) 00 00 53
0001-01-01 9999-12-31 2024-01-01 2024-01-01 2021-01-03
366 days, 0:00:00 2024-02-29 2024-01-29
3 True 2024-01-05 Jan 05
[datetime.date(2023, 5, 5), datetime.date(2024, 1, 1), datetime.date(2024, 1, 3)] 1 True

"""#)
    }

    func testDatetimeBasics() {
        assertPython(#"""
from datetime import datetime, date, timedelta, timezone, time
base = datetime(2023, 12, 31, 23, 59, 59, 999999)
for td in [timedelta(microseconds=1), timedelta(days=1), timedelta(days=-365, hours=5), timedelta(weeks=52, seconds=3.5), timedelta(minutes=-90.25)]:
    print(base + td, base - td)
dts = [datetime(2024, 1, 15, 10, 30), datetime(2024, 1, 15, 10, 30, 5), datetime(2024, 1, 15, 10, 30, 5, 120),
       datetime(2024, 1, 15, tzinfo=timezone.utc), datetime(2024, 7, 4, 18, 0, tzinfo=timezone(timedelta(hours=-4), "EDT"))]
for x in dts:
    print(repr(x), str(x), x.isoformat(), x.isoformat(" ", "seconds"), x.isoformat(timespec="minutes"), x.strftime("%Y-%m-%dT%H:%M:%S.%f%z %Z %I%p %y"), f"{x:%d.%m.%Y}")
print(sorted(dts[:3]), dts[3] < dts[4], dts[4] - dts[3], dts[3].astimezone(timezone(timedelta(hours=9))))
print(datetime(2024, 1, 1) - datetime(2023, 1, 1), (datetime(2024, 3, 1) - datetime(2024, 2, 1)).days, datetime.min, datetime.max)
print(datetime(2024, 1, 15, 10, 30).date(), datetime(2024, 1, 15, 10, 30).time(), datetime.combine(date(2024, 1, 1), time(5, 6)), datetime(2024, 1, 15).replace(day=20, hour=5))
print(datetime(2024, 3, 5, tzinfo=timezone.utc).timestamp(), datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(1700000000), datetime.fromtimestamp(1700000000.5, timezone.utc))
print(isinstance(datetime(2024, 1, 1), date), type(datetime(2024, 1, 1)).__name__, datetime(2024, 1, 1) == date(2024, 1, 1), datetime(2024, 1, 1, tzinfo=timezone.utc) == datetime(2024, 1, 1, 5, tzinfo=timezone(timedelta(hours=5))))
print(datetime(2024, 1, 15, 10, 30).timetuple(), datetime(2024, 1, 1, 12, tzinfo=timezone.utc).utcoffset(), datetime(2024, 1, 1, 12).utcoffset(), datetime(2024, 1, 1, 12, tzinfo=timezone.utc).tzname())
"""#, prints: #"""
2024-01-01 00:00:00 2023-12-31 23:59:59.999998
2024-01-01 23:59:59.999999 2023-12-30 23:59:59.999999
2023-01-01 04:59:59.999999 2024-12-30 18:59:59.999999
2024-12-30 00:00:03.499999 2023-01-01 23:59:56.499999
2023-12-31 22:29:44.999999 2024-01-01 01:30:14.999999
datetime.datetime(2024, 1, 15, 10, 30) 2024-01-15 10:30:00 2024-01-15T10:30:00 2024-01-15 10:30:00 2024-01-15T10:30 2024-01-15T10:30:00.000000  10AM 24 15.01.2024
datetime.datetime(2024, 1, 15, 10, 30, 5) 2024-01-15 10:30:05 2024-01-15T10:30:05 2024-01-15 10:30:05 2024-01-15T10:30 2024-01-15T10:30:05.000000  10AM 24 15.01.2024
datetime.datetime(2024, 1, 15, 10, 30, 5, 120) 2024-01-15 10:30:05.000120 2024-01-15T10:30:05.000120 2024-01-15 10:30:05 2024-01-15T10:30 2024-01-15T10:30:05.000120  10AM 24 15.01.2024
datetime.datetime(2024, 1, 15, 0, 0, tzinfo=datetime.timezone.utc) 2024-01-15 00:00:00+00:00 2024-01-15T00:00:00+00:00 2024-01-15 00:00:00+00:00 2024-01-15T00:00+00:00 2024-01-15T00:00:00.000000+0000 UTC 12AM 24 15.01.2024
datetime.datetime(2024, 7, 4, 18, 0, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=72000), 'EDT')) 2024-07-04 18:00:00-04:00 2024-07-04T18:00:00-04:00 2024-07-04 18:00:00-04:00 2024-07-04T18:00-04:00 2024-07-04T18:00:00.000000-0400 EDT 06PM 24 04.07.2024
[datetime.datetime(2024, 1, 15, 10, 30), datetime.datetime(2024, 1, 15, 10, 30, 5), datetime.datetime(2024, 1, 15, 10, 30, 5, 120)] True 171 days, 22:00:00 2024-01-15 09:00:00+09:00
365 days, 0:00:00 29 0001-01-01 00:00:00 9999-12-31 23:59:59.999999
2024-01-15 10:30:00 2024-01-01 05:06:00 2024-01-20 05:00:00
1709596800.0 1970-01-01 00:00:00+00:00 2023-11-14 22:13:20 2023-11-14 22:13:20.500000+00:00
True datetime False True
time.struct_time(tm_year=2024, tm_mon=1, tm_mday=15, tm_hour=10, tm_min=30, tm_sec=0, tm_wday=0, tm_yday=15, tm_isdst=-1) 0:00:00 None UTC

"""#)
    }

    func testTimeAndTimezone() {
        assertPython(#"""
from datetime import time, timezone, timedelta, datetime
print(time(1, 2, 3, 4500), repr(time(1, 2)), repr(time()), time(5).isoformat(), time(5, 6, 7, 8).strftime("%H %M %S %f"), time(5, 6, 7) < time(5, 6, 8), time.min, time.max)
print(repr(timezone.utc), str(timezone.utc), repr(timezone(timedelta(hours=5, minutes=30))), str(timezone(timedelta(hours=-5))), repr(timezone(timedelta(hours=1), "CET")), repr(timezone(timedelta(0))))
print(timezone.utc.utcoffset(None), timezone(timedelta(hours=2)).tzname(None), datetime(2024, 1, 1, tzinfo=timezone(timedelta(minutes=330))).strftime("%z %Z"))
print(repr(datetime(2020, 1, 1, 12, 30, tzinfo=timezone(timedelta(hours=-3)))), str(datetime(2020, 1, 1, 12, 30, 0, 5, tzinfo=timezone(timedelta(hours=-3)))))
"""#, prints: #"""
01:02:03.004500 datetime.time(1, 2) datetime.time(0, 0) 05:00:00 05 06 07 000008 True 00:00:00 23:59:59.999999
datetime.timezone.utc UTC datetime.timezone(datetime.timedelta(seconds=19800)) UTC-05:00 datetime.timezone(datetime.timedelta(seconds=3600), 'CET') datetime.timezone.utc
0:00:00 UTC+02:00 +0530 UTC+05:30
datetime.datetime(2020, 1, 1, 12, 30, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=75600))) 2020-01-01 12:30:00.000005-03:00

"""#)
    }

    func testIsoformatParsing() {
        assertPython(#"""
from datetime import datetime, date, time
for s in ["2024-03-05", "2024-03-05T07:08:09", "2024-03-05 07:08:09.5", "2024-03-05T07:08:09.123456+00:00", "2024-03-05T07:08-05:30", "20240305T070809", "2024-W10-2", "2024-03-05T07"]:
    print(s, repr(datetime.fromisoformat(s)))
print(date.fromisoformat("20240115"), date.fromisoformat("2024-W03-1"), repr(time.fromisoformat("10:30:45.5")), repr(time.fromisoformat("10:30:45+01:00")))
for bad in ["2020-1-1", "2024-13-01", "hello"]:
    try:
        date.fromisoformat(bad)
    except ValueError as e:
        print("ValueError", e)
"""#, prints: #"""
2024-03-05 datetime.datetime(2024, 3, 5, 0, 0)
2024-03-05T07:08:09 datetime.datetime(2024, 3, 5, 7, 8, 9)
2024-03-05 07:08:09.5 datetime.datetime(2024, 3, 5, 7, 8, 9, 500000)
2024-03-05T07:08:09.123456+00:00 datetime.datetime(2024, 3, 5, 7, 8, 9, 123456, tzinfo=datetime.timezone.utc)
2024-03-05T07:08-05:30 datetime.datetime(2024, 3, 5, 7, 8, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=66600)))
20240305T070809 datetime.datetime(2024, 3, 5, 7, 8, 9)
2024-W10-2 datetime.datetime(2024, 3, 5, 0, 0)
2024-03-05T07 datetime.datetime(2024, 3, 5, 7, 0)
2024-01-15 2024-01-15 datetime.time(10, 30, 45, 500000) datetime.time(10, 30, 45, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600)))
ValueError Invalid isoformat string: '2020-1-1'
ValueError month must be in 1..12
ValueError Invalid isoformat string: 'hello'

"""#)
    }

    func testStrftimeDirectives() {
        assertPython(#"""
from datetime import date, datetime
print(date(2024, 1, 15).strftime("%c|%x|%X|%U|%W|%j|%G|%V|%u|%w|%e|%C|%g|%D|%F|%R|%T|%r|%h|%p|%I|%y"))
print(datetime(999, 1, 5).strftime("%Y|%G|%C"), date(2024, 1, 15).strftime("%Q %%"), datetime(2024, 6, 1, 0, 5).strftime("%I:%M %p|%H|%k|%l"))
"""#, prints: #"""
Mon Jan 15 00:00:00 2024|01/15/24|00:00:00|02|03|015|2024|03|1|1|15|20|24|01/15/24|2024-01-15|00:00|00:00:00|12:00:00 AM|Jan|AM|12|24
999|999|9 %Q % 12:05 AM|00| 0|12

"""#)
    }

    func testStrptime() {
        assertPython(#"""
from datetime import datetime
for s, f in [("2024-01-15 10:30:45", "%Y-%m-%d %H:%M:%S"), ("15/Jan/2024:10:30:45 +0000", "%d/%b/%Y:%H:%M:%S %z"), ("Monday, January 15, 2024", "%A, %B %d, %Y"),
             ("3:05 PM", "%I:%M %p"), ("12:00 am", "%I:%M %p"), ("2024-045", "%Y-%j"), ("240115", "%y%m%d"), ("2024-01-15T10:30:45.123456Z", "%Y-%m-%dT%H:%M:%S.%f%z"),
             ("12", "%m%d"), ("123", "%m%d"), ("2024 10 1", "%Y %W %w"), ("2024 W10 2", "%G W%V %u"), ("Tue Mar  5 07:08:09 2024", "%c"), ("03/05/24", "%x"),
             ("2024-03-05T07:08:09-05:30:15", "%Y-%m-%dT%H:%M:%S%z"), ("100%", "100%%"), ("69", "%y"), ("68", "%y"), ("utc", "%Z"),
             ("  2024  1  5", "%Y %m %d"), ("Feb 29", "%b %d"), ("1/2/3", "%m/%d/%y"), ("2020", "%Q"), ("2020", "%"), ("2020-01", "%Y"), ("x", "%Y")]:
    try:
        print(repr(datetime.strptime(s, f)))
    except ValueError as e:
        print("ValueError", e)
"""#, prints: #"""
datetime.datetime(2024, 1, 15, 10, 30, 45)
datetime.datetime(2024, 1, 15, 10, 30, 45, tzinfo=datetime.timezone.utc)
datetime.datetime(2024, 1, 15, 0, 0)
datetime.datetime(1900, 1, 1, 15, 5)
datetime.datetime(1900, 1, 1, 0, 0)
datetime.datetime(2024, 2, 14, 0, 0)
datetime.datetime(2024, 1, 15, 0, 0)
datetime.datetime(2024, 1, 15, 10, 30, 45, 123456, tzinfo=datetime.timezone.utc)
datetime.datetime(1900, 1, 2, 0, 0)
datetime.datetime(1900, 12, 3, 0, 0)
datetime.datetime(2024, 3, 4, 0, 0)
datetime.datetime(2024, 3, 5, 0, 0)
datetime.datetime(2024, 3, 5, 7, 8, 9)
datetime.datetime(2024, 3, 5, 0, 0)
datetime.datetime(2024, 3, 5, 7, 8, 9, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=66585)))
datetime.datetime(1900, 1, 1, 0, 0)
datetime.datetime(1969, 1, 1, 0, 0)
datetime.datetime(2068, 1, 1, 0, 0)
datetime.datetime(1900, 1, 1, 0, 0)
ValueError time data '  2024  1  5' does not match format '%Y %m %d'
ValueError day is out of range for month
ValueError time data '1/2/3' does not match format '%m/%d/%y'
ValueError 'Q' is a bad directive in format '%Q'
ValueError stray % in format '%'
ValueError unconverted data remains: -01
ValueError time data 'x' does not match format '%Y'

"""#)
    }

    func testDatetimeErrors() {
        assertPython(#"""
from datetime import date, datetime, timedelta, timezone, time
cases = [lambda: date(2020, 1), lambda: date(2020.5, 1, 1), lambda: date(0, 1, 1), lambda: date(2020, 13, 1), lambda: date(2020, 2, 30),
         lambda: datetime(2020, 1, 1, 24), lambda: datetime(2020, 1, 1, 0, 60), lambda: datetime(2020, 1, 1, tzinfo=5), lambda: timedelta("a"),
         lambda: timedelta(days=10**9), lambda: date(2020, 1, 1) + 1, lambda: date.max + timedelta(1),
         lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=timezone.utc), lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=timezone.utc),
         lambda: date(2020, 1, 1) < datetime(2020, 1, 1), lambda: date(2020, 1, 1) < 5, lambda: timezone(5), lambda: timezone(timedelta(hours=24)),
         lambda: timedelta(1) / 0, lambda: timedelta(1) % timedelta(0), lambda: datetime(2020, 1, 1).isoformat(timespec="x"), lambda: time(25),
         lambda: timedelta(1) * "a", lambda: date(2024, 2, 29).replace(year=2023)]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
"""#, prints: #"""
TypeError function missing required argument 'day' (pos 3)
TypeError 'float' object cannot be interpreted as an integer
ValueError year 0 is out of range
ValueError month must be in 1..12
ValueError day is out of range for month
ValueError hour must be in 0..23
ValueError minute must be in 0..59
TypeError tzinfo argument must be None or of a tzinfo subclass, not type 'int'
TypeError unsupported type for timedelta days component: str
OverflowError days=1000000000; must have magnitude <= 999999999
TypeError unsupported operand type(s) for +: 'datetime.date' and 'int'
OverflowError date value out of range
TypeError can't subtract offset-naive and offset-aware datetimes
TypeError can't compare offset-naive and offset-aware datetimes
TypeError can't compare datetime.datetime to datetime.date
TypeError '<' not supported between instances of 'datetime.date' and 'int'
TypeError timezone() argument 1 must be datetime.timedelta, not int
ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=1).
ZeroDivisionError integer division or modulo by zero
ZeroDivisionError integer modulo by zero
ValueError Unknown timespec value
ValueError hour must be in 0..23
TypeError can't multiply sequence by non-int of type 'datetime.timedelta'
ValueError day is out of range for month

"""#)
    }

    func testTimeModule() {
        assertPython(#"""
import time
t0 = time.time(); p0 = time.perf_counter(); m0 = time.monotonic()
time.sleep(0.12)
print(time.time() - t0 >= 0.1, 0.1 <= time.perf_counter() - p0 < 5.0, time.monotonic() - m0 >= 0.1, type(time.time_ns()).__name__)
print(time.gmtime(0), time.gmtime(1700000000.7))
st = time.gmtime(1700000000)
print(st.tm_year, st[0], st.tm_yday, list(st)[:3], time.strftime("%Y-%m-%d %H:%M:%S %a %j %Z %z", st), time.asctime(st), time.ctime(1700000000))
print(time.strftime("%d/%m/%Y", (2024, 3, 5, 1, 2, 3, 1, 65, 0)), time.mktime((2024, 3, 5, 1, 2, 3, 1, 65, 0)))
s = time.strptime("2024-03-05 07:08:09", "%Y-%m-%d %H:%M:%S")
print(s, s.tm_wday, tuple(s) == (2024, 3, 5, 7, 8, 9, 1, 65, -1), time.strptime("5 Mar 2024", "%d %b %Y").tm_yday)
for c in [lambda: time.sleep(-1), lambda: time.sleep("a"), lambda: time.strptime("x", "%Y")]:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, e)
"""#, prints: #"""
True True True int
time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0) time.struct_time(tm_year=2023, tm_mon=11, tm_mday=14, tm_hour=22, tm_min=13, tm_sec=20, tm_wday=1, tm_yday=318, tm_isdst=0)
2023 2023 318 [2023, 11, 14] 2023-11-14 22:13:20 Tue 318 GMT +0000 Tue Nov 14 22:13:20 2023 Tue Nov 14 22:13:20 2023
05/03/2024 1709600523.0
time.struct_time(tm_year=2024, tm_mon=3, tm_mday=5, tm_hour=7, tm_min=8, tm_sec=9, tm_wday=1, tm_yday=65, tm_isdst=-1) 1 True 65
ValueError sleep length must be non-negative
TypeError 'str' object cannot be interpreted as an integer
ValueError time data 'x' does not match format '%Y'

"""#)
    }
}
