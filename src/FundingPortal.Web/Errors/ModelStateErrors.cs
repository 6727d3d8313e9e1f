using System.Text.RegularExpressions;
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

    /// <summary>
    /// Adds the rules' field errors to a form that also has input it could not read, leaving out the fields already
    /// flagged as unreadable: "abc" is reported as not a number, not also as out of range.
    /// </summary>
    public static void AddErrorsBesideUnread(this ModelStateDictionary modelState, Error rules, Func<string, string?> fieldKey)
    {
        var onReadFields = (rules.FieldErrors ?? new Dictionary<string, string[]>())
            .Where(f => fieldKey(f.Key) is not { } key || modelState[key] is not { Errors.Count: > 0 })
            .ToDictionary(f => f.Key, f => f.Value);
        if (onReadFields.Count > 0)
        {
            modelState.AddError(Error.Validation(rules.Code, rules.Message, onReadFields), fieldKey);
        }
    }

    /// <summary>
    /// Makes every field error name its field (GOV.UK / DSFR pattern): "Date limite de dépôt : date et heure obligatoires."
    /// A message that already names the field is kept as it is. <paramref name="labelOf"/> gives a form key's label, or null.
    /// </summary>
    public static void NameFields(this ModelStateDictionary modelState, Func<string, string?> labelOf)
    {
        foreach (var (key, entry) in modelState)
        {
            if (entry.Errors.Count == 0 || labelOf(key) is not { Length: > 0 } label)
            {
                continue;
            }

            var messages = entry.Errors.Select(e => e.ErrorMessage).ToList();
            entry.Errors.Clear();
            foreach (var message in messages)
            {
                entry.Errors.Add(Named(label, message));
            }
        }
    }

    /// <summary>"Titre" + "Saisissez un titre." → "Titre : saisissez un titre." (English: "Title: enter a title.").</summary>
    public static string Named(string label, string message)
    {
        var bare = Regex.Replace(label, @"\s*\([^()]*\)$", string.Empty, RegexOptions.None, TimeSpan.FromSeconds(1)).Trim();
        if (message.Contains(bare, StringComparison.OrdinalIgnoreCase))
        {
            return message;
        }

        // Lower-case the first word of a sentence ("Date et heure…" → "date et heure…"), not an acronym ("SIREN").
        var sentence = message.Length > 1 && char.IsUpper(message[0]) && !char.IsUpper(message[1]) ? char.ToLowerInvariant(message[0]) + message[1..] : message;
        return Texts.Format("Named", Languages.Current, bare, sentence);
    }

    private static readonly FieldErrorTexts Texts = new();

    /// <summary>"acronym" → "Input.Acronym"; "eligibility.minCompanies" → "Input.MinCompanies".</summary>
    public static Func<string, string?> Into(string prefix) => field =>
    {
        var name = field[(field.LastIndexOf('.') + 1)..];
        return name.Length == 0 ? null : $"{prefix}.{char.ToUpperInvariant(name[0])}{name[1..]}";
    };
}

/// <summary>How a field error names its field.</summary>
public sealed class FieldErrorTexts : TextSet
{
    public FieldErrorTexts()
        : base("FieldError")
    {
        Add("Named", "{0} : {1}", "{0}: {1}");
    }
}
