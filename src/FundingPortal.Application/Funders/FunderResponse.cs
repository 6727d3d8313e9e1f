using FundingPortal.Domain.Funders;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Funders;

public sealed record FunderResponse(Guid Id, string Name, FunderKind Kind, string? Region)
{
    public static FunderResponse From(Funder f) => new(f.Id, f.Name, f.Kind, f.Region);
}
