namespace FundingPortal.Domain.Proposals;

public enum AttachmentKind
{
    ConsortiumAgreement,
    Annex,
}
