namespace FundingPortal.Application.Abstractions;

/// <summary>Who is calling, with facts loaded fresh from the database (roles, organisation, funder, expert profile).</summary>
public interface ICurrentUser
{
    Guid UserId { get; }
    string Email { get; }
    IReadOnlyCollection<string> Roles { get; }
    Guid? OrganisationId { get; }
    Guid? FunderId { get; }
    Guid? ExpertId { get; }

    bool IsInRole(string role);
}
