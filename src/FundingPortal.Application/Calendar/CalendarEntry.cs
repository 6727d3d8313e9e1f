using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Calendar;

/// <summary>One deadline in a user's calendar feed. The uid is stable so calendar applications update instead of duplicating.</summary>
public sealed record CalendarEntry(string Uid, string Summary, string Description, LocalInstant At, string? Link);
