using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts.Settings;
using FundingPortal.Application.Common.Localisation;
using Microsoft.AspNetCore.Localization;

namespace FundingPortal.Api.Http;

/// <summary>
/// Every request runs in one of the portal's two languages (ADR 0014). Pages: the signed-in user's saved setting, else
/// the <c>lang</c> cookie of the language switch, else the first supported language of <c>Accept-Language</c>, else
/// French. The API (api.md, Language): <c>Accept-Language</c>, else French — no database read on the API's hot paths.
/// </summary>
public static class LanguageSetup
{
    public static IApplicationBuilder UseFundingPortalLanguages(this IApplicationBuilder app)
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Languages.Culture(Languages.French)),
            SupportedCultures = Languages.All.Select(Languages.Culture).ToList(),
            SupportedUICultures = Languages.All.Select(Languages.Culture).ToList(),
            FallBackToParentCultures = false,
            FallBackToParentUICultures = false,
            ApplyCurrentCultureToResponseHeaders = true,
        };
        options.RequestCultureProviders.Clear();
        options.RequestCultureProviders.Add(new PortalLanguageProvider());
        return app.UseRequestLocalization(options);
    }

    /// <summary>The language the request asks for without looking at the user's setting (for problems written early).</summary>
    public static string LanguageOf(HttpContext context) => IsApi(context)
        ? FromAcceptLanguage(context.Request) ?? Languages.French
        : Languages.Parse(context.Request.Cookies[Languages.CookieName]) ?? FromAcceptLanguage(context.Request) ?? Languages.French;

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    private static async Task<string> PageLanguage(HttpContext context)
    {
        var user = context.RequestServices.GetRequiredService<ICurrentUser>();
        if (!IsApi(context) && user.UserId != Guid.Empty
            && await context.RequestServices.GetRequiredService<SavedLanguage>().Find(user.UserId, context.RequestAborted) is { } saved
            && Languages.IsSupported(saved))
        {
            return saved;
        }

        return LanguageOf(context);
    }

    private static string? FromAcceptLanguage(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => Languages.Parse(l.Value.Value))
            .FirstOrDefault(l => l is not null);

    private sealed class PortalLanguageProvider : RequestCultureProvider
    {
        public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            var culture = Languages.Culture(await PageLanguage(httpContext)).Name;
            return new ProviderCultureResult(culture, culture);
        }
    }
}
