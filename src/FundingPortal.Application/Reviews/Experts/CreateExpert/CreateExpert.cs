using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts;
using FundingPortal.Application.Common;
using FundingPortal.Contracts;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Reviews.Experts;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Experts.CreateExpert;

/// <summary>A manager turns a registered user into an expert of some calls; the user gains the Expert role in the same transaction.</summary>
public sealed class CreateExpert(IAppDbContext db, IUserDirectory users, IAuditTrail audit, IOutbox outbox, TimeProvider clock)
{
    public async Task<Result<ExpertDto>> Handle(CreateExpertRequest request, CancellationToken ct)
    {
        if (request.UserId is not { } userId)
        {
            return Error.Field("userId", "validation_failed", "userId is required.");
        }

        var user = await users.FindByIdAsync(userId, ct);
        if (user is null)
        {
            return Error.Field("userId", "unknown_user", "No registered user has this id.");
        }

        var confirmed = EmailConfirmationGate.Check(user, "being named expert");
        if (!confirmed.IsSuccess)
        {
            return confirmed.Error!;
        }

        if (await db.Experts.AnyAsync(e => e.UserId == userId, ct))
        {
            return Error.Conflict("expert_exists", "This user already has an expert profile.");
        }

        var profile = await ToProfile(request, ct);
        if (!profile.IsSuccess)
        {
            return profile.Error!;
        }

        var now = clock.GetUtcNow();
        var created = Expert.Create(userId, profile.Value, now);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        var expert = created.Value;
        if (user.OrganisationId is { } organisationId)
        {
            expert.EnsureCurrentAffiliation(organisationId, ParisTime.Today(clock.GetUtcNow()));
        }

        db.Experts.Add(expert);
        await audit.RecordAsync(ReviewAuditStreams.Expert, expert.Id, "expert_created", null, null,
            new { userId, displayName = PersonalField.Of(expert.DisplayName, userId), expert.CallIds, affiliations = expert.Affiliations.Count }, ct);
        outbox.Enqueue(new ExpertProfileCreated(expert.Id, userId, expert.DisplayName, expert.CallIds));

        // Granting a new role saves the pending unit of work with it (profile, audit, outbox: one transaction), then
        // refreshes the user's cached context; with the role already there, save first so the refresh sees the profile.
        if (!user.Roles.Contains(Roles.Expert))
        {
            await users.AddRoleAsync(userId, Roles.Expert, ct);
        }

        await db.SaveChangesAsync(ct);
        if (user.Roles.Contains(Roles.Expert))
        {
            await users.AddRoleAsync(userId, Roles.Expert, ct);
        }

        return ExpertDto.From(expert);
    }

    private async Task<Result<ExpertProfile>> ToProfile(CreateExpertRequest request, CancellationToken ct)
    {
        var affiliations = request.Affiliations ?? [];
        if (affiliations.Any(a => a.OrganisationId is null || a.From is null))
        {
            return Error.Field("affiliations", "validation_failed", "Each affiliation needs an organisationId and a from date.");
        }

        var organisationIds = affiliations.Select(a => a.OrganisationId!.Value).Distinct().ToList();
        var knownOrganisations = await db.Organisations.CountAsync(o => organisationIds.Contains(o.Id), ct);
        if (knownOrganisations != organisationIds.Count)
        {
            return Error.Field("affiliations", "unknown_organisation", "An affiliation names an organisation that does not exist.");
        }

        var callIds = (request.CallIds ?? []).Distinct().ToList();
        var knownCalls = await db.Calls.CountAsync(c => callIds.Contains(c.Id), ct);
        if (knownCalls != callIds.Count)
        {
            return Error.Field("callIds", "unknown_call", "A call id does not exist.");
        }

        return new ExpertProfile(request.DisplayName ?? string.Empty, request.Expertise ?? [],
            affiliations.Select(a => new ExpertAffiliation(a.OrganisationId!.Value, a.From!.Value, a.To)).ToList(), callIds);
    }
}
