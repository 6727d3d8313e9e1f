using System.Globalization;
using FundingPortal.Application.Common.Formatting;
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
    private static readonly CultureInfo French = TextFormat.French.Culture;

    public static IServiceCollection AddFundingPortalWeb(this IServiceCollection services)
    {
        services.AddRazorPages(o => o.Conventions.AddPageRoute("/Calls/Edit", "/appels/{id:guid}/modifier")).AddMvcOptions(o =>
        {
            var messages = o.ModelBindingMessageProvider;
            messages.SetValueIsInvalidAccessor(value => $"« {value} » n'est pas une valeur valide.");
            messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"« {value} » n'est pas une valeur valide.");
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"« {value} » n'est pas une valeur valide.");
            messages.SetValueMustBeANumberAccessor(_ => "Saisissez un nombre.");
            messages.SetNonPropertyValueMustBeANumberAccessor(() => "Saisissez un nombre.");
            messages.SetMissingBindRequiredValueAccessor(_ => "Ce champ est obligatoire.");
            messages.SetValueMustNotBeNullAccessor(_ => "Ce champ est obligatoire.");
            messages.SetMissingKeyOrValueAccessor(() => "Ce champ est obligatoire.");
            messages.SetUnknownValueIsInvalidAccessor(_ => "Valeur invalide.");
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
        return services;
    }

    /// <summary>Serves the UI's own CSS and JS, and renders pages in French whatever the server's locale (the API stays invariant).</summary>
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
            if (!context.Request.Path.StartsWithSegments("/api"))
            {
                CultureInfo.CurrentCulture = French;
                CultureInfo.CurrentUICulture = French;
            }

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
