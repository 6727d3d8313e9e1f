namespace FundingPortal.Application.Reminders;

/// <summary>Which reminder is due at a given instant; the slot is part of the key that makes each reminder unique.</summary>
public static class ReminderSlots
{
    /// <summary>
    /// The closest offset already reached before the deadline, or null. A reminder that could not go out on time is
    /// superseded by the next one rather than sent late in a burst (a call published at J-3 gets one reminder, not two).
    /// </summary>
    public static string? Before(DateTimeOffset deadline, IReadOnlyList<TimeSpan> offsets, DateTimeOffset now)
    {
        if (now >= deadline)
        {
            return null;
        }

        var reached = offsets.Where(offset => now >= deadline - offset).ToList();
        return reached.Count == 0 ? null : $"before-{(long)reached.Min().TotalMinutes}min";
    }

    /// <summary>One slot per started day after the deadline: "overdue-day-1" right after it, then daily.</summary>
    public static string? Overdue(DateTimeOffset deadline, DateTimeOffset now) =>
        now < deadline ? null : $"overdue-day-{(int)Math.Floor((now - deadline).TotalDays) + 1}";
}
