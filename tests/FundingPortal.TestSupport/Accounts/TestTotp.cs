using System.Security.Cryptography;

namespace FundingPortal.TestSupport.Accounts;

/// <summary>
/// What an authenticator app does with the secret it scanned (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits),
/// written here independently of the product's code, so that tests check the product against the standard.
/// </summary>
public static class TestTotp
{
    public static string Code(string base32Secret, DateTimeOffset at) => Hotp(Base32(base32Secret), at.ToUnixTimeSeconds() / 30, 6);

    /// <summary>RFC 4226 §5.3: HMAC-SHA1 of the counter, dynamic truncation, modulo 10^digits.</summary>
    public static string Hotp(byte[] key, long counter, int digits)
    {
        var message = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(message);
        }

#pragma warning disable CA5350 // RFC 6238's default, the one authenticator apps assume from an otpauth URI without "algorithm".
        var hash = HMACSHA1.HashData(key, message);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % (int)Math.Pow(10, digits)).ToString(new string('0', digits), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var value = 0;
        var bytes = new List<byte>();
        foreach (var c in text.ToUpperInvariant().Where(c => c is not ('=' or ' ' or '-')))
        {
            value = (value << 5) | alphabet.IndexOf(c, StringComparison.Ordinal) switch { < 0 => throw new FormatException($"'{c}' is not base32"), var i => i };
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(value >> (bits - 8)));
                bits -= 8;
            }
        }

        return bytes.ToArray();
    }
}
