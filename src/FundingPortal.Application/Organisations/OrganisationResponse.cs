using FundingPortal.Domain.Organisations;

namespace FundingPortal.Application.Organisations;

public sealed record OrganisationResponse(Guid Id, string Name, string Siren, OrganisationCategory Category, string Region, string RegionName,
    string? ParentSiren, DateTimeOffset CreatedAt)
{
    public static OrganisationResponse From(Organisation o) =>
        new(o.Id, o.Name, o.Siren, o.Category, o.Region, Regions.NameOf(o.Region), o.ParentSiren, o.CreatedAt);
}

/// <summary>What any signed-in user may learn about an organisation to invite it as a partner.</summary>
public sealed record OrganisationDirectoryEntry(Guid Id, string Name, OrganisationCategory Category, string Region);
