namespace Participation.Cms.DataPackage;

/// <summary>
/// Finland's public holidays, with Christmas Eve and Midsummer Eve (days off in practice): days on which no demo
/// evening event should fall. The movable ones follow Easter (Gregorian computus) or fall on a Saturday in a window.
/// </summary>
public static class FinnishHolidays
{
    public static bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(day);

    public static bool IsHoliday(DateOnly day)
    {
        if ((day.Month, day.Day) is (1, 1) or (1, 6) or (5, 1) or (12, 6) or (12, 24) or (12, 25) or (12, 26))
        {
            return true;
        }

        var easter = EasterSunday(day.Year);
        var fromEaster = day.DayNumber - easter.DayNumber;
        if (fromEaster is -2 or 0 or 1 or 39 or 49)
        {
            return true; // Good Friday, Easter Sunday and Monday, Ascension Day, Whit Sunday
        }

        // Midsummer Eve is the Friday from 19 to 25 June; All Saints' Day the Saturday from 31 October to 6 November.
        return (day.DayOfWeek == DayOfWeek.Friday && day.Month == 6 && day.Day is >= 19 and <= 25)
            || (day.DayOfWeek == DayOfWeek.Saturday && ((day.Month == 6 && day.Day is >= 20 and <= 26) || (day.Month == 10 && day.Day == 31) || (day.Month == 11 && day.Day <= 6)));
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous computus, as in Meeus).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
