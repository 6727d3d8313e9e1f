namespace FundingPortal.Web.Pages.Legal;

/// <summary>
/// Who runs this portal, as the legal pages state it. Each cluster of the alliance runs its own portal, so every identity
/// value is configuration (section <c>Legal</c>), never code; the defaults in appsettings.json are the demo's.
/// </summary>
public sealed class LegalOptions
{
    public const string Section = "Legal";

    /// <summary>True while the values are the demo's: the legal pages then say that the cluster must replace them.</summary>
    public bool Demonstration { get; set; }

    public LegalPublisher Publisher { get; set; } = new();

    public LegalHost Host { get; set; } = new();

    /// <summary>The data protection officer's contact, for the rights of data subjects.</summary>
    public DataProtectionContact DataProtection { get; set; } = new();

    /// <summary>Where accessibility feedback goes (the accessibility statement's contact).</summary>
    public string AccessibilityEmail { get; set; } = string.Empty;

    /// <summary>When the accessibility statement was established or last reviewed.</summary>
    public DateOnly AccessibilityStatementDate { get; set; }
}

/// <summary>The publisher: the cluster, its legal identity and its director of publication.</summary>
public sealed class LegalPublisher
{
    public string Name { get; set; } = string.Empty;
    public string LegalForm { get; set; } = string.Empty;
    public string Address { get; set; } = string.Empty;

    /// <summary>SIRET, or RNA number for an association.</summary>
    public string Registration { get; set; } = string.Empty;
    public string PublicationDirector { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;
    public string Phone { get; set; } = string.Empty;
}

/// <summary>The host of the portal (LCEN art. 6: name, address, telephone).</summary>
public sealed class LegalHost
{
    public string Name { get; set; } = string.Empty;
    public string Address { get; set; } = string.Empty;
    public string Phone { get; set; } = string.Empty;
}

public sealed class DataProtectionContact
{
    public string Email { get; set; } = string.Empty;
    public string Address { get; set; } = string.Empty;
}
