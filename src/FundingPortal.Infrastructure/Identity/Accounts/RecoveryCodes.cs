using System.Security.Cryptography;

namespace FundingPortal.Infrastructure.Identity.Accounts;

/// <summary>Ten codes of ten characters (50 bits each) from an alphabet without look-alikes, shown as "ABCDE-FGHJK".</summary>
public static class RecoveryCodes
{
    public const int Count = 10;
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New()
    {
        var characters = RandomNumberGenerator.GetItems<char>(Alphabet, 10);
        return $"{new string(characters[..5])}-{new string(characters[5..])}";
    }

    /// <summary>Upper case, without spaces or dashes; null when it cannot be a code.</summary>
    public static string? Normalise(string? code)
    {
        var cleaned = new string((code ?? string.Empty).Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return cleaned.Length == 10 && cleaned.All(Alphabet.Contains) ? cleaned : null;
    }
}
