using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace FundingPortal.Api.Http;

/// <summary>
/// Behind a TLS-terminating proxy, X-Forwarded-For/-Proto tell the client's address (rate limits) and that the
/// request was HTTPS (HSTS, Secure and __Host- cookies, CSRF origin). Off by default: trusted only when
/// ForwardedHeaders:Enabled is true, and then only from ForwardedHeaders:KnownProxies (addresses) and
/// ForwardedHeaders:KnownNetworks (CIDR), loopback when neither is given. X-Forwarded-Host is never read.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddFundingPortalForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = 1;
            var proxies = configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() ?? [];
            var networks = configuration.GetSection($"{Section}:KnownNetworks").Get<string[]>() ?? [];
            if (proxies.Length + networks.Length == 0)
            {
                return;
            }

            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    public static IApplicationBuilder UseFundingPortalForwardedHeaders(this IApplicationBuilder app, IConfiguration configuration) =>
        configuration.GetValue($"{Section}:Enabled", false) ? app.UseForwardedHeaders() : app;
}
