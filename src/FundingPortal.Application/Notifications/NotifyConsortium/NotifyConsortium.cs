using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Contracts;

namespace FundingPortal.Application.Notifications.NotifyConsortium;

/// <summary>Tells every member of the consortium about the committee's decision and the funding outcome (once each).</summary>
public sealed class NotifyConsortium(IUserDirectory users, Notifier notifier)
{
    public Task<int> Handle(LabellingDecided m, CancellationToken ct) =>
        Notify(m.ProposalId, m.Reference, m.LeadOrganisationId, m.PartnerOrganisationIds, $"labelling-decided:{m.ProposalId}", BilingualText.From(language => NotificationTexts.LabellingDecided(m, language)), ct);

    public Task<int> Handle(CoLabellingDecided m, CancellationToken ct) =>
        Notify(m.ProposalId, m.Reference, m.LeadOrganisationId, m.PartnerOrganisationIds, $"co-labelling-decided:{m.DecisionId}", BilingualText.From(language => NotificationTexts.CoLabellingDecided(m, language)), ct);

    public Task<int> Handle(FundingOutcomeReached m, CancellationToken ct) =>
        Notify(m.ProposalId, m.Reference, m.LeadOrganisationId, m.PartnerOrganisationIds, $"funding-outcome:{m.ProposalId}", BilingualText.From(language => NotificationTexts.FundingOutcomeReached(m, language)), ct);

    private async Task<int> Notify(Guid proposalId, string reference, Guid lead, IReadOnlyList<Guid> partners, string key, BilingualText text, CancellationToken ct)
    {
        var members = await users.MembersOfAsync(partners.Append(lead).Distinct().ToList(), ct);
        var created = 0;
        foreach (var member in members.OrderBy(m => m.UserId))
        {
            if (await notifier.NotifyAsync(member.UserId, $"{key}:{member.UserId}", text, PortalLinks.Proposal(proposalId), new NotifiedDossier(proposalId, reference), ct))
            {
                created++;
            }
        }

        return created;
    }
}
