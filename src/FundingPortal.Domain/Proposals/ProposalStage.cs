namespace FundingPortal.Domain.Proposals;

/// <summary>Which dossier the consortium is writing: the light pre-proposal of a two-stage call, or the full dossier.</summary>
public enum ProposalStage
{
    PreProposal,
    Full,
}
