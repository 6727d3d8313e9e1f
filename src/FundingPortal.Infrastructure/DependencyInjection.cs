using FundingPortal.Application.Abstractions;
using FundingPortal.Infrastructure.Audit;
using FundingPortal.Infrastructure.Calendar;
using FundingPortal.Infrastructure.CoFunding;
using FundingPortal.Infrastructure.Documents.Signing;
using FundingPortal.Infrastructure.Identity;
using FundingPortal.Infrastructure.Identity.Accounts;
using FundingPortal.Infrastructure.Jobs;
using FundingPortal.Infrastructure.Mail;
using FundingPortal.Infrastructure.Messaging;
using FundingPortal.Infrastructure.Notifications;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FundingPortal.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "FundingPortal";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not configured.");

        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxWakeUp>();
        services.AddSingleton<UserContextCache>();
        services.AddDbContextPool<AppDbContext>((sp, o) => o
            .UseNpgsql(PostgresConnectionDefaults.Apply(connectionString), npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history").UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
            .UseSnakeCaseNamingConvention()
            .UseApplicationServiceProvider(sp)
            .AddInterceptors(sp.GetRequiredService<OutboxWakeUp>())
            // A failed save is either expected and handled (a replayed Idempotency-Key, a racing edit: 200 or 412) or
            // rethrown to the request's or consumer's error handling, which logs it. EF's own error line is noise.
            .ConfigureWarnings(w => w.Log((CoreEventId.SaveChangesFailed, LogLevel.Debug))));
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddScoped<IOutbox, EfOutbox>();
        services.AddScoped<EfAuditTrail>();
        services.AddScoped<IAuditTrail>(sp => sp.GetRequiredService<EfAuditTrail>());
        services.AddSealFiles();
        services.AddScoped<IBulkInserter, Persistence.CopyBulkInserter>();
        services.AddScoped<IBatchedSave, Persistence.BatchedSave>();
        services.AddMetrics();
        services.AddSingleton<FundingPortal.Application.Common.Telemetry.PortalMetrics>();
        services.AddHostedService<Hosting.BacklogSampler>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddScoped<IPersonalAccounts, PersonalAccounts>();
        services.AddScoped<IAccountCreator, IdentityAccountCreator>();
        services.AddDocumentSigning(configuration);
        services.AddSingleton<FundingPortal.Application.Documents.IDocumentRenderer>(sp =>
            new Documents.Renderers.PdfDocumentRenderer(sp.GetService<Documents.Signing.PdfSigner>()));
        services.AddSingleton<IPdfInspector, Documents.Inspection.PdfPigInspector>();
        Documents.Rendering.DocumentRenderingSetup.AddFundingPortalDocumentBatches(services);
        services.AddScoped<INotificationStore, EfNotificationStore>();
        services.AddScoped<IAnnouncementRecipientClaims, EfAnnouncementRecipientClaims>();
        services.AddScoped<ISentReminderLedger, EfSentReminderLedger>();
        services.AddSingleton<ICalendarFeedWriter, IcalCalendarFeedWriter>();
        services.AddScoped<ServerKeys>();
        services.AddScoped<ICalendarFeedTokens, CalendarFeedTokens>();
        services.AddScoped<FundingPortal.Application.Verification.IDocumentVerificationCodes, Verification.DocumentVerificationCodes>();
        services.AddScoped<FundingPortal.Application.Common.Paging.IPageCursors, Persistence.Paging.PageCursors>();
        services.Configure<FundingPortal.Application.Privacy.RetentionOptions>(configuration.GetSection(FundingPortal.Application.Privacy.RetentionOptions.Section));
        services.Configure<Notifications.Webhooks.WebhookOptions>(configuration.GetSection(Notifications.Webhooks.WebhookOptions.Section));
        services.AddSingleton<IWebhookTransport, Notifications.Webhooks.HttpWebhookTransport>();
        services.AddSingleton<ISecretProtector, Notifications.Webhooks.DataProtectionSecretProtector>();
        services.AddFundingPortalMessagePlumbing();
        services.AddFundingPortalMail(configuration);
        services.AddFundingPortalJobStorage(connectionString);
        services.AddCoFundingInfrastructure();
        services.AddScoped<FundingPortal.Application.Reviews.Evaluation.IRankingSource, Reviews.SqlRankingSource>();
        services.AddScoped<FundingPortal.Application.FundingSimulation.ILabelledDossierSource, FundingSimulation.SqlLabelledDossierSource>();

        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // The user name is the e-mail address, already validated: any character an address may hold is fine.
                o.User.AllowedUserNameCharacters = string.Empty;
                o.Password.RequiredLength = FundingPortal.Domain.Accounts.PasswordPolicy.MinimumLength;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PolicyPasswordValidator>();
        services.AddAccountSecurity();

        services.AddHealthChecks().AddNpgSql(connectionString, name: "postgresql", tags: ["ready"]);
        services.AddScoped<DatabaseInitializer>();
        return services;
    }
}
