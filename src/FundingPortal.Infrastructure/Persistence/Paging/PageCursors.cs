using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using FundingPortal.Application.Common.Paging;
using FundingPortal.Infrastructure.Calendar;

namespace FundingPortal.Infrastructure.Persistence.Paging;

/// <summary>Cursor = base64url(position) "." base64url(first 16 bytes of HMAC-SHA256(server key, list + position)).</summary>
public sealed class PageCursors(ServerKeys keys) : IPageCursors
{
    private const string KeyName = "page-cursor";
    private const int MaxLength = 512;
    private const int TagLength = 16;

    public async Task<string> Seal(string list, IReadOnlyList<string> position, CancellationToken ct)
    {
        var payload = Encoding.UTF8.GetBytes(string.Join('\n', position));
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(await Tag(list, payload, ct))}";
    }

    public async Task<IReadOnlyList<string>?> Open(string list, string cursor, CancellationToken ct)
    {
        if (cursor.Length > MaxLength || cursor.Split('.') is not [var encodedPayload, var encodedTag]
            || !Base64Url.IsValid(encodedPayload) || !Base64Url.IsValid(encodedTag))
        {
            return null;
        }

        var payload = Base64Url.DecodeFromChars(encodedPayload);
        var tag = Base64Url.DecodeFromChars(encodedTag);
        var expected = await Tag(list, payload, ct);
        if (!CryptographicOperations.FixedTimeEquals(tag, expected))
        {
            return null;
        }

        return Encoding.UTF8.GetString(payload).Split('\n');
    }

    private async Task<byte[]> Tag(string list, byte[] payload, CancellationToken ct)
    {
        var key = await keys.Get(KeyName, ct);
        var signed = Encoding.UTF8.GetBytes(list + "\n").Concat(payload).ToArray();
        return HMACSHA256.HashData(key, signed)[..TagLength];
    }
}
