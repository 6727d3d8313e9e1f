using Microsoft.AspNetCore.Http;

namespace FundingPortal.Web.Pages.Shared;

/// <summary>
/// The second step of an irreversible action: what will happen, who is told, and a form that posts the same fields again
/// with <c>Confirmed=true</c>. Server-rendered, so it works without JavaScript; "Cancel" is a link that changes nothing.
/// </summary>
/// <param name="Heading">The question, naming the action and its object.</param>
/// <param name="Consequences">Plain sentences: what happens, who is told.</param>
/// <param name="ConfirmLabel">The button that does it, naming the action.</param>
/// <param name="CancelHref">Where "Cancel" leads: the page as it was.</param>
/// <param name="Action">The form's target (the page and its handler).</param>
/// <param name="Fields">The first step's fields, posted again unchanged.</param>
/// <param name="Undo">What can still be undone, when not nothing; by default the step says the action cannot be undone.</param>
public sealed record ConfirmStep(string Heading, IReadOnlyList<string> Consequences, string ConfirmLabel, string CancelHref, string Action,
    IReadOnlyList<KeyValuePair<string, string>> Fields, string? Undo = null)
{
    /// <summary>The field that tells the page model the person has read the consequences.</summary>
    public const string ConfirmedField = "Confirmed";

    /// <summary>Every field of the posted form but the antiforgery token and the confirmation itself.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Repost(IFormCollection form) =>
        form.Where(f => f.Key is not "__RequestVerificationToken" and not ConfirmedField)
            .SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? string.Empty)))
            .ToList();

    /// <summary>The posted page with its handler and query, as the form to post to again.</summary>
    public static string SameAction(HttpRequest request) => request.Path + request.QueryString;
}
