using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Organisations;

/// <summary>The 9-digit French company identifier, whose last digit is a Luhn check digit.</summary>
public static class Siren
{
    public static Result<string> Parse(string? value)
    {
        var digits = (value ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (digits.Length != 9 || !digits.All(char.IsAsciiDigit))
        {
            return Error.Field("siren", "invalid_siren", "A SIREN has exactly 9 digits.");
        }

        if (!HasValidLuhnChecksum(digits))
        {
            return Error.Field("siren", "invalid_siren", $"{digits} is not a valid SIREN (wrong check digit).");
        }

        return digits;
    }

    public static bool HasValidLuhnChecksum(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
