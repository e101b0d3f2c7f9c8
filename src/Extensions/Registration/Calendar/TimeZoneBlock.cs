using System.Globalization;

namespace Participation.Extensions.Registration.Calendar;

/// <summary>
/// The VTIMEZONE of a zone, written from the zone's own adjustment rules (not a copied text), so a site in another zone
/// gets its own. A rule of the "last Sunday of March at 03:00" kind becomes an RRULE; a zone without summer time
/// gets one STANDARD block.
/// </summary>
internal static class TimeZoneBlock
{
    public static IEnumerable<string> For(TimeZoneInfo zone, int fromYear)
    {
        yield return "BEGIN:VTIMEZONE";
        yield return "TZID:" + zone.Id;
        var rule = zone.GetAdjustmentRules().LastOrDefault(r => r.DateEnd.Year >= fromYear);
        var standard = zone.BaseUtcOffset;
        if (rule is null || rule.DaylightDelta == TimeSpan.Zero)
        {
            foreach (var line in Block("STANDARD", standard, standard, new DateTime(1970, 1, 1), null))
            {
                yield return line;
            }
        }
        else
        {
            var summer = standard + rule.DaylightDelta;
            foreach (var line in Block("DAYLIGHT", standard, summer, Onset(rule.DaylightTransitionStart), Recurrence(rule.DaylightTransitionStart)))
            {
                yield return line;
            }

            foreach (var line in Block("STANDARD", summer, standard, Onset(rule.DaylightTransitionEnd), Recurrence(rule.DaylightTransitionEnd)))
            {
                yield return line;
            }
        }

        yield return "END:VTIMEZONE";
    }

    private static IEnumerable<string> Block(string kind, TimeSpan from, TimeSpan to, DateTime onset, string? rrule)
    {
        yield return "BEGIN:" + kind;
        yield return "TZOFFSETFROM:" + Offset(from);
        yield return "TZOFFSETTO:" + Offset(to);
        yield return "DTSTART:" + onset.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
        if (rrule is not null)
        {
            yield return rrule;
        }

        yield return "END:" + kind;
    }

    // The first such day in 1970, at the rule's wall-clock time: DTSTART of a recurring onset.
    private static DateTime Onset(TimeZoneInfo.TransitionTime transition)
    {
        var day = transition.IsFixedDateRule ? new DateTime(1970, transition.Month, transition.Day) : NthWeekday(1970, transition);
        return day.Add(transition.TimeOfDay.TimeOfDay);
    }

    private static string Recurrence(TimeZoneInfo.TransitionTime transition)
    {
        if (transition.IsFixedDateRule)
        {
            return FormattableString.Invariant($"RRULE:FREQ=YEARLY;BYMONTH={transition.Month};BYMONTHDAY={transition.Day}");
        }

        var which = transition.Week == 5 ? "-1" : transition.Week.ToString(CultureInfo.InvariantCulture);
        return FormattableString.Invariant($"RRULE:FREQ=YEARLY;BYMONTH={transition.Month};BYDAY={which}{transition.DayOfWeek.ToString()[..2].ToUpperInvariant()}");
    }

    private static DateTime NthWeekday(int year, TimeZoneInfo.TransitionTime transition)
    {
        if (transition.Week == 5)
        {
            var last = new DateTime(year, transition.Month, DateTime.DaysInMonth(year, transition.Month));
            return last.AddDays(-(((int)last.DayOfWeek - (int)transition.DayOfWeek + 7) % 7));
        }

        var first = new DateTime(year, transition.Month, 1);
        return first.AddDays(((int)transition.DayOfWeek - (int)first.DayOfWeek + 7) % 7 + (7 * (transition.Week - 1)));
    }

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);
}
