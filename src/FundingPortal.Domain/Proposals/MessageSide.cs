namespace FundingPortal.Domain.Proposals;

/// <summary>The two sides of a dossier's message thread.</summary>
public enum MessageSide
{
    Consortium,
    Cluster,
}
