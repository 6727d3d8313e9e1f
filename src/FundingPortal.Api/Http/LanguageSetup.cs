using FundingPortal.Application.Common.Localisation;
using Microsoft.AspNetCore.Localization;

namespace FundingPortal.Api.Http;

/// <summary>
/// Every request (pages and API) runs in one of the portal's two languages (ADR 0012): the user's setting, else the
/// <c>lang</c> cookie of the language switch, else the first supported language of <c>Accept-Language</c>, else French.
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

    /// <summary>The language the request asks for, in the order above, as the culture the portal formats it with.</summary>
    public static string LanguageOf(HttpContext context) =>
        Languages.Parse(context.Request.Cookies[Languages.CookieName]) ?? FromAcceptLanguage(context.Request) ?? Languages.French;

    private static string? FromAcceptLanguage(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => Languages.Parse(l.Value.Value))
            .FirstOrDefault(l => l is not null);

    private sealed class PortalLanguageProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            var culture = Languages.Culture(LanguageOf(httpContext)).Name;
            return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture, culture));
        }
    }
}
