using OtpNet;

namespace FundingPortal.Infrastructure.Identity.Accounts;

/// <summary>RFC 6238 codes (SHA-1, 6 digits, 30-second steps: what every authenticator app reads from a QR code), with Otp.NET.</summary>
public static class Totp
{
    public const string Issuer = "Pôle Ouest";

    public static string NewSecret() => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));

    public static string OtpAuthUri(string secret, string email) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={secret}&issuer={Uri.EscapeDataString(Issuer)}&algorithm=SHA1&digits=6&period=30";

    /// <summary>The step the code belongs to (the current one, or one either side for clock drift), or null.</summary>
    public static long? MatchingStep(string secret, string? code, DateTimeOffset now)
    {
        var digits = new string((code ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        var totp = new OtpNet.Totp(Base32Encoding.ToBytes(secret));
        return totp.VerifyTotp(now.UtcDateTime, digits, out var step, VerificationWindow.RfcSpecifiedNetworkDelay) ? step : null;
    }
}
