using FundingPortal.Application.Proposals;
using FundingPortal.Domain.Documents;

namespace FundingPortal.Application.Documents;

/// <summary>
/// Documents are shown to whoever may see the dossier in that role: the consortium and managers; funder officers the
/// certificate and funding notice. The committee's minutes name every dossier of the session, its recusals and votes:
/// managers only.
/// </summary>
public static class DocumentVisibility
{
    public static bool MaySee(ProposalRelation relation, DocumentKind kind) => relation switch
    {
        ProposalRelation.Manager => true,
        ProposalRelation.LeadMember or ProposalRelation.PartnerMember => kind != DocumentKind.CommitteeMinutes,
        ProposalRelation.CoLabellingManager => kind is DocumentKind.LabelCertificate or DocumentKind.Dossier,
        ProposalRelation.FunderOfficer => kind is DocumentKind.LabelCertificate or DocumentKind.FundingDecision or DocumentKind.Dossier,
        _ => false,
    };
}
