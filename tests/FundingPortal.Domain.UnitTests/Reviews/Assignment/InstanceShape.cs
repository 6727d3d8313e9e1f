namespace FundingPortal.Domain.UnitTests.Reviews.Assignment;

public sealed record InstanceShape(
    int Proposals,
    int Experts,
    int MaxSlots,
    double ConflictRate,
    int MaxExtraLoad = 0,
    double PreAssignedRate = 0,
    double CappedExpertRate = 0)
{
    public static InstanceShape Random(Random random) => new(
        Proposals: random.Next(1, 26),
        Experts: random.Next(1, 9),
        MaxSlots: random.Next(1, 4),
        ConflictRate: new[] { 0, 0.05, 0.2, 0.5, 0.9 }[random.Next(5)],
        MaxExtraLoad: random.Next(0, 4),
        PreAssignedRate: random.NextDouble() < 0.5 ? 0 : 0.3,
        CappedExpertRate: random.NextDouble() < 0.7 ? 0 : 0.4);
}
