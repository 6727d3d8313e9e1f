using FundingPortal.Application.Common.Localisation;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace FundingPortal.Web;

/// <summary>Plugs the French web UI (Razor Pages) into the host that already serves the API and the auth cookie.</summary>
public static class WebSetup
{
    public const string AssetsPath = "/assets";

    public static IServiceCollection AddFundingPortalWeb(this IServiceCollection services)
    {
        services.AddRazorPages(o => o.Conventions.AddPageRoute("/Calls/Edit", "/appels/{id:guid}/modifier")).AddMvcOptions(o =>
        {
            var messages = o.ModelBindingMessageProvider;
            var texts = new Formatting.FormTexts();
            messages.SetValueIsInvalidAccessor(value => texts.Format("InvalidValue", Languages.Current, value));
            messages.SetAttemptedValueIsInvalidAccessor((value, _) => texts.Format("InvalidValue", Languages.Current, value));
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => texts.Format("InvalidValue", Languages.Current, value));
            messages.SetValueMustBeANumberAccessor(_ => texts["NumberExpected"]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => texts["NumberExpected"]);
            messages.SetMissingBindRequiredValueAccessor(_ => texts["Required"]);
            messages.SetValueMustNotBeNullAccessor(_ => texts["Required"]);
            messages.SetMissingKeyOrValueAccessor(() => texts["Required"]);
            messages.SetUnknownValueIsInvalidAccessor(_ => texts["Invalid"]);
        });
        // Accented letters stay as they are in the HTML instead of numeric entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // The API asks cookie-authenticated writes for the same token in this header (ApiCsrfProtection).
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "fp.af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.HeaderName = "X-CSRF-TOKEN";
        });
        services.AddOptions<Pages.Legal.LegalOptions>().BindConfiguration(Pages.Legal.LegalOptions.Section);
        services.AddSingleton(TextCatalogue.FromAssemblies(typeof(WebSetup).Assembly, typeof(TextSet).Assembly));
        services.AddSingleton<IStringLocalizer, Formatting.CatalogueLocalizer>();
        return services;
    }

    /// <summary>Serves the UI's own CSS and JS, and gives empty error responses a page; the host sets the request's language (LanguageSetup).</summary>
    public static IApplicationBuilder UseFundingPortalWeb(this IApplicationBuilder app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new ManifestEmbeddedFileProvider(typeof(WebSetup).Assembly, "Assets"),
            RequestPath = AssetsPath,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        return app.Use(async (context, next) =>
        {
            await next(context);
            await ErrorPages.WriteIfEmpty(context);
        });
    }

    public static IEndpointRouteBuilder MapFundingPortalWeb(this IEndpointRouteBuilder app)
    {
        app.MapRazorPages();
        return app;
    }
}
