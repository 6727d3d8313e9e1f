using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Organisations.FindOrganisations;

public sealed class FindOrganisations(IAppDbContext db)
{
    public async Task<IReadOnlyList<OrganisationDirectoryEntry>> Handle(string? siren, string? name, CancellationToken ct)
    {
        var query = db.Organisations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(siren))
        {
            var digits = siren.Replace(" ", string.Empty, StringComparison.Ordinal);
            query = query.Where(o => o.Siren == digits);
        }
        else if (!string.IsNullOrWhiteSpace(name) && name.Trim().Length >= 2)
        {
            var pattern = $"%{name.Trim().Replace("%", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal)}%";
            query = query.Where(o => EF.Functions.Like(o.Name.ToLower(), pattern.ToLower()));
        }
        else
        {
            return [];
        }

        return await query.OrderBy(o => o.Name).Take(20)
            .Select(o => new OrganisationDirectoryEntry(o.Id, o.Name, o.Category, o.Region))
            .ToListAsync(ct);
    }
}
