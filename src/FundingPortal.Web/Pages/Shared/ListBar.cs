using FundingPortal.Application.Common.Paging;

namespace FundingPortal.Web.Pages.Shared;

/// <summary>
/// The search box, sort select and count above a searchable list (partial <c>_ListBar</c>), the same on every list page.
/// The page's query uses <c>recherche</c> and <c>tri</c>; the sort values are the API's (<c>deadline</c>, <c>-deadline</c>…).
/// </summary>
/// <param name="SearchLabelKey">The label of the search box, naming what is searched ("Rechercher (titre, programme)").</param>
/// <param name="Orders">Each offered sort value with the text key of its option, the default first.</param>
/// <param name="Keep">Other filters of the page, kept as hidden fields when the form is sent again.</param>
/// <param name="Fields">Other filters of the page shown in the same form (a Razor template: <c>@&lt;div class="field"&gt;…&lt;/div&gt;</c>).</param>
/// <param name="Searchable">False for a list that is only sorted (the ranking): no search box.</param>
/// <param name="Counted">False while a finder has not been asked anything (it lists nothing before a search): no count is shown.</param>
public sealed record ListBar(string SearchLabelKey, string? Words, string Sort, IReadOnlyList<(string Value, string LabelKey)> Orders, int Total,
    IReadOnlyDictionary<string, string>? Keep = null, Func<object?, object>? Fields = null, bool Counted = true,
    bool Searchable = true)
{
    public const string SearchParameter = "recherche";
    public const string SortParameter = "tri";

    /// <summary>What the use case is asked for: the words and the order.</summary>
    public ListSearch Search => ListSearch.From(Words, Sort).Value;

    /// <summary>The words to search for as typed in the page (trimmed, null when empty or too long to be a search).</summary>
    public static string? WordsOf(string? recherche) => recherche?.Trim() is { Length: > 0 and <= ListSearch.MaxLength } words ? words : null;

    /// <summary>The order asked for when the page offers it, else the page's default (a stale link shows the list, not an error).</summary>
    public static string SortOf(string? tri, IReadOnlyList<(string Value, string LabelKey)> orders) =>
        orders.Any(o => o.Value == tri) ? tri! : orders[0].Value;
}
