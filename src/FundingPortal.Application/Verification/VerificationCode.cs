namespace FundingPortal.Application.Verification;

/// <summary>The shapes the public verification accepts: a SHA-256 in hex, and the code of a QR code (Crockford base 32).</summary>
public static class VerificationCode
{
    public const int Length = 20;

    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>The first <see cref="Length"/> × 5 bits of <paramref name="digest"/>, in <see cref="Alphabet"/>.</summary>
    public static string FromDigest(ReadOnlySpan<byte> digest)
    {
        var chars = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            var bit = i * 5;
            var pair = (digest[bit / 8] << 8) | digest[(bit / 8) + 1];
            chars[i] = Alphabet[(pair >> (11 - (bit % 8))) & 31];
        }

        return new string(chars);
    }

    /// <summary>The code in its stored form (upper case), or null when <paramref name="text"/> cannot be one.</summary>
    public static string? Normalise(string? text)
    {
        var code = text?.Trim().ToUpperInvariant();
        return code is { Length: Length } && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }

    /// <summary>The hash in its stored form (lower-case hex), or null when <paramref name="text"/> is not 64 hex digits.</summary>
    public static string? NormaliseSha256(string? text)
    {
        var hash = text?.Trim();
        return hash is { Length: 64 } && hash.All(char.IsAsciiHexDigit) ? hash.ToLowerInvariant() : null;
    }
}
