namespace FundingPortal.Domain.Reviews.Evaluation;

/// <summary>
/// How many of a dossier's expected reviews are in. The call asks for a number of experts per dossier; when the
/// manager assigned more, every active (not declined) assignment is expected. A dossier whose evaluation is not
/// complete is ranked apart: its figures are provisional and must not be compared with finished evaluations.
/// </summary>
public sealed record ReviewCompleteness(int ReviewsIn, int ReviewsExpected)
{
    public bool IsComplete => ReviewsIn >= ReviewsExpected;

    public static ReviewCompleteness Of(int submittedReviews, int activeAssignments, int expertsPerProposal) =>
        new(submittedReviews, Math.Max(expertsPerProposal, activeAssignments));
}
