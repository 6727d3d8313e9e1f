using System.Globalization;
using System.Text;
using FundingPortal.Domain.Common;

namespace FundingPortal.Api.Http.Input;

/// <summary>The C0 controls (U+0000–U+001F) other than tab, CR and LF: refused anywhere in the input (api.md, Hardening rules).</summary>
public static class ControlCharacters
{
    public const string Code = "invalid_characters";

    public static bool IsForbidden(char c) => c < ' ' && c is not ('\t' or '\r' or '\n');

    public static int IndexOfForbidden(string? value)
    {
        if (value is null)
        {
            return -1;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (IsForbidden(value[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A field name safe to echo back: its own control characters written as \uXXXX.</summary>
    public static string Printable(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(IsForbidden(c) ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return builder.ToString();
    }

    public static Error Rejected(string field, char found) =>
        Error.Field(Printable(field), Code,
            $"'{Printable(field)}' contains a control character (U+{((int)found).ToString("X4", CultureInfo.InvariantCulture)}); only tab, carriage return and line feed are allowed.");
}
