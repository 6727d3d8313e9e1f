namespace FundingPortal.Application.Abstractions;

/// <summary>An e-mail ready to send; <paramref name="Language"/> ("fr", "en") is announced in its Content-Language header.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string HtmlBody, string Language = "fr")
{
    /// <summary>
    /// The left part of a Message-ID that names this e-mail for good (e.g. an announcement to one person), so that sending it
    /// again after a crash is the same message, which mail stores collapse; null gives a fresh one each time.
    /// </summary>
    public string? StableId { get; init; }
}

/// <summary>Hands an e-mail to the configured transport (an SMTP server, or a pickup folder of .eml files).</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
