using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Contracts;

namespace FundingPortal.Application.Notifications.NotifySubmissionReceived;

/// <summary>
/// "Dossier reçu": one notification (and e-mail) per member of every consortium organisation, per submitted version; the
/// cluster's managers hear of the new submission too.
/// </summary>
public sealed class NotifySubmissionReceived(IUserDirectory users, NotificationAudience audience, Notifier notifier)
{
    /// <summary>Dedup keys are "proposal-submitted:{dossier}:{version}:{member}": NotifyEachAsync appends each member's id.</summary>
    private static string VersionKey(Guid proposalId, int version) => $"proposal-submitted:{proposalId}:{version}";

    public async Task<int> Handle(ProposalSubmitted message, CancellationToken ct)
    {
        var organisations = message.PartnerOrganisationIds.Append(message.LeadOrganisationId).Distinct().ToList();
        var members = await users.MembersOfAsync(organisations, ct);
        var text = BilingualText.From(language => NotificationTexts.SubmissionReceived(message, language));
        var link = PortalLinks.Proposal(message.ProposalId);
        var created = await notifier.NotifyEachAsync(members.Select(m => m.UserId), VersionKey(message.ProposalId, message.Version), text, link,
            new NotifiedDossier(message.ProposalId, message.Reference), ct);

        var consortium = members.Select(m => m.UserId).ToHashSet();
        return created + await notifier.NotifyEachAsync((await audience.Managers(ct)).Where(id => !consortium.Contains(id)),
            $"proposal-submitted-managers:{message.ProposalId}:{message.Version}", EventNotificationTexts.SubmissionForManagers(message), link, new NotifiedDossier(message.ProposalId, message.Reference), ct);
    }
}
