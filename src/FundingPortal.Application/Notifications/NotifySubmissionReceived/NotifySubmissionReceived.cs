using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Contracts;

namespace FundingPortal.Application.Notifications.NotifySubmissionReceived;

/// <summary>"Dossier reçu": one notification (and e-mail) per member of every consortium organisation, per submitted version.</summary>
public sealed class NotifySubmissionReceived(IUserDirectory users, Notifier notifier)
{
    public static string DedupKey(Guid proposalId, int version, Guid userId) => $"proposal-submitted:{proposalId}:{version}:{userId}";

    public async Task<int> Handle(ProposalSubmitted message, CancellationToken ct)
    {
        var organisations = message.PartnerOrganisationIds.Append(message.LeadOrganisationId).Distinct().ToList();
        var members = await users.MembersOfAsync(organisations, ct);
        NotificationText Text(string language) => NotificationTexts.SubmissionReceived(message, language);
        var created = 0;
        foreach (var member in members.OrderBy(m => m.UserId))
        {
            if (await notifier.NotifyAsync(member.UserId, DedupKey(message.ProposalId, message.Version, member.UserId), Text,
                    PortalLinks.Proposal(message.ProposalId), ct))
            {
                created++;
            }
        }

        return created;
    }
}
