using System.Security.Cryptography;
using System.Text;
using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Accounts;

/// <summary>
/// A credential an integration uses instead of a person's password: it acts as its user, limited to its scopes, until
/// it expires or is revoked. Only the SHA-256 of the secret is kept; the secret is shown once, at creation.
/// </summary>
public sealed class ApiToken : Entity
{
    public const int MaxNameLength = 100;
    public const string ReadScope = "read";
    public const string WriteScope = "write";
    public const string SecretPrefix = "fpat_";

    private static readonly string[] KnownScopes = [ReadScope, WriteScope];

    private ApiToken()
    {
    }

    public Guid UserId { get; private set; }
    public string Name { get; private set; } = string.Empty;
    public IReadOnlyList<string> Scopes { get; private set; } = [];
    public string TokenHash { get; private set; } = string.Empty;

    /// <summary>The first characters of the secret, so its owner can tell tokens apart without the secret.</summary>
    public string Hint { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ExpiresAt { get; private set; }
    public DateTimeOffset? LastUsedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>A token may write only with the <c>write</c> scope; reading needs either scope.</summary>
    public bool MayWrite => Scopes.Contains(WriteScope);

    public static Result<ApiToken> Create(Guid userId, string? name, IReadOnlyList<string>? scopes, DateTimeOffset? expiresAt, string secret, DateTimeOffset now)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxNameLength)
        {
            return Error.Field("name", "invalid_token_name", $"Give the token a name of 1 to {MaxNameLength} characters.");
        }

        if (scopes is null || scopes.Count == 0 || scopes.Any(s => !KnownScopes.Contains(s)))
        {
            return Error.Field("scopes", "invalid_scope", "Scopes are \"read\" and \"write\"; give at least one.");
        }

        if (expiresAt is { } at && at <= now)
        {
            return Error.Field("expiresAt", "invalid_expiry", "The expiry must be in the future.");
        }

        return new ApiToken
        {
            UserId = userId,
            Name = trimmed,
            Scopes = KnownScopes.Where(scopes.Contains).ToList(),
            TokenHash = HashOf(secret),
            Hint = secret[..(SecretPrefix.Length + 4)],
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
    }

    /// <summary>What is stored and looked up: the hex SHA-256 of the secret (the secret has 256 random bits, so no salt is needed).</summary>
    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public bool IsUsableAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is not { } at || at > now);

    /// <summary>Revoking twice keeps the first instant: the token stopped working then.</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
