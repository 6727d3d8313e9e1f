using FundingPortal.Api.Http;
using FundingPortal.Application.Common;
using FundingPortal.Infrastructure.Identity;
using FundingPortal.Infrastructure.Identity.Accounts;

namespace FundingPortal.Api.Auth;

/// <summary>
/// Security:RequireMfaForStaff (default true): a cluster manager or funder officer without a second factor may sign in,
/// but can only set one up (and read /api/me, sign out). The API answers 403 mfa_enrolment_required to anything else;
/// the web UI sends them to the set-up page. Demo staff accounts are exempt (<see cref="AppUser.MfaExempt"/>).
/// </summary>
public sealed class MfaEnrolmentGate(IConfiguration configuration)
{
    public const string Code = "mfa_enrolment_required";
    private readonly bool _required = configuration.GetValue("Security:RequireMfaForStaff", true);

    public bool MustEnrol(UserContext? user) =>
        _required && user is { MfaEnabled: false, MfaExempt: false }
        && (user.Roles.Contains(Roles.ClusterManager) || user.Roles.Contains(Roles.FunderOfficer));

    public static bool AllowedBeforeEnrolment(PathString path, string method) =>
        path.StartsWithSegments("/api/auth")
        || (path.Equals("/api/me", StringComparison.OrdinalIgnoreCase) && HttpMethods.IsGet(method))
        || path.StartsWithSegments(AccountLinks.Account)
        || path.StartsWithSegments(AccountLinks.SignIn)
        || path.StartsWithSegments("/deconnexion")
        || path.StartsWithSegments("/assets")
        || path.StartsWithSegments("/health")
        || path.StartsWithSegments("/openapi")
        || path.StartsWithSegments("/scalar");
}

public static class MfaEnrolmentGateMiddleware
{
    public static IApplicationBuilder UseMfaEnrolmentGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var gate = context.RequestServices.GetRequiredService<MfaEnrolmentGate>();
        var user = context.Items[FreshRolesClaimsTransformation.ItemKey] as UserContext;
        if (!gate.MustEnrol(user) || MfaEnrolmentGate.AllowedBeforeEnrolment(context.Request.Path, context.Request.Method))
        {
            await next(context);
            return;
        }

        if (context.Request.Path.StartsWithSegments("/api"))
        {
            var error = Domain.Common.Error.Forbidden("Your role (cluster manager or funder officer) requires two-factor authentication: "
                + "set it up with POST /api/auth/mfa/setup then /api/auth/mfa/enable before anything else.") with { Code = MfaEnrolmentGate.Code };
            await error.ToProblem().ExecuteAsync(context);
            return;
        }

        context.Response.Redirect(AccountLinks.MfaSetUp);
    });
}
