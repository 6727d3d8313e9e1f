using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Organisations;

/// <summary>
/// Makes a user a member (and an Applicant) of an organisation. An expert's profile gains that organisation as a
/// current affiliation, so the conflict check remembers it for three years after they leave.
/// </summary>
public sealed class Membership(IAppDbContext db, IUserDirectory users, TimeProvider clock)
{
    public const string AlreadyMemberElsewhere = "already_member_elsewhere";

    public async Task<Result> Join(Guid userId, Guid organisationId, CancellationToken ct)
    {
        var joined = await users.JoinOrganisationAsync(userId, organisationId, ct);
        if (!joined.IsSuccess)
        {
            return joined;
        }

        var expert = await db.Experts.FirstOrDefaultAsync(e => e.UserId == userId, ct);
        if (expert is not null)
        {
            expert.EnsureCurrentAffiliation(organisationId, ParisTime.Today(clock.GetUtcNow()));
            await db.SaveChangesAsync(ct);
        }

        return Result.Success();
    }

    public static Error MemberElsewhere() =>
        Error.Conflict(AlreadyMemberElsewhere, "You already belong to another organisation; a person belongs to one organisation at most.");
}
