using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Common;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Infrastructure.Identity;

public sealed class UserDirectory(AppDbContext db, UserContextCache cache) : IUserDirectory
{
    public async Task<UserSummary?> FindByIdAsync(Guid userId, CancellationToken ct) =>
        (await Query(db.Users.Where(u => u.Id == userId), ct)).FirstOrDefault();

    public async Task<UserSummary?> FindByEmailAsync(string email, CancellationToken ct)
    {
        var normalised = email.Trim().ToUpperInvariant();
        return (await Query(db.Users.Where(u => u.NormalizedEmail == normalised), ct)).FirstOrDefault();
    }

    public IQueryable<UserAccountRow> Accounts() =>
        db.Users.AsNoTracking().Select(u => new UserAccountRow { Id = u.Id, Email = (u.Email ?? string.Empty).ToLower(), CreatedAt = u.CreatedAt });

    public Task<IReadOnlyList<UserSummary>> FindByIdsAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        return Query(db.Users.Where(u => ids.Contains(u.Id)), ct);
    }

    public Task<IReadOnlyList<UserSummary>> MembersOfAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken ct) =>
        Query(db.Users.Where(u => u.OrganisationId != null && organisationIds.Contains(u.OrganisationId.Value)), ct);

    public Task<IReadOnlyList<UserSummary>> InRoleAsync(string role, CancellationToken ct)
    {
        var normalised = role.ToUpperInvariant();
        var ids = from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where r.NormalizedName == normalised select ur.UserId;
        return Query(db.Users.Where(u => ids.Contains(u.Id)), ct);
    }

    public async Task<IReadOnlyDictionary<Guid, Guid>> OrganisationsOfAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        var rows = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.OrganisationId != null)
            .Select(u => new { u.Id, OrganisationId = u.OrganisationId!.Value }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => r.OrganisationId);
    }

    public async Task<Result> JoinOrganisationAsync(Guid userId, Guid organisationId, CancellationToken ct)
    {
        var updated = await db.Users.Where(u => u.Id == userId && u.OrganisationId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.OrganisationId, organisationId), ct);
        if (updated == 0)
        {
            return Error.Conflict("already_member", "This user already belongs to an organisation.");
        }

        await AddRoleAsync(userId, Roles.Applicant, ct);
        return Result.Success();
    }

    public async Task<Result> SetRolesAsync(Guid userId, IReadOnlyCollection<string> roles, Guid? funderId, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return Error.NotFound("User");
        }

        var wanted = roles.Select(r => r.ToUpperInvariant()).ToHashSet();
        var roleRows = await db.Roles.ToListAsync(ct);
        var current = await db.UserRoles.Where(ur => ur.UserId == userId).ToListAsync(ct);
        db.UserRoles.RemoveRange(current.Where(ur => !wanted.Contains(roleRows.First(r => r.Id == ur.RoleId).NormalizedName!)));
        foreach (var role in roleRows.Where(r => wanted.Contains(r.NormalizedName!) && current.All(ur => ur.RoleId != r.Id)))
        {
            db.UserRoles.Add(new() { UserId = userId, RoleId = role.Id });
        }

        user.FunderId = roles.Contains(Roles.FunderOfficer) ? funderId : null;
        await db.SaveChangesAsync(ct);
        cache.Invalidate(userId);
        return Result.Success();
    }

    public async Task AddRoleAsync(Guid userId, string role, CancellationToken ct)
    {
        var normalised = role.ToUpperInvariant();
        var roleId = await db.Roles.Where(r => r.NormalizedName == normalised).Select(r => r.Id).SingleAsync(ct);
        if (!await db.UserRoles.AnyAsync(ur => ur.UserId == userId && ur.RoleId == roleId, ct))
        {
            db.UserRoles.Add(new() { UserId = userId, RoleId = roleId });
            await db.SaveChangesAsync(ct);
        }

        cache.Invalidate(userId);
    }

    private async Task<IReadOnlyList<UserSummary>> Query(IQueryable<AppUser> users, CancellationToken ct)
    {
        var rows = await users.AsNoTracking()
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.OrganisationId,
                u.FunderId,
                u.EmailConfirmed,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new UserSummary(r.Id, r.Email!, r.Roles.Order(StringComparer.Ordinal).ToList(), r.OrganisationId, r.FunderId, r.EmailConfirmed))
            .ToList();
    }
}
