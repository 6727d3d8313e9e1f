using FundingPortal.Application.Common.Localisation;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;

namespace FundingPortal.Api.Http;

public static class ProblemDetailsSetup
{
    /// <summary>
    /// Every problem, including those written by the framework (401, 404 on unknown routes, 429), carries a stable code,
    /// and its title and messages in the request's language (the code never changes).
    /// </summary>
    public static IServiceCollection AddFundingPortalProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            var language = RequestLanguage(context.HttpContext);
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            problem.Extensions.TryAdd("code", ProblemResults.CodeFor(status));
            problem.Title = problem.Title is null || problem.Title == ProblemResults.TitleFor(status) ? ProblemTexts.Title(status, language) : problem.Title;
            problem.Detail = problem.Detail is null
                ? ProblemTexts.DefaultDetail(status, language)
                : problem.Extensions["code"] is string code ? ErrorMessages.ForApi(code, problem.Detail, language) : problem.Detail;
            if (problem.Extensions.TryGetValue("errors", out var errors) && errors is IReadOnlyDictionary<string, string[]> fields && language != Languages.English)
            {
                problem.Extensions["errors"] = fields.ToDictionary(
                    f => f.Key, f => f.Value.Select(m => ErrorMessages.FieldForApi(f.Key, m, language)).ToArray());
            }

            problem.Instance ??= context.HttpContext.Request.Path;
            var traceId = context.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity?.Id ?? context.HttpContext.TraceIdentifier;
            problem.Extensions.TryAdd("traceId", traceId);
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<DatabaseUnavailableExceptionHandler>();
        services.AddExceptionHandler<UnexpectedExceptionHandler>();
        return services;
    }

    /// <summary>The language resolved for the request, or resolved now for a problem written before the localisation middleware ran.</summary>
    private static string RequestLanguage(HttpContext context) =>
        Languages.Parse(context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name) ?? LanguageSetup.LanguageOf(context);
}
