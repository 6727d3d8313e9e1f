using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Organisations;

public enum JoinRequestStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>Someone whose company already has an account asks to join it; a member of that organisation says yes or no.</summary>
public sealed class JoinRequest : Entity
{
    public const int MaxMessageLength = 1000;

    private JoinRequest()
    {
    }

    public Guid OrganisationId { get; private set; }
    public Guid UserId { get; private set; }
    public string Email { get; private set; } = string.Empty;
    public string? Message { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public JoinRequestStatus Status { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public Guid? DecidedByUserId { get; private set; }

    public static Result<JoinRequest> Create(Guid organisationId, Guid userId, string email, string? message, DateTimeOffset now)
    {
        var text = string.IsNullOrWhiteSpace(message) ? null : message.Trim();
        if (text is not null && (text.Length > MaxMessageLength || TextRules.HasForbiddenCharacters(text, multiline: true)))
        {
            return Error.Field("message", "validation_failed", $"The message is {MaxMessageLength} characters at most.");
        }

        return new JoinRequest
        {
            OrganisationId = organisationId,
            UserId = userId,
            Email = email,
            Message = text,
            CreatedAt = now,
            Status = JoinRequestStatus.Pending,
        };
    }

    /// <summary>The requester's membership is recorded by the use case in the same unit of work.</summary>
    public Result Approve(Guid memberId, DateTimeOffset now) => Decide(JoinRequestStatus.Approved, memberId, now);

    public Result Reject(Guid memberId, DateTimeOffset now) => Decide(JoinRequestStatus.Rejected, memberId, now);

    private Result Decide(JoinRequestStatus decision, Guid memberId, DateTimeOffset now)
    {
        if (Status != JoinRequestStatus.Pending)
        {
            return Error.Conflict("join_request_decided", "This request has already been answered.");
        }

        Status = decision;
        DecidedAt = now;
        DecidedByUserId = memberId;
        return Result.Success();
    }
}
