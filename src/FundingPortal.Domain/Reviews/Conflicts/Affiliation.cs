namespace FundingPortal.Domain.Reviews.Conflicts;

/// <param name="To">Last day of the affiliation; null while it lasts.</param>
public sealed record Affiliation(Guid OrganisationId, string Siren, string? ParentSiren, DateOnly From, DateOnly? To)
{
    public const int LookBackYears = 3;

    /// <summary>Current, or ended on or after the same day <see cref="LookBackYears"/> years ago.</summary>
    public bool CountsOn(DateOnly today) => To is not { } end || end >= today.AddYears(-LookBackYears);

    // Computed once: conflict detection compares it for every expert × dossier pair (900,000 in a large call).
    public string CorporateGroup { get; } = CorporateGroups.KeyOf(Siren, ParentSiren);
}
