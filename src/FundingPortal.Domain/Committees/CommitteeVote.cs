namespace FundingPortal.Domain.Committees;

/// <summary>The show of hands on one dossier, among the members present and not recused for it.</summary>
public sealed record CommitteeVote(int For, int Against, int Abstentions)
{
    public int Total => For + Against + Abstentions;
}
