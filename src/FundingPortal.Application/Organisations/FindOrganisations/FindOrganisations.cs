using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Paging;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Organisations.FindOrganisations;

/// <summary>
/// Finds an organisation to join or to invite as a partner: by its exact SIREN, or by words found in its name (at least
/// two characters; words that are a SIREN also find it by SIREN). A finder, not a directory: without a search it lists
/// nothing. By name (default) or newest first, a page at a time, with the count of every match.
/// </summary>
public sealed class FindOrganisations(IAppDbContext db, SortedLists lists)
{
    public const int MinimumWords = 2;

    public static readonly ListOrders<Organisation> Orders = new ListOrders<Organisation>("organisations", o => o.Id, "name")
        .By("name", o => o.Name.ToLower())
        .By("created", o => o.CreatedAt);

    /// <summary>The organisation with this SIREN, for the page that joins one.</summary>
    public async Task<IReadOnlyList<OrganisationDirectoryEntry>> Handle(string? siren, CancellationToken ct)
    {
        var found = await Handle(siren, ListSearch.None, PageRequest.First, ct);
        return found.IsSuccess ? found.Value.Items : [];
    }

    public async Task<Result<Page<OrganisationDirectoryEntry>>> Handle(string? siren, ListSearch search, PageRequest page, CancellationToken ct)
    {
        var query = db.Organisations.AsNoTracking();
        if (SirenDigits(siren) is { } exact)
        {
            query = query.Where(o => o.Siren == exact);
        }
        else if (search.Words is { Length: >= MinimumWords } words)
        {
            var pattern = ListSearch.LikePattern(words);
            var digits = SirenDigits(words);
            query = query.Where(o => EF.Functions.Like(o.Name.ToLower(), pattern, "\\") || o.Siren == digits);
        }
        else
        {
            var order = Orders.Parse(search.Sort);
            return order.IsSuccess ? Page<OrganisationDirectoryEntry>.Empty with { Total = 0 } : order.Error!;
        }

        return await lists.Read(Orders, query, search, o => new OrganisationDirectoryEntry(o.Id, o.Name, o.Category, o.Region), page, ct);
    }

    private static string? SirenDigits(string? text) =>
        text?.Replace(" ", string.Empty, StringComparison.Ordinal) is { Length: > 0 } digits && digits.All(char.IsAsciiDigit) ? digits : null;
}
