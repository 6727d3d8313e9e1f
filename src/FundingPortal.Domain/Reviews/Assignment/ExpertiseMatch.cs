namespace FundingPortal.Domain.Reviews.Assignment;

public static class ExpertiseMatch
{
    /// <summary>Number of distinct normalised keywords shared by a proposal and an expert.</summary>
    public static int Overlap(IEnumerable<string> proposalKeywords, IEnumerable<string> expertise)
    {
        ArgumentNullException.ThrowIfNull(proposalKeywords);
        ArgumentNullException.ThrowIfNull(expertise);
        var expertKeywords = expertise.Select(KeywordNormalizer.Normalize).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        return proposalKeywords
            .Select(KeywordNormalizer.Normalize)
            .Where(k => k.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Count(expertKeywords.Contains);
    }
}
