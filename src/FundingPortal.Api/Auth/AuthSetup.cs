using System.Security.Claims;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts;
using FundingPortal.Application.Common;
using FundingPortal.Infrastructure.Identity;
using FundingPortal.Infrastructure.Identity.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace FundingPortal.Api.Auth;

public static class AuthSetup
{
    public const string SmartScheme = "BearerOrCookie";
    public const string ManagerPolicy = "Manager";

    public static IServiceCollection AddFundingPortalAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var authentication = services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            .AddScheme<AuthenticationSchemeOptions, BearerOrCookieHandler>(SmartScheme, "Bearer token or cookie", _ => { })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, "API token", _ => { })
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                // Token lifetimes follow the wall clock, not the domain clock that tests move across deadlines.
                o.TimeProvider = TimeProvider.System;
                o.BearerTokenExpiration = TimeSpan.FromHours(1);
                o.RefreshTokenExpiration = TimeSpan.FromDays(14);
                o.Events.OnMessageReceived = context =>
                {
                    // Calendar applications cannot send headers: the .ics feed accepts the token in the query string.
                    if (context.Request.Path.StartsWithSegments("/api/me/calendar.ics") && context.Request.Query.TryGetValue("access_token", out var token))
                    {
                        context.Token = token;
                    }

                    return Task.CompletedTask;
                };
            });
        authentication.AddIdentityCookies(cookies =>
        {
            // The short-lived cookies of single sign-on and of the second sign-in step expire by the wall clock too.
            cookies.ExternalCookie?.Configure(o => o.TimeProvider = TimeProvider.System);
            cookies.TwoFactorUserIdCookie?.Configure(o => o.TimeProvider = TimeProvider.System);
            cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/connexion";
                o.AccessDeniedPath = "/acces-refuse";
                o.TimeProvider = TimeProvider.System;
                o.Cookie.Name = "fp.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
            });
        });
        AddSingleSignOn(authentication, configuration.GetSection(ExternalSignIn.Section));

        // Identity re-issues the cookie every 30 minutes from the account alone: keep the session it belongs to.
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = context =>
        {
            if (context.CurrentPrincipal?.FindFirst(UserSession.SessionClaim) is { } session && context.NewPrincipal?.Identity is ClaimsIdentity identity)
            {
                identity.AddClaim(new Claim(session.Type, session.Value));
            }

            return Task.CompletedTask;
        });
        services.AddSingleton<MfaEnrolmentGate>();

        services.AddAuthorizationBuilder()
            .AddPolicy(ManagerPolicy, p => p.RequireRole(Roles.ClusterManager));

        services.AddHttpContextAccessor();
        services.AddScoped<IClaimsTransformation, FreshRolesClaimsTransformation>();
        services.AddScoped<HttpCurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<HttpCurrentUser>());
        services.AddScoped<ICurrentUserAccessor>(sp => sp.GetRequiredService<HttpCurrentUser>());
        return services;
    }

    /// <summary>
    /// "Se connecter avec ProConnect" when Authentication:Oidc:Authority and ClientId are set: any OpenID Connect provider,
    /// authorisation code flow with PKCE; the identity lands in Identity's external cookie and /connexion/externe links it.
    /// </summary>
    private static void AddSingleSignOn(AuthenticationBuilder authentication, IConfigurationSection oidc)
    {
        if (string.IsNullOrWhiteSpace(oidc["Authority"]) || string.IsNullOrWhiteSpace(oidc["ClientId"]))
        {
            return;
        }

        authentication.AddOpenIdConnect(ExternalSignIn.Scheme, oidc["DisplayName"] ?? ExternalSignIn.DefaultDisplayName, o =>
        {
            o.TimeProvider = TimeProvider.System;
            o.Authority = oidc["Authority"];
            o.ClientId = oidc["ClientId"];
            o.ClientSecret = oidc["ClientSecret"];
            o.ResponseType = OpenIdConnectResponseType.Code;
            o.UsePkce = true;
            // The code comes back on a top-level GET (not a cross-site form POST), so the correlation and nonce cookies
            // can be SameSite=Lax, and Secure whenever the portal is served over HTTPS.
            o.ResponseMode = OpenIdConnectResponseMode.Query;
            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.NonceCookie.SameSite = SameSiteMode.Lax;
            o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.CallbackPath = oidc["CallbackPath"] ?? "/signin-oidc";
            o.RequireHttpsMetadata = oidc.GetValue("RequireHttpsMetadata", true);
            o.GetClaimsFromUserInfoEndpoint = true;
            o.MapInboundClaims = false;
            o.SaveTokens = false;
            o.Scope.Clear();
            foreach (var scope in (oidc["Scopes"] ?? "openid email profile").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                o.Scope.Add(scope);
            }

            o.ClaimActions.MapUniqueJsonKey(ExternalSignIn.EmailClaim, ExternalSignIn.EmailClaim);
            o.ClaimActions.MapUniqueJsonKey(ExternalSignIn.EmailVerifiedClaim, ExternalSignIn.EmailVerifiedClaim);
            o.Events.OnRemoteFailure = context =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("FundingPortal.SingleSignOn")
                    .LogWarning(context.Failure, "Single sign-on failed: {Reason}", context.Failure?.Message);
                context.Response.Redirect(ExternalSignIn.FailurePath);
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }

    /// <summary>A request that presents a token is judged on it alone; any other is judged on the cookie (and so is exposed to CSRF).</summary>
    public static bool UsesBearer(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        || context.Request.Query.ContainsKey("access_token");

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
