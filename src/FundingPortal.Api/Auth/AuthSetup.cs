using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace FundingPortal.Api.Auth;

public static class AuthSetup
{
    public const string SmartScheme = "BearerOrCookie";
    public const string ManagerPolicy = "Manager";

    public static IServiceCollection AddFundingPortalAuth(this IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Bearer token or cookie", o => o.ForwardDefaultSelector = context =>
                UsesBearer(context) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
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
            })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
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
            }));

        services.AddAuthorizationBuilder()
            .AddPolicy(ManagerPolicy, p => p.RequireRole(Roles.ClusterManager));

        services.AddHttpContextAccessor();
        services.AddScoped<IClaimsTransformation, FreshRolesClaimsTransformation>();
        services.AddScoped<HttpCurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<HttpCurrentUser>());
        services.AddScoped<ICurrentUserAccessor>(sp => sp.GetRequiredService<HttpCurrentUser>());
        return services;
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
