using FundingPortal.Infrastructure.Documents.Rendering;
using FundingPortal.Infrastructure.Hosting;
using FundingPortal.Infrastructure.Jobs;
using FundingPortal.Infrastructure.Messaging;
using FundingPortal.Worker.Consumers;
using FundingPortal.Worker.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Worker;

/// <summary>
/// What runs besides HTTP, by role: every role publishes (and dispatches the outbox unless told not to); All and
/// Worker also consume and run the recurring jobs. Both hosts call this, so single-process and distributed modes
/// run the same consumers and jobs.
/// </summary>
public static class BackgroundWork
{
    public static IServiceCollection AddFundingPortalBackgroundWork(this IServiceCollection services, IConfiguration configuration, HostingRole role)
    {
        services.AddFundingPortalMessaging(configuration, role.RunsConsumers() ? WorkerConsumers.Register : null);
        if (role.RunsConsumers())
        {
            services.AddFundingPortalDocumentRendering();
        }

        if (role.RunsJobs())
        {
            services.AddScoped<CloseDueCallsJob>();
            services.AddScoped<DeliverDueWebhooksJob>();
            services.AddScoped<DraftRemindersJob>();
            services.AddScoped<ReviewRemindersJob>();
            services.AddScoped<FundingDecisionRemindersJob>();
            services.AddScoped<RedeliverParkedMessagesJob>();
            services.AddScoped<ExpireCorrectionRequestsJob>();
            services.AddScoped<ApplyRetentionJob>();
            services.AddScoped<ResumeAnnouncementsJob>();
            services.AddScoped<DailySealJob>();
            // Jobs:RunServer=false keeps the schedule (and the dashboard) but leaves running it to other processes, or to the
            // caller: the API test hosts call the jobs they need.
            if (configuration.GetValue("Jobs:RunServer", true))
            {
                services.AddFundingPortalJobServer();
                services.AddHostedService<ResumeInterruptedWorkAtStart>();
            }

            services.AddHostedService<RecurringJobsRegistration>();
        }

        return services;
    }
}
