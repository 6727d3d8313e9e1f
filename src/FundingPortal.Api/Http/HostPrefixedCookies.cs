using Microsoft.Extensions.Primitives;

namespace FundingPortal.Api.Http;

/// <summary>
/// Over HTTPS our cookies (the sign-in cookie, in chunks when large, and the anti-forgery cookie) are named
/// "__Host-…": the browser then only keeps them when Secure, for this exact host and path "/", so neither a sibling
/// sub-domain nor a plain-HTTP page can plant or overwrite one. The rest of the app keeps using the plain names: this
/// middleware renames on the way in (ignoring any unprefixed copy) and on the way out (adding Secure).
/// Over plain HTTP (local runs, tests) nothing changes.
/// </summary>
public static class HostPrefixedCookies
{
    public const string Prefix = "__Host-";
    private static readonly string[] Names = ["fp.auth", "fp.af"];

    public static IApplicationBuilder UseHostPrefixedCookies(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!context.Request.IsHttps)
            {
                await next(context);
                return;
            }

            context.Request.Headers.Cookie = new StringValues(context.Request.Headers.Cookie.Select(Incoming).ToArray());
            context.Response.OnStarting(() =>
            {
                var setCookies = context.Response.Headers.SetCookie;
                if (setCookies.Count > 0)
                {
                    context.Response.Headers.SetCookie = new StringValues(setCookies.Select(Outgoing).ToArray());
                }

                return Task.CompletedTask;
            });
            await next(context);
        });

    private static bool IsOurs(string name) => Names.Any(n => name.StartsWith(n, StringComparison.Ordinal));

    private static string? Incoming(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return header;
        }

        var kept = header.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsOurs(pair))
            .Select(pair => pair.StartsWith(Prefix, StringComparison.Ordinal) && IsOurs(pair[Prefix.Length..]) ? pair[Prefix.Length..] : pair);
        return string.Join("; ", kept);
    }

    private static string? Outgoing(string? setCookie)
    {
        if (setCookie is null || !IsOurs(setCookie))
        {
            return setCookie;
        }

        var renamed = Prefix + setCookie;
        return renamed.Contains("; secure", StringComparison.OrdinalIgnoreCase) ? renamed : renamed + "; secure";
    }
}
