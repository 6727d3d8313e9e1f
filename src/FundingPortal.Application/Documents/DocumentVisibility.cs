using FundingPortal.Application.Proposals;
using FundingPortal.Domain.Documents;

namespace FundingPortal.Application.Documents;

/// <summary>Documents are shown to whoever may see the dossier in that role: the consortium and managers; funder officers the certificate and funding notice.</summary>
public static class DocumentVisibility
{
    public static bool MaySee(ProposalRelation relation, DocumentKind kind) => relation switch
    {
        ProposalRelation.Manager or ProposalRelation.LeadMember or ProposalRelation.PartnerMember => true,
        ProposalRelation.FunderOfficer => kind is DocumentKind.LabelCertificate or DocumentKind.FundingDecision or DocumentKind.Dossier,
        _ => false,
    };
}
