using FundingPortal.Domain.Reviews.Assignment;

namespace FundingPortal.Domain.UnitTests.Reviews.Assignment;

public static class RandomInstances
{
    private static readonly string[] Vocabulary =
    [
        "énergie", "Energie", "hydrogène", "IA", "ia", "santé", "robotique", "Robotique ", "matériaux",
        "cybersécurité", "eau", "éolien", "Éolien", "mobilité", "capteurs", "photonique",
    ];

    public static AssignmentProblem Create(int seed) => Create(InstanceShape.Random(new Random(seed)), seed);

    public static AssignmentProblem Create(InstanceShape shape, int seed)
    {
        var random = new Random(seed);
        var expertIds = Enumerable.Range(0, shape.Experts).Select(_ => NewGuid(random)).ToArray();
        var loads = expertIds.ToDictionary(id => id, _ => random.Next(0, shape.MaxExtraLoad + 1));
        var forbidden = new HashSet<(Guid ProposalId, Guid ExpertId)>();
        var proposals = new List<AssignmentProposal>();
        for (var i = 0; i < shape.Proposals; i++)
        {
            var proposalId = NewGuid(random);
            var required = random.Next(1, shape.MaxSlots + 1);
            var preAssigned = expertIds
                .Where(_ => random.NextDouble() < shape.PreAssignedRate)
                .Take(required - 1)
                .ToList();
            preAssigned.ForEach(id => loads[id]++);
            foreach (var expertId in expertIds.Where(id => !preAssigned.Contains(id)))
            {
                if (random.NextDouble() < shape.ConflictRate)
                {
                    forbidden.Add((proposalId, expertId));
                }
            }

            proposals.Add(new AssignmentProposal(proposalId, Words(random, 1, 4), required - preAssigned.Count, preAssigned));
        }

        var experts = expertIds
            .Select(id => new AssignmentExpert(id, Words(random, 1, 5), loads[id], MaxLoad(random, shape, loads[id])))
            .ToList();
        return new AssignmentProblem(proposals, experts, forbidden);
    }

    public static Guid NewGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static int? MaxLoad(Random random, InstanceShape shape, int load) =>
        random.NextDouble() < shape.CappedExpertRate ? load + random.Next(0, 4) : null;

    private static List<string> Words(Random random, int min, int max) =>
        Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).ToList();
}
