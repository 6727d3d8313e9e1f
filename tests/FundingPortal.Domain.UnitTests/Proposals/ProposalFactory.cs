using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Proposals.Submission;
using FundingPortal.Domain.UnitTests.Calls;

namespace FundingPortal.Domain.UnitTests.Proposals;

/// <summary>A dossier with its call and partner organisations, as <see cref="Proposal.Submit"/> receives them.</summary>
internal sealed record Dossier(Call Call, Proposal Proposal, IReadOnlyDictionary<Guid, Organisation> Organisations);

internal static class ProposalFactory
{
    public static readonly DateTimeOffset Published = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>19 October 2026, 18:00 in Paris: 16:00Z (summer time).</summary>
    public static readonly DateTimeOffset Deadline = new(2026, 10, 19, 16, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset WhileOpen = new(2026, 7, 1, 10, 0, 0, TimeSpan.Zero);

    public static Call Call(int deadlineMonth = 10, int deadlineDay = 19, EligibilityRules? rules = null) =>
        CallFactory.Published(CallFactory.Paris(2026, 6, 1, 9), CallFactory.Paris(2026, deadlineMonth, deadlineDay, 18), Published, rules);

    /// <summary>
    /// An SME lead from Bretagne, a large company from Normandie and a research lab, 1.8 M€ over 36 months: everything
    /// <see cref="EligibilityRules.Default"/> asks for.
    /// </summary>
    public static Dossier Eligible(Call? call = null, DateTimeOffset? at = null)
    {
        call ??= Call();
        var now = at ?? WhileOpen;
        var sme = Organisation.Create("Ondes Bretonnes SAS", "732829320", OrganisationCategory.Sme, "FR-BRE", null, now).Value;
        var large = Organisation.Create("Normandie Télécom Industries", "552100554", OrganisationCategory.Large, "FR-NOR", null, now).Value;
        var lab = Organisation.Create("Laboratoire Électronique de Rennes", "356000000", OrganisationCategory.Research, "FR-BRE", null, now).Value;
        var fields = new ProjectFields("OCÉAN-5G", "Réseaux 5G privés pour les ports", "Un démonstrateur de réseau 5G privé dans trois ports.", ["5G", "ports"], 4, 7, 36);
        var proposal = Proposal.Create(call, sme.Id, "FP-2026-0042", fields, now).Value;
        foreach (var (organisation, total) in new[] { (sme, 700_000m), (large, 600_000m), (lab, 500_000m) })
        {
            if (organisation.Id != sme.Id)
            {
                Assert.True(proposal.AddPartner(organisation.Id, call, now).IsSuccess);
            }

            Assert.True(proposal.SetBudget(organisation.Id, new Budget(total * 0.7m, total * 0.2m, 0, total * 0.1m, 0), call, now).IsSuccess);
        }

        return new Dossier(call, proposal, new[] { sme, large, lab }.ToDictionary(o => o.Id));
    }

    /// <summary>The same consortium with the research lab left out: too few research organisations.</summary>
    public static Dossier WithoutResearchOrganisation(Call? call = null)
    {
        var dossier = Eligible(call);
        var lab = dossier.Organisations.Values.Single(o => o.Category == OrganisationCategory.Research);
        Assert.True(dossier.Proposal.RemovePartner(lab.Id, dossier.Call, WhileOpen).IsSuccess);
        return dossier;
    }

    public static FrozenContent Frozen(int number) => new($"{{\"version\":{number}}}", new string((char)('a' + number % 26), 64));
}
