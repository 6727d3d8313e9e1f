using Microsoft.AspNetCore.Identity;

namespace FundingPortal.Infrastructure.Identity;

public sealed class AppUser : IdentityUser<Guid>
{
    public Guid? OrganisationId { get; set; }

    /// <summary>The funder a funder officer acts for.</summary>
    public Guid? FunderId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// The TOTP secret (base32): pending while <see cref="IdentityUser{TKey}.TwoFactorEnabled"/> is false, in use once
    /// it is true.
    /// </summary>
    public string? TotpSecret { get; set; }

    /// <summary>The last 30-second step whose code was accepted: a code works once (RFC 6238 §5.2).</summary>
    public long? TotpLastUsedStep { get; set; }

    /// <summary>Staff accounts of the demo seed only: they may work without a second factor (Security:RequireMfaForStaff).</summary>
    public bool MfaExempt { get; set; }
}
