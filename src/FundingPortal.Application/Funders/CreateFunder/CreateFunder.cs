using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Funders;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Funders.CreateFunder;

public sealed record CreateFunderRequest(string? Name, FunderKind Kind, string? Region);

public sealed class CreateFunder(IAppDbContext db)
{
    public async Task<Result<FunderResponse>> Handle(CreateFunderRequest request, CancellationToken ct)
    {
        var created = Funder.Create(request.Name, request.Kind, request.Region);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        var funder = created.Value;
        if (await db.Funders.AnyAsync(f => f.Name == funder.Name, ct))
        {
            return Error.Conflict("funder_exists", $"A funder named '{funder.Name}' already exists.");
        }

        if (funder.Kind == FunderKind.Region && await db.Funders.AnyAsync(f => f.Kind == FunderKind.Region && f.Region == funder.Region, ct))
        {
            return Error.Conflict("funder_exists", $"Region {funder.Region} already has a funder.");
        }

        db.Funders.Add(funder);
        await db.SaveChangesAsync(ct);
        return FunderResponse.From(funder);
    }
}
