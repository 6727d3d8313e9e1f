using FundingPortal.Domain.Organisations;

namespace FundingPortal.Application.Organisations.JoinRequests;

public sealed record JoinRequestRequest(string? Message);

/// <param name="EmailConfirmed">Whether the person asking proved they read that address: members judge who asks by it.</param>
public sealed record JoinRequestResponse(Guid Id, Guid OrganisationId, string OrganisationName, Guid UserId, string Email, string? Message, JoinRequestStatus Status,
    DateTimeOffset CreatedAt, DateTimeOffset? DecidedAt, bool? EmailConfirmed = null)
{
    public static JoinRequestResponse From(JoinRequest r, string organisationName, bool? emailConfirmed = null) =>
        new(r.Id, r.OrganisationId, organisationName, r.UserId, r.Email, r.Message, r.Status, r.CreatedAt, r.DecidedAt, emailConfirmed);
}

public static class JoinRequestRules
{
    /// <summary>Requests a person may have waiting at once.</summary>
    public const int MaxPendingPerUser = 5;
}
