using FundingPortal.Application.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Infrastructure.Mail;

public static class MailSetup
{
    public static IServiceCollection AddFundingPortalMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section);
        services.AddSingleton<MimeMessageFactory>();
        var mode = configuration.GetSection(MailOptions.Section).Get<MailOptions>()?.Mode ?? MailMode.Pickup;
        if (mode == MailMode.Smtp)
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }
        else
        {
            services.AddSingleton<PickupDirectoryEmailSender>();
            services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<PickupDirectoryEmailSender>());
        }

        return services;
    }
}
