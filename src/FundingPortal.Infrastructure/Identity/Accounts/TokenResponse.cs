namespace FundingPortal.Infrastructure.Identity.Accounts;

/// <summary>The bearer tokens of an API session: <c>{tokenType, accessToken, expiresIn, refreshToken}</c>.</summary>
public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);
