using System.Security.Cryptography;
using System.Text;
using FundingPortal.Application.Verification;
using FundingPortal.Infrastructure.Calendar;

namespace FundingPortal.Infrastructure.Verification;

/// <summary>Code = the first 100 bits of HMAC-SHA256(server key, document key), 20 characters of Crockford base 32.</summary>
public sealed class DocumentVerificationCodes(ServerKeys keys) : IDocumentVerificationCodes
{
    private const string KeyName = "document-verification";

    public async Task<string> CodeFor(string documentKey, CancellationToken ct)
    {
        var key = await keys.Get(KeyName, ct);
        return VerificationCode.FromDigest(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(documentKey)));
    }
}
