using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using FundingPortal.TestSupport.Database;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace FundingPortal.TestSupport.Accounts;

/// <summary>
/// A real OpenID Connect provider for single sign-on tests: OpenIddict's server on a loopback Kestrel port, its
/// clients and codes stored in PostgreSQL, discovery, authorisation code with PKCE, signed ID tokens and userinfo. The
/// only shortcut is the end user's own sign-in at the provider: it signs in whoever <see cref="NextUser"/> says.
/// </summary>
public sealed class OidcTestProvider : IAsyncDisposable
{
    public const string ClientId = "portail-pole-ouest";
    public const string ClientSecret = "secret-du-client-de-test";

    private WebApplication? _app;
    private TestDatabase? _database;

    public Uri Authority { get; private set; } = null!;

    /// <summary>Who the provider says signed in at its end, for the next authorisation request.</summary>
    public ProviderUser NextUser { get; set; } = new("sub-1", "agent@exemple.gouv.fr", EmailVerified: true);

    /// <summary>How many authorisation requests came with a PKCE challenge (S256), and how many without.</summary>
    public int PkceRequests { get; private set; }
    public int RequestsWithoutPkce { get; private set; }

    public static async Task<OidcTestProvider> StartAsync()
    {
        var provider = new OidcTestProvider { _database = await TestDatabase.CreateAsync() };
        await provider.Run();
        return provider;
    }

    /// <summary>Settings that make the portal offer "Se connecter avec ProConnect" against this provider.</summary>
    public IEnumerable<(string Key, string Value)> AppSettings =>
    [
        ("Authentication:Oidc:Authority", Authority.ToString()),
        ("Authentication:Oidc:ClientId", ClientId),
        ("Authentication:Oidc:ClientSecret", ClientSecret),
        ("Authentication:Oidc:DisplayName", "ProConnect"),
        ("Authentication:Oidc:RequireHttpsMetadata", "false"),
    ];

    /// <summary>Registers the portal as a confidential client redirecting to <paramref name="portal"/>/signin-oidc.</summary>
    public async Task RegisterPortal(Uri portal)
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "Portail des projets du Pôle Ouest",
            RedirectUris = { new Uri(portal, "/signin-oidc") },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code, Permissions.Scopes.Email, Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        if (await applications.FindByClientIdAsync(ClientId) is { } existing)
        {
            await applications.DeleteAsync(existing);
        }

        await applications.CreateAsync(descriptor);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private async Task Run()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDbContext<ProviderDbContext>(o => o.UseNpgsql(_database!.ConnectionString).UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<ProviderDbContext>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token").SetUserInfoEndpointUris("connect/userinfo");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile);
                o.RegisterClaims(Claims.Subject, Claims.Email, Claims.EmailVerified);
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
                o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableUserInfoEndpointPassthrough().DisableTransportSecurityRequirement();
            });
        builder.Services.AddAuthorization();

        _app = builder.Build();
        _app.UseAuthentication();
        _app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (Delegate)Authorize);
        _app.MapMethods("/connect/userinfo", [HttpMethods.Get, HttpMethods.Post], (Delegate)UserInfo);

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProviderDbContext>().Database.EnsureCreatedAsync();
        }

        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Authority = new Uri(address.TrimEnd('/') + "/");
    }

    private IResult Authorize(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.CodeChallengeMethod == CodeChallengeMethods.Sha256 && !string.IsNullOrEmpty(request.CodeChallenge))
        {
            PkceRequests++;
        }
        else
        {
            RequestsWithoutPkce++;
        }

        var user = NextUser;
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, user.Subject));
        identity.AddClaim(new Claim(Claims.Email, user.Email));
        if (user.EmailVerified is { } verified)
        {
            identity.AddClaim(new Claim(Claims.EmailVerified, verified ? "true" : "false", ClaimValueTypes.Boolean));
        }

        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> UserInfo(HttpContext context)
    {
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (result.Principal is not { } principal)
        {
            return Results.Challenge(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var claims = new Dictionary<string, object> { [Claims.Subject] = principal.GetClaim(Claims.Subject)!, [Claims.Email] = principal.GetClaim(Claims.Email)! };
        if (principal.GetClaim(Claims.EmailVerified) is { } verified)
        {
            claims[Claims.EmailVerified] = bool.Parse(verified);
        }

        return Results.Ok(claims);
    }

    private sealed class ProviderDbContext(DbContextOptions<ProviderDbContext> options) : DbContext(options);
}

/// <summary>The provider's own account: its subject, e-mail, and what it says about the e-mail (null: nothing).</summary>
public sealed record ProviderUser(string Subject, string Email, bool? EmailVerified);
