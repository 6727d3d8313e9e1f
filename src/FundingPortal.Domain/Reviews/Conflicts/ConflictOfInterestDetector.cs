using System.Runtime.CompilerServices;

namespace FundingPortal.Domain.Reviews.Conflicts;

public static class ConflictOfInterestDetector
{
    /// <summary>In reporting order: the first broken rule is the reason given.</summary>
    public static IReadOnlyList<IConflictOfInterestRule> Rules { get; } =
    [
        new ExpertMustNotBeAffiliatedWithAPartnerRule(),
        new ExpertMustNotBelongToTheCorporateGroupOfAPartnerRule(),
        new ExpertMustNotHaveDeclaredAConflictRule(),
        new ExpertMustNotBeExcludedByApplicantsRule(),
    ];

    // Optimised from its first call: the first assignment of a freshly started API runs it up to a million times, in
    // unoptimised code until tiering catches up (issue 22).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ConflictOfInterest? Detect(ExpertConflictProfile expert, ProposalConflictProfile proposal, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(expert);
        ArgumentNullException.ThrowIfNull(proposal);
        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i];
            if (rule.IsBroken(expert, proposal, today))
            {
                return new ConflictOfInterest(rule.Code, rule.Message);
            }
        }

        return null;
    }

    /// <summary>Every conflicted (proposal, expert) pair of a call, ready for the assignment's forbidden set.</summary>
    /// <remarks>
    /// A call has about a million pairs, so the rules loop by index rather than through enumerators:
    /// 3,000 × 300 pairs take about half a second.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IReadOnlySet<(Guid ProposalId, Guid ExpertId)> ConflictedPairs(
        IEnumerable<ProposalConflictProfile> proposals,
        IReadOnlyCollection<ExpertConflictProfile> experts,
        DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(proposals);
        ArgumentNullException.ThrowIfNull(experts);
        var pairs = new HashSet<(Guid ProposalId, Guid ExpertId)>();
        foreach (var proposal in proposals)
        {
            foreach (var expert in experts)
            {
                if (Detect(expert, proposal, today) is not null)
                {
                    pairs.Add((proposal.ProposalId, expert.ExpertId));
                }
            }
        }

        return pairs;
    }
}
