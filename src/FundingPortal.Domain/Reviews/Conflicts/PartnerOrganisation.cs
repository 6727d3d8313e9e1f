namespace FundingPortal.Domain.Reviews.Conflicts;

public sealed record PartnerOrganisation(Guid OrganisationId, string Siren, string? ParentSiren)
{
    public string CorporateGroup => CorporateGroups.KeyOf(Siren, ParentSiren);
}
