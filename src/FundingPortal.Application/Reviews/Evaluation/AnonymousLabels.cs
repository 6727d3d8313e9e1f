namespace FundingPortal.Application.Reviews.Evaluation;

public static class AnonymousLabels
{
    /// <summary>"Expert A", "Expert B", … "Expert Z", "Expert AA": the order is the order of submission.</summary>
    public static string For(int index)
    {
        var letters = string.Empty;
        for (var n = index; n >= 0; n = (n / 26) - 1)
        {
            letters = (char)('A' + (n % 26)) + letters;
        }

        return $"Expert {letters}";
    }
}
