namespace FundingPortal.Application.Abstractions;

/// <summary>
/// Derives the secret of a calendar feed URL from a stored nonce and a server key kept out of the database, so the
/// database holds no usable URL (only its hash, to find the feed).
/// </summary>
public interface ICalendarFeedTokens
{
    string NewNonce();

    Task<string> TokenFor(Guid userId, string nonce, CancellationToken cancellationToken);
}
