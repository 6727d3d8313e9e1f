namespace FundingPortal.Domain.Reviews.Conflicts;

public sealed record PartnerOrganisation(Guid OrganisationId, string Siren, string? ParentSiren)
{
    // Computed once: conflict detection compares it for every expert × dossier pair (900,000 in a large call).
    public string CorporateGroup { get; } = CorporateGroups.KeyOf(Siren, ParentSiren);
}
