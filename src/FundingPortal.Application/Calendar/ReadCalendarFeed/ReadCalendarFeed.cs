using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Calendar.ReadCalendarFeed;

/// <summary>A calendar application fetches a feed by its secret URL, without any header: the deadlines of the URL's owner, as they are today.</summary>
public sealed class ReadCalendarFeed(IAppDbContext db, IUserDirectory users, CalendarDeadlines deadlines)
{
    public async Task<Result<OwnerCalendar>> Handle(string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return Error.NotFound("Calendar feed");
        }

        var hash = CalendarFeedToken.Hash(token);
        var userId = await db.CalendarFeeds.AsNoTracking().Where(f => f.TokenHash == hash).Select(f => (Guid?)f.UserId).FirstOrDefaultAsync(ct);
        var owner = userId is { } id ? await users.FindByIdAsync(id, ct) : null;
        if (owner is null)
        {
            return Error.NotFound("Calendar feed");
        }

        return Result<OwnerCalendar>.Success(await deadlines.For(new CalendarOwner(owner.UserId, owner.Roles, owner.OrganisationId, owner.FunderId), ct));
    }
}
