namespace FundingPortal.Application.Abstractions;

public sealed record EmailMessage(string To, string Subject, string TextBody, string HtmlBody);

/// <summary>Hands an e-mail to the configured transport (an SMTP server, or a pickup folder of .eml files).</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
