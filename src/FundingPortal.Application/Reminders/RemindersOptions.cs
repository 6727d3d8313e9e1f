namespace FundingPortal.Application.Reminders;

/// <summary>How long before a deadline reminders go out (configuration section "Reminders").</summary>
public sealed class RemindersOptions
{
    public const string Section = "Reminders";

    // Arrays bound from configuration are appended to initial values, so the defaults live in the getters below.
    public TimeSpan[] DraftOffsets { get; set; } = [];
    public TimeSpan[] ReviewOffsets { get; set; } = [];
    public TimeSpan[] FundingDecisionOffsets { get; set; } = [];

    public IReadOnlyList<TimeSpan> Draft => OrDefault(DraftOffsets, TimeSpan.FromDays(7), TimeSpan.FromDays(1), TimeSpan.FromHours(2));
    public IReadOnlyList<TimeSpan> Review => OrDefault(ReviewOffsets, TimeSpan.FromDays(7), TimeSpan.FromDays(1));
    public IReadOnlyList<TimeSpan> FundingDecision => OrDefault(FundingDecisionOffsets, TimeSpan.FromDays(14), TimeSpan.FromDays(3));

    private static TimeSpan[] OrDefault(TimeSpan[] configured, params TimeSpan[] defaults) =>
        configured.Where(o => o > TimeSpan.Zero).ToArray() is { Length: > 0 } valid ? valid : defaults;
}
