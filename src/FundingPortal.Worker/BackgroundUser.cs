using FundingPortal.Application.Abstractions;

namespace FundingPortal.Worker;

/// <summary>Consumers and jobs act for nobody: audit entries they write carry no user.</summary>
public sealed class BackgroundUser : ICurrentUser, ICurrentUserAccessor
{
    public Guid UserId => Guid.Empty;
    public string Email => string.Empty;
    public IReadOnlyCollection<string> Roles => [];
    public Guid? OrganisationId => null;
    public Guid? FunderId => null;
    public Guid? ExpertId => null;
    public Guid? UserIdOrNull => null;

    public bool IsInRole(string role) => false;
}
