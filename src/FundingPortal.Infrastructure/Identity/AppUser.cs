using Microsoft.AspNetCore.Identity;

namespace FundingPortal.Infrastructure.Identity;

public sealed class AppUser : IdentityUser<Guid>
{
    public Guid? OrganisationId { get; set; }

    /// <summary>The funder a funder officer acts for.</summary>
    public Guid? FunderId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
