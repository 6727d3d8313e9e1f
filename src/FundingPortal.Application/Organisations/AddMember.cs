using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Organisations;

public sealed record AddMemberRequest(string? Email);

public sealed class AddMember(IAppDbContext db, ICurrentUser user, IUserDirectory users)
{
    public async Task<Result> Handle(Guid organisationId, AddMemberRequest request, CancellationToken ct)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
        {
            return Error.NotFound("Organisation");
        }

        if (user.OrganisationId != organisationId && !user.IsInRole(Roles.ClusterManager))
        {
            return user.OrganisationId is null ? Error.NotFound("Organisation") : Error.Forbidden("Only members of this organisation can add colleagues.");
        }

        if (string.IsNullOrWhiteSpace(request.Email))
        {
            return Error.Field("email", "validation_failed", "The e-mail address is required.");
        }

        var colleague = await users.FindByEmailAsync(request.Email.Trim(), ct);
        if (colleague is null)
        {
            return Error.Rule("user_not_registered", "No account uses this e-mail address; your colleague must register first.");
        }

        if (colleague.OrganisationId == organisationId)
        {
            return Result.Success();
        }

        if (colleague.OrganisationId is not null)
        {
            return Error.Conflict("already_member", "This user already belongs to another organisation.");
        }

        return await users.JoinOrganisationAsync(colleague.UserId, organisationId, ct);
    }
}
