namespace FundingPortal.Domain.Reviews.Conflicts;

internal static class CorporateGroups
{
    /// <summary>The parent SIREN when there is one, else the organisation's own; spaces ignored ("552 100 554").</summary>
    public static string KeyOf(string siren, string? parentSiren)
    {
        var parent = WithoutSpaces(parentSiren);
        return parent.Length > 0 ? parent : WithoutSpaces(siren);
    }

    private static string WithoutSpaces(string? siren)
    {
        if (siren is null)
        {
            return string.Empty;
        }

        foreach (var character in siren)
        {
            if (char.IsWhiteSpace(character))
            {
                return string.Concat(siren.Where(c => !char.IsWhiteSpace(c)));
            }
        }

        return siren;
    }
}
