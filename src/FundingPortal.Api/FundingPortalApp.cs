using System.Threading.RateLimiting;
using FundingPortal.Api.Auth;
using FundingPortal.Api.Endpoints.Accounts;
using FundingPortal.Api.Endpoints.Audit;
using FundingPortal.Api.Endpoints.Calendar;
using FundingPortal.Api.Endpoints.Calls;
using FundingPortal.Api.Endpoints.Clusters;
using FundingPortal.Api.Endpoints.CoFunding;
using FundingPortal.Api.Endpoints.Documents;
using FundingPortal.Api.Endpoints.Funders;
using FundingPortal.Api.Endpoints.FundingSimulation;
using FundingPortal.Api.Endpoints.Committees;
using FundingPortal.Api.Endpoints.Labelling;
using FundingPortal.Api.Endpoints.Notifications;
using FundingPortal.Api.Endpoints.Operations;
using FundingPortal.Api.Endpoints.Organisations;
using FundingPortal.Api.Endpoints.Privacy;
using FundingPortal.Api.Endpoints.Proposals;
using FundingPortal.Api.Endpoints.Reporting;
using FundingPortal.Api.Endpoints.Reviews;
using FundingPortal.Api.Endpoints.Verification;
using FundingPortal.Api.Http;
using FundingPortal.Api.Http.Input;
using FundingPortal.Api.Http.OpenApi;
using FundingPortal.Application;
using FundingPortal.Application.Common;
using FundingPortal.DemoData;
using FundingPortal.Infrastructure;
using FundingPortal.Infrastructure.Hosting;
using FundingPortal.Infrastructure.Persistence;
using FundingPortal.Web;
using FundingPortal.Worker;
using Hangfire;
using Microsoft.AspNetCore.Http.Json;
using Scalar.AspNetCore;

namespace FundingPortal.Api;

/// <summary>Composition of the API host, shared by Program and the tests.</summary>
public static class FundingPortalApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            // A transport guard with room for the multipart envelope; the attachment rule itself lives in UploadAttachment.
            k.Limits.MaxRequestBodySize = FundingPortal.Domain.Proposals.ProposalAttachment.MaxBytes + 2 * 1024 * 1024;
        });

        builder.Services.Configure<JsonOptions>(o => JsonSetup.Configure(o.SerializerOptions));
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddFundingPortalProblemDetails();
        builder.Services.AddFundingPortalOpenApi();
        builder.Services.AddApplication();
        builder.Services.AddInfrastructure(builder.Configuration);
        builder.Services.AddDemoData();
        builder.Services.AddFundingPortalAuth(builder.Configuration);
        builder.Services.AddFundingPortalWeb();
        builder.Services.AddFundingPortalKeyRing(builder.Configuration);
        builder.Services.AddFundingPortalBackgroundWork(builder.Configuration, ApiRole(builder.Configuration));
        builder.Services.AddFundingPortalForwardedHeaders(builder.Configuration);
        builder.Services.AddFundingPortalTelemetry(builder.Configuration);
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RateLimitRejection.OnRejected;
            var perMinute = builder.Configuration.GetValue("RateLimits:AuthPerMinute", 30);
            // The same limiter for the API and the web forms (sign-in, sign-up, recovery): only their POSTs count.
            o.AddPolicy(RateLimitPolicies.Auth, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "local",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("reading a form"));
            var submitsPerMinute = builder.Configuration.GetValue("RateLimits:SubmitsPerMinutePerUser", 120);
            o.AddPolicy(ProposalEndpoints.SubmitRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = submitsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            var verificationsPerMinute = builder.Configuration.GetValue("RateLimits:VerifyPerMinute", 30);
            o.AddPolicy(RateLimitPolicies.Verify, context => RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = verificationsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });

        var app = builder.Build();
        app.UseRequestPressureCounting();
        app.UseFundingPortalForwardedHeaders(app.Configuration);
        app.UseExceptionHandler();
        app.UseHsts();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseHostPrefixedCookies();
        app.UseFundingPortalWeb();
        app.UseAuthentication();
        app.UseFundingPortalLanguages();
        app.UseApiCsrfProtection();
        app.UseApiTokenScopes();
        app.UseMfaEnrolmentGate();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseInputScreening();

        app.MapOpenApi();
        app.MapScalarApiReference();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") });
        app.MapMetricsEndpoint();

        app.MapAuthEndpoints();
        app.MapTokenEndpoints();
        app.MapAntiforgeryEndpoints();
        app.MapAccountEndpoints();
        app.MapOrganisationEndpoints();
        app.MapConsentEndpoints();
        app.MapFunderEndpoints();
        app.MapClusterEndpoints();
        app.MapCallEndpoints();
        app.MapProposalEndpoints();
        app.MapDocumentEndpoints();
        app.MapNotificationEndpoints();
        app.MapWebhookEndpoints();
        app.MapCalendarEndpoints();
        app.MapParkedMessageEndpoints();
        app.UseHangfireDashboard(JobsDashboard.Path, JobsDashboard.Options());
        app.MapCoFundingEndpoints();
        app.MapFundingSimulationEndpoints();
        app.MapReportingEndpoints();
        app.MapReviewEndpoints();
        app.MapLabellingEndpoints();
        app.MapCommitteeEndpoints();
        app.MapAuditEndpoints();
        app.MapVerificationEndpoints();
        app.MapPrivacyEndpoints();
        app.MapFundingPortalWeb();
        return app;
    }

    private static HostingRole ApiRole(IConfiguration configuration)
    {
        var role = HostingRoles.Read(configuration);
        return role == HostingRole.Worker
            ? throw new InvalidOperationException("Hosting:Role=Worker is served by the worker host (FundingPortal.Worker); the API runs All or Api.")
            : role;
    }

    public static async Task InitialiseAsync(WebApplication app)
    {
        if (!app.Configuration.GetValue("Database:InitialiseOnStartup", true))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(CancellationToken.None);
        if (app.Configuration.GetValue("Seed:Demo", false))
        {
            await scope.ServiceProvider.SeedDemoDataAsync(CancellationToken.None);
        }
    }
}
