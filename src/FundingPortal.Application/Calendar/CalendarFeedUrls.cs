using System.Security.Cryptography;
using System.Text;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Application.Reviews;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FundingPortal.Application.Calendar;

public sealed record CalendarFeedResponse(string Url);

public static class CalendarFeedToken
{
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string Path(string token) => $"/api/calendar/{token}.ics";
}

/// <summary>
/// The caller's private calendar subscription URL, created on first use and the same afterwards, or replaced by a new
/// one that makes the old one answer 404 (rotate).
/// </summary>
public sealed class CalendarFeedUrls(IAppDbContext db, ICurrentUser user, ICalendarFeedTokens tokens, RetryOnConflict retry, IOptions<PortalOptions> portal,
    TimeProvider clock)
{
    public Task<Result<CalendarFeedResponse>> Issue(bool rotate, CancellationToken ct) => retry.Run(() => Url(rotate, ct));

    private async Task<Result<CalendarFeedResponse>> Url(bool rotate, CancellationToken ct)
    {
        var feed = await db.CalendarFeeds.FirstOrDefaultAsync(f => f.UserId == user.UserId, ct);
        if (feed is not null && !rotate)
        {
            return Response(await tokens.TokenFor(user.UserId, feed.Nonce, ct));
        }

        var nonce = tokens.NewNonce();
        var token = await tokens.TokenFor(user.UserId, nonce, ct);
        if (feed is null)
        {
            db.CalendarFeeds.Add(CalendarFeed.Create(user.UserId, nonce, CalendarFeedToken.Hash(token), clock.GetUtcNow()));
        }
        else
        {
            feed.Rotate(nonce, CalendarFeedToken.Hash(token), clock.GetUtcNow());
        }

        var saved = await db.TrySaveChangesAsync(ct);
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }

        return Response(token);
    }

    private CalendarFeedResponse Response(string token) => new(portal.Value.PublicUrl.TrimEnd('/') + CalendarFeedToken.Path(token));
}
