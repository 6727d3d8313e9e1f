using FundingPortal.Application.Common.Localisation;
using Microsoft.Extensions.Localization;

namespace FundingPortal.Web.Formatting;

/// <summary>
/// The pages' <see cref="IStringLocalizer"/> (<c>@T["Layout.SkipLink"]</c>) over the typed catalogue, in the request's
/// language. A key missing from the catalogue renders as itself, which the browser tests look for.
/// </summary>
public sealed class CatalogueLocalizer(TextCatalogue catalogue) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var text = catalogue.Find(name, Languages.Current);
            return new LocalizedString(name, text ?? name, resourceNotFound: text is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = this[name];
            return text.ResourceNotFound
                ? text
                : new LocalizedString(name, string.Format(System.Globalization.CultureInfo.CurrentCulture, text.Value, arguments), resourceNotFound: false);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        catalogue.Sets.SelectMany(set => set.Select(entry =>
            new LocalizedString($"{set.Name}.{entry.Key}", Languages.Current == Languages.English ? entry.Value.English : entry.Value.French)));
}
