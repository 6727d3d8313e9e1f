using FundingPortal.Application.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;

namespace FundingPortal.Infrastructure.Mail;

/// <summary>Builds the MIME message (UTF-8 text and HTML alternatives) that both transports send.</summary>
public sealed class MimeMessageFactory(IOptions<MailOptions> options, TimeProvider clock)
{
    private const string Domain = "fundingportal.local";

    public MimeMessage Create(EmailMessage email)
    {
        var message = new MimeMessage
        {
            Subject = email.Subject,
            Date = clock.GetUtcNow(),
            MessageId = email.StableId is { } id ? $"{id}@{Domain}" : MimeUtils.GenerateMessageId(Domain),
        };
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(MailboxAddress.Parse(email.To));
        message.Headers.Add(HeaderId.ContentLanguage, email.Language);
        message.Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody();
        return message;
    }
}
