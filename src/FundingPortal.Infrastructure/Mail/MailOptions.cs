namespace FundingPortal.Infrastructure.Mail;

public enum MailMode
{
    /// <summary>Writes each e-mail as an .eml file into <see cref="MailOptions.PickupDirectory"/> (local runs).</summary>
    Pickup,

    Smtp,
}

/// <summary>Configuration section "Mail".</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public MailMode Mode { get; set; } = MailMode.Pickup;

    /// <summary>Relative paths are resolved against the content root.</summary>
    public string PickupDirectory { get; set; } = "./.data/mail";

    public string From { get; set; } = "Portail des appels à projets <no-reply@fundingportal.local>";
    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;
    public string? Username { get; set; }
    public string? Password { get; set; }
    public bool UseTls { get; set; }
}
