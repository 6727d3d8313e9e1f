using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Experts.GetMyExpertProfile;

public sealed class GetMyExpertProfile(IAppDbContext db, ICurrentUser user)
{
    public async Task<Result<ExpertDto>> Handle(CancellationToken ct)
    {
        var expert = user.ExpertId is { } id ? await db.Experts.AsNoTracking().Include(e => e.DeclaredConflicts).FirstOrDefaultAsync(e => e.Id == id, ct) : null;
        return expert is null ? Error.NotFound("Expert profile") : ExpertDto.From(expert);
    }
}
