namespace FundingPortal.Application.Abstractions;

/// <summary>An e-mail ready to send; <paramref name="Language"/> ("fr", "en") is announced in its Content-Language header.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string HtmlBody, string Language = "fr");

/// <summary>Hands an e-mail to the configured transport (an SMTP server, or a pickup folder of .eml files).</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
