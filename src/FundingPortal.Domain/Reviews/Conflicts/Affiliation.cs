namespace FundingPortal.Domain.Reviews.Conflicts;

/// <param name="To">Last day of the affiliation; null while it lasts.</param>
public sealed record Affiliation(Guid OrganisationId, string Siren, string? ParentSiren, DateOnly From, DateOnly? To)
{
    public const int LookBackYears = 3;

    /// <summary>Current, or ended on or after the same day <see cref="LookBackYears"/> years ago.</summary>
    public bool CountsOn(DateOnly today) => To is not { } end || end >= today.AddYears(-LookBackYears);

    public string CorporateGroup => CorporateGroups.KeyOf(Siren, ParentSiren);
}
