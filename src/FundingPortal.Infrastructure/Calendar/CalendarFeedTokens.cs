using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using FundingPortal.Application.Abstractions;

namespace FundingPortal.Infrastructure.Calendar;

/// <summary>Feed secret = HMAC-SHA256(server key, user id + nonce), 43 URL-safe characters.</summary>
public sealed class CalendarFeedTokens(ServerKeys keys) : ICalendarFeedTokens
{
    private const string KeyName = "calendar-feed";

    public string NewNonce() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public async Task<string> TokenFor(Guid userId, string nonce, CancellationToken cancellationToken)
    {
        var key = await keys.Get(KeyName, cancellationToken);
        return Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{userId:N}:{nonce}")));
    }
}
