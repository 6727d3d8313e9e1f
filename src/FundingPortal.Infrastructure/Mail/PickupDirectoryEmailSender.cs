using FundingPortal.Application.Abstractions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FundingPortal.Infrastructure.Mail;

/// <summary>Writes every e-mail as an .eml file (open it with any mail client); written under a temporary name, then renamed.</summary>
public sealed class PickupDirectoryEmailSender(MimeMessageFactory factory, IOptions<MailOptions> options, IHostEnvironment environment, TimeProvider clock)
    : IEmailSender
{
    public string Directory => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.PickupDirectory));

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var mime = factory.Create(message);
        var directory = Directory;
        System.IO.Directory.CreateDirectory(directory);
        var name = $"{clock.GetUtcNow():yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}";
        var temporary = Path.Combine(directory, name + ".tmp");
        await using (var stream = File.Create(temporary))
        {
            await mime.WriteToAsync(stream, cancellationToken);
        }

        File.Move(temporary, Path.Combine(directory, name + ".eml"));
    }
}
