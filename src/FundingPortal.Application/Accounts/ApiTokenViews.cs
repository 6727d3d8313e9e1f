using FundingPortal.Domain.Accounts;

namespace FundingPortal.Application.Accounts;

/// <summary>An API token as its owner sees it: never the secret, only its first characters.</summary>
public sealed record ApiTokenResponse(Guid Id, string Name, IReadOnlyList<string> Scopes, string Hint, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt,
    DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt)
{
    public static ApiTokenResponse From(ApiToken token) =>
        new(token.Id, token.Name, token.Scopes, token.Hint, token.CreatedAt, token.ExpiresAt, token.LastUsedAt, token.RevokedAt);
}
