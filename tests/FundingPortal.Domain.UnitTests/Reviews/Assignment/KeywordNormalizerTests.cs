using FundingPortal.Domain.Reviews.Assignment;

namespace FundingPortal.Domain.UnitTests.Reviews.Assignment;

public class KeywordNormalizerTests
{
    [Theory]
    [InlineData("Énergie", "energie")]
    [InlineData("  HYDROGÈNE  vert ", "hydrogene vert")]
    [InlineData("éco-conception", "eco conception")]
    [InlineData("Cœur de réseau", "coeur de reseau")]
    [InlineData("l’IA", "l'ia")]
    [InlineData("   ", "")]
    public void Case_accents_and_separators_are_ignored(string keyword, string expected)
    {
        Assert.Equal(expected, KeywordNormalizer.Normalize(keyword));
    }

    [Fact]
    public void Overlap_counts_distinct_shared_keywords()
    {
        Assert.Equal(2, ExpertiseMatch.Overlap(["Santé", "sante", "IA", "robotique"], ["ia", "SANTÉ", "chimie"]));
    }
}
