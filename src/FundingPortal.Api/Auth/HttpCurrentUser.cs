using FundingPortal.Application.Abstractions;
using FundingPortal.Infrastructure.Identity;

namespace FundingPortal.Api.Auth;

internal sealed class HttpCurrentUser(IHttpContextAccessor http) : ICurrentUser, ICurrentUserAccessor
{
    public UserContext? Context => http.HttpContext?.Items[FreshRolesClaimsTransformation.ItemKey] as UserContext;

    public Guid UserId => Context?.UserId ?? Guid.Empty;
    public string Email => Context?.Email ?? string.Empty;
    public IReadOnlyCollection<string> Roles => Context?.Roles ?? [];
    public Guid? OrganisationId => Context?.OrganisationId;
    public Guid? FunderId => Context?.FunderId;
    public Guid? ExpertId => Context?.ExpertId;
    public Guid? UserIdOrNull => Context?.UserId;
    public bool EmailConfirmed => Context?.EmailConfirmed == true;
    public bool MfaEnabled => Context?.MfaEnabled == true;

    public bool IsInRole(string role) => Context?.Roles.Contains(role) == true;
}
