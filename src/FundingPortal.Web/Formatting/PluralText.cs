using FundingPortal.Application.Common.Localisation;
using Microsoft.Extensions.Localization;

namespace FundingPortal.Web.Formatting;

/// <summary>
/// A count with its noun, singular or plural as the language wants it: French says "0 dossier, 1 dossier, 2 dossiers",
/// English "0 proposals, 1 proposal, 2 proposals". The set holds <c>{Key}One</c> and <c>{Key}Many</c>, each with <c>{0}</c>
/// for the count (written per culture) and any further placeholders after it; no "(s)".
/// </summary>
public static class PluralText
{
    public static string Plural(this IStringLocalizer texts, string key, long count, params object[] more)
    {
        var singular = count == 1 || (count == 0 && Languages.Current == Languages.French);
        return texts[key + (singular ? "One" : "Many"), [RequestText.Format.Integer(count), .. more]].Value;
    }
}
