using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Calendar.GetCalendarFeedUrl;

/// <summary>The caller's private calendar subscription URL, created on first use and the same afterwards.</summary>
public sealed class GetCalendarFeedUrl(CalendarFeedUrls urls)
{
    public Task<Result<CalendarFeedResponse>> Handle(CancellationToken ct) => urls.Issue(rotate: false, ct);
}
