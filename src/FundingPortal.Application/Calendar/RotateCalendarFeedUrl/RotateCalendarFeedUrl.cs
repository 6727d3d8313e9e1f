using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Calendar.RotateCalendarFeedUrl;

/// <summary>Replaces the caller's calendar subscription URL: the old one answers 404 from now on.</summary>
public sealed class RotateCalendarFeedUrl(CalendarFeedUrls urls)
{
    public Task<Result<CalendarFeedResponse>> Handle(CancellationToken ct) => urls.Issue(rotate: true, ct);
}
