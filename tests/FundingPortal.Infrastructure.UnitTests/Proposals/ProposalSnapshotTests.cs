using FundingPortal.Application.Proposals;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Funders;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals.Submission;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Infrastructure.UnitTests.Proposals;

/// <summary>
/// The receipt's SHA-256 is over the canonical snapshot's bytes: the same dossier must always give the same bytes, so
/// a holder of the snapshot can re-verify a receipt issued years ago.
/// </summary>
public sealed class ProposalSnapshotTests
{
    private static readonly DateTimeOffset At = new(2026, 7, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_known_dossier_gives_the_snapshot_hash_pinned_before_submission_moved_into_the_aggregate()
    {
        var snapshot = ProposalSnapshot.Build(KnownDossier(), 3, new DateTimeOffset(2026, 10, 19, 15, 59, 59, 999, TimeSpan.Zero));

        Assert.Equal("081a0a9606d5344f7e576a7224960371be7bca872632d0121355635abe9a0639", snapshot.Sha256);
        Assert.StartsWith("{\"acronym\":\"OCÉAN-5G\",\"attachments\":[],\"callId\":\"00000000-0000-0000-0000-0000000000ca\"", snapshot.Json);
        Assert.EndsWith("\"totalBudget\":1800000.00,\"trlStart\":4,\"trlTarget\":7,\"version\":3}", snapshot.Json);
    }

    private static ProposalContext KnownDossier()
    {
        var call = WithId(Call.Create(new CallDefinition("Appel test", "FUI", null, ["FR-BRE", "FR-NOR"],
            new CallTimeline(Paris(2026, 6, 1, 9), Paris(2026, 10, 19, 18), Paris(2026, 11, 15, 18), Paris(2026, 11, 25, 14), Paris(2027, 2, 15, 18)),
            EligibilityRules.Default, EvaluationGrid.Default, 2, false, [AnyFunder()]), At.AddMonths(-2)).Value, 0xca);
        Assert.True(call.Publish(At.AddMonths(-2)).IsSuccess);
        var sme = WithId(Organisation.Create("Ondes Bretonnes SAS", "732829320", OrganisationCategory.Sme, "FR-BRE", null, At).Value, 0x01);
        var large = WithId(Organisation.Create("Normandie Télécom Industries", "552100554", OrganisationCategory.Large, "FR-NOR", null, At).Value, 0x02);
        var lab = WithId(Organisation.Create("Laboratoire Électronique de Rennes", "356000000", OrganisationCategory.Research, "FR-BRE", "404833048", At).Value, 0x03);
        var proposal = WithId(Proposal.Create(call, sme.Id, "FP-2026-0042",
            new ProjectFields("OCÉAN-5G", "Réseaux 5G privés", "Un démonstrateur « 5G » dans trois ports.", ["5G", "ports"], 4, 7, 36), At).Value, 0xd0);
        foreach (var (organisation, total) in new[] { (sme, 700_000m), (large, 600_000m), (lab, 500_000m) })
        {
            if (organisation != sme)
            {
                Assert.True(proposal.AddPartner(organisation.Id, call, At).IsSuccess);
            }

            Assert.True(proposal.SetBudget(organisation.Id, new Budget(total * 0.7m, total * 0.2m, 0, total * 0.1m, 0), call, At).IsSuccess);
        }

        return new ProposalContext(proposal, call, new[] { sme, large, lab }.ToDictionary(o => o.Id), new Dictionary<Guid, Funder>());
    }

    private static LocalInstant Paris(int year, int month, int day, int hour) =>
        LocalInstant.Create(new DateTime(year, month, day, hour, 0, 0), "Europe/Paris").Value;

    private static T WithId<T>(T entity, int id) where T : Entity
    {
        typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(entity, new Guid($"00000000-0000-0000-0000-{id:x12}"));
        return entity;
    }

    /// <summary>A call is published with at least one funder (its terms do not matter here).</summary>
    private static CallFunder AnyFunder() =>
        CallFunder.Create(Guid.NewGuid(), 1_000_000m, new Dictionary<OrganisationCategory, decimal>
        {
            [OrganisationCategory.Sme] = 0.45m, [OrganisationCategory.MidCap] = 0.30m, [OrganisationCategory.Large] = 0.25m, [OrganisationCategory.Research] = 0.40m,
        }, null, 0).Value;
}
