using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Abstractions;

/// <param name="EmailConfirmed">The person proved they read this address (confirmation link): required to accept invitations or become staff.</param>
public sealed record UserSummary(Guid UserId, string Email, IReadOnlyList<string> Roles, Guid? OrganisationId, Guid? FunderId, bool EmailConfirmed);

/// <summary>An account as the admin list sorts and searches it: the address lower-cased, so "alice" and "Bob" sort together.</summary>
public sealed class UserAccountRow
{
    public Guid Id { get; init; }
    public string Email { get; init; } = string.Empty;
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>Account facts kept by ASP.NET Core Identity, as the use cases need them.</summary>
public interface IUserDirectory
{
    Task<UserSummary?> FindByIdAsync(Guid userId, CancellationToken cancellationToken);
    Task<UserSummary?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>Every account as a query the lists can filter, sort and page in the database.</summary>
    IQueryable<UserAccountRow> Accounts();

    Task<IReadOnlyList<UserSummary>> FindByIdsAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);
    Task<IReadOnlyList<UserSummary>> MembersOfAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken cancellationToken);
    Task<IReadOnlyList<UserSummary>> InRoleAsync(string role, CancellationToken cancellationToken);

    /// <summary>The current organisation of each of these users who has one.</summary>
    Task<IReadOnlyDictionary<Guid, Guid>> OrganisationsOfAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);

    /// <summary>Makes the user a member of the organisation and an Applicant; fails when already in an organisation.</summary>
    Task<Result> JoinOrganisationAsync(Guid userId, Guid organisationId, CancellationToken cancellationToken);

    Task<Result> SetRolesAsync(Guid userId, IReadOnlyCollection<string> roles, Guid? funderId, CancellationToken cancellationToken);
    Task AddRoleAsync(Guid userId, string role, CancellationToken cancellationToken);
}
