using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Paging;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Accounts.ListUsers;

/// <summary>
/// The accounts a manager looks up to give roles: searched in the address, by address (default) or newest first, a
/// page at a time with the count of every match. The rows come from the identity store (<see cref="IUserDirectory.Accounts"/>);
/// each page's roles are read for that page only.
/// </summary>
public sealed class ListUsers(IUserDirectory users, SortedLists lists)
{
    public static readonly ListOrders<UserAccountRow> Orders = new ListOrders<UserAccountRow>("users", u => u.Id, "email")
        .By("email", u => u.Email)
        .By("created", u => u.CreatedAt);

    public async Task<Result<Page<UserSummary>>> Handle(ListSearch search, PageRequest page, CancellationToken ct)
    {
        var accounts = users.Accounts();
        if (search.Pattern is { } pattern)
        {
            accounts = accounts.Where(u => EF.Functions.Like(u.Email, pattern, "\\"));
        }

        var read = await lists.Read(Orders, accounts, search, u => u.Id, page, ct);
        if (!read.IsSuccess)
        {
            return read.Error!;
        }

        var found = (await users.FindByIdsAsync(read.Value.Items, ct)).ToDictionary(u => u.UserId);
        var items = read.Value.Items.Where(found.ContainsKey).Select(id => found[id]).ToList();
        return new Page<UserSummary>(items, read.Value.NextCursor) { Total = read.Value.Total };
    }
}
