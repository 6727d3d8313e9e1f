using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews;

namespace FundingPortal.Application.Reviews.Assignments;

public sealed record AssignExpertRequest(Guid? ExpertId);

public sealed record DeclineRequest(DeclineReason? Reason, string? Comment);

/// <summary>An assignment as managers see it: who, how it came, where it stands.</summary>
public sealed record AssignmentDto(
    Guid Id,
    Guid ProposalId,
    Guid CallId,
    Guid ExpertId,
    string ExpertDisplayName,
    AssignmentStatus Status,
    AssignmentOrigin Origin,
    DateTimeOffset AssignedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? RespondedAt,
    DeclineReason? DeclineReason,
    string? DeclineComment,
    DateTimeOffset? ReviewSubmittedAt)
{
    public static AssignmentDto From(ReviewAssignment a, string expertDisplayName) =>
        new(a.Id, a.ProposalId, a.CallId, a.ExpertId, expertDisplayName, a.Status, a.Origin, a.AssignedAt, a.DueAt, a.RespondedAt, a.DeclineReason,
            a.DeclineComment, a.Review?.SubmittedAt);
}

/// <summary>An assignment as its expert sees it in "my assignments".</summary>
public sealed record MyAssignmentDto(
    Guid Id,
    Guid ProposalId,
    string Reference,
    string Acronym,
    string Title,
    Guid CallId,
    AssignmentStatus Status,
    DateTimeOffset DueAt,
    ProposalStatus ProposalStatus,
    bool ReviewLocked);
