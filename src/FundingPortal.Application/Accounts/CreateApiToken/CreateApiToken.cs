using System.Buffers.Text;
using System.Security.Cryptography;
using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Accounts;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Accounts.CreateApiToken;

public sealed record CreateApiTokenRequest(string? Name, IReadOnlyList<string>? Scopes, DateTimeOffset? ExpiresAt);

/// <summary>The new token with its secret, which is shown this once and never stored.</summary>
public sealed record CreatedApiTokenResponse(Guid Id, string Token, string Name, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt);

/// <summary>Creates an API token for the caller: 256 random bits after a recognisable prefix; only the SHA-256 is kept.</summary>
public sealed class CreateApiToken(IAppDbContext db, ICurrentUser user, TimeProvider clock)
{
    public const int MaxActiveTokens = 20;

    public async Task<Result<CreatedApiTokenResponse>> Handle(CreateApiTokenRequest request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var active = await db.ApiTokens.CountAsync(t => t.UserId == user.UserId && t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now), ct);
        if (active >= MaxActiveTokens)
        {
            return Error.Conflict("too_many_api_tokens", $"You have {MaxActiveTokens} active API tokens: revoke one before creating another.");
        }

        var secret = ApiToken.SecretPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var created = ApiToken.Create(user.UserId, request.Name, request.Scopes, request.ExpiresAt, secret, now);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        var token = created.Value;
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return new CreatedApiTokenResponse(token.Id, secret, token.Name, token.Scopes, token.CreatedAt, token.ExpiresAt);
    }
}
