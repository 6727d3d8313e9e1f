namespace FundingPortal.Application.Common.Localisation;

/// <summary>"de" before a name, elided before a vowel: "le budget d'Ondes Bretonnes SAS", "le budget de Normandie Télécom".</summary>
public static class FrenchElision
{
    /// <summary>"d'" before a vowel (accented or not, upper or lower case), "de " otherwise; an "h" is left alone (aspirated or not, we cannot tell).</summary>
    public static string De(string name) =>
        name.Length > 0 && "aeiouyàâäéèêëîïôöùûüAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜ".Contains(name[0], StringComparison.Ordinal) ? "d'" + name : "de " + name;
}
