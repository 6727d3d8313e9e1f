namespace FundingPortal.Domain.Common;

/// <summary>Free text may not carry control characters (line breaks and tabs are allowed in long texts only).</summary>
public static class TextRules
{
    public static bool HasForbiddenCharacters(string? value, bool multiline = false)
    {
        if (value is null)
        {
            return false;
        }

        foreach (var ch in value)
        {
            if (char.IsControl(ch) && !(multiline && ch is '\n' or '\r' or '\t'))
            {
                return true;
            }

            if (char.IsSurrogate(ch) && !char.IsHighSurrogate(ch) && !char.IsLowSurrogate(ch))
            {
                return true;
            }
        }

        return false;
    }

    public static bool AnyForbidden(params string?[] singleLine) => singleLine.Any(v => HasForbiddenCharacters(v));
}
