using FundingPortal.Domain.Reviews.Assignment;

namespace FundingPortal.Benchmarks.Assignment;

public static class InstanceGenerator
{
    private static readonly string[] Roots =
    [
        "énergie", "hydrogène", "batterie", "robotique", "IA", "santé", "matériaux", "composites", "mobilité",
        "agroalimentaire", "cybersécurité", "photonique", "capteurs", "numérique", "eau", "recyclage",
        "biotechnologie", "éolien", "naval", "aéronautique",
    ];

    private static readonly string[] Facets = ["", " durable", " embarqué", " industriel", " marin", " avancé"];

    public static AssignmentProblem Create(int proposals, int experts, int slots, double conflictRate, int seed, int maxExistingLoad = 0)
    {
        var random = new Random(seed);
        var vocabulary = Roots.SelectMany(r => Facets.Select(f => r + f)).ToArray();
        var proposalList = Enumerable.Range(0, proposals)
            .Select(_ => new AssignmentProposal(NewGuid(random), Pick(random, vocabulary, random.Next(3, 7)), slots))
            .ToList();
        var expertList = Enumerable.Range(0, experts)
            .Select(_ => new AssignmentExpert(NewGuid(random), Pick(random, vocabulary, random.Next(4, 11)).Select(Vary).ToList(), random.Next(maxExistingLoad + 1)))
            .ToList();
        var forbidden = new HashSet<(Guid, Guid)>();
        foreach (var proposal in proposalList)
        {
            foreach (var expert in expertList)
            {
                if (random.NextDouble() < conflictRate)
                {
                    forbidden.Add((proposal.ProposalId, expert.ExpertId));
                }
            }
        }

        return new AssignmentProblem(proposalList, expertList, forbidden);
    }

    private static List<string> Pick(Random random, string[] vocabulary, int count) =>
        Enumerable.Range(0, count).Select(_ => vocabulary[random.Next(vocabulary.Length)]).Distinct().ToList();

    // Experts type keywords differently (case, accents) to exercise normalisation.
    private static string Vary(string keyword) => keyword.Length % 2 == 0 ? keyword.ToUpperInvariant() : keyword;

    private static Guid NewGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
