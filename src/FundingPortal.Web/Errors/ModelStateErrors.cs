using FundingPortal.Application.Common.Localisation;
using FundingPortal.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FundingPortal.Web.Errors;

public static class ModelStateErrors
{
    /// <summary>
    /// Puts a use case's error on the page: the French summary at the top, each field error next to its control.
    /// <paramref name="fieldKey"/> maps the use case's field name (camelCase, dotted) to the form's key, or null to
    /// list it at the top with the field's French message.
    /// </summary>
    public static void AddError(this ModelStateDictionary modelState, Error error, Func<string, string?>? fieldKey = null)
    {
        // For plain input errors the field messages say it all; other errors (rules, conflicts) need their own sentence.
        var fieldsSayItAll = error.FieldErrors is { Count: > 0 } && error.Code is "validation_failed" or "invalid_amount" or "invalid_siren" or "invalid_region";
        if (!fieldsSayItAll)
        {
            modelState.AddModelError(string.Empty, ErrorMessages.Summary(error, Languages.Current));
        }

        foreach (var (field, messages) in error.FieldErrors ?? new Dictionary<string, string[]>())
        {
            var french = ErrorMessages.Field(field, messages.FirstOrDefault() ?? string.Empty, Languages.Current);
            var key = fieldKey?.Invoke(field);
            if (key is null)
            {
                modelState.AddModelError(string.Empty, french);
            }
            else
            {
                modelState.AddModelError(key, french);
            }
        }
    }

    /// <summary>"acronym" → "Input.Acronym"; "eligibility.minCompanies" → "Input.MinCompanies".</summary>
    public static Func<string, string?> Into(string prefix) => field =>
    {
        var name = field[(field.LastIndexOf('.') + 1)..];
        return name.Length == 0 ? null : $"{prefix}.{char.ToUpperInvariant(name[0])}{name[1..]}";
    };
}
