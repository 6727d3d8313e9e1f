using System.Globalization;

namespace FundingPortal.Application.Common.Localisation;

/// <summary>The portal's two languages, as the two-letter codes the <c>lang</c> cookie, the user's setting and <c>?lang=</c> use.</summary>
public static class Languages
{
    public const string French = "fr";
    public const string English = "en";

    /// <summary>The cookie the language switch sets: "fr" or "en".</summary>
    public const string CookieName = "lang";

    /// <summary>French first: the default when nothing names a supported language.</summary>
    public static IReadOnlyList<string> All { get; } = [French, English];

    public static bool IsSupported(string? code) => code is French or English;

    /// <summary>The supported language a code or a culture name starts with ("en-US" → "en"), or null.</summary>
    public static string? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var code = value.Trim().Split('-', '_')[0].ToLowerInvariant();
        return IsSupported(code) ? code : null;
    }

    public static CultureInfo Culture(string language) =>
        CultureInfo.GetCultureInfo(language == English ? "en-GB" : "fr-FR");

    /// <summary>The language of the current UI culture (the request's, in a web request), French when it is neither.</summary>
    public static string Current => Parse(CultureInfo.CurrentUICulture.Name) ?? French;

    /// <summary>The language's own name, as the language switch shows it.</summary>
    public static string NativeName(string language) => language == English ? "English" : "Français";
}
