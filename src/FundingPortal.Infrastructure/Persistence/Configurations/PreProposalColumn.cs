using System.Text.Json;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;

namespace FundingPortal.Infrastructure.Persistence.Configurations;

/// <summary>
/// A two-stage call's pre-proposal stage as one jsonb column (null for a one-stage call): the local time, its zone and the
/// instant it designates are stored together, as the timeline's columns are, and restored without re-validation.
/// </summary>
internal static class PreProposalColumn
{
    private sealed record Stored(DateTime DeadlineLocal, string DeadlineZone, DateTimeOffset DeadlineUtc, int? MaxPages);

    public static string Write(PreProposalStage stage) =>
        JsonSerializer.Serialize(new Stored(stage.Deadline.LocalDateTime, stage.Deadline.TimeZone, stage.Deadline.Utc, stage.MaxPages));

    public static PreProposalStage Read(string json)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json)!;
        return new PreProposalStage(LocalInstant.Restore(stored.DeadlineLocal, stored.DeadlineZone, stored.DeadlineUtc), stored.MaxPages);
    }
}
