using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Proposals;

/// <summary>
/// A manager's request that the consortium correct named parts of its submitted dossier before a due date, even after the
/// call's deadline. Part of the <see cref="Proposal"/> aggregate: the dossier decides what may change while it is open.
/// </summary>
public sealed class CorrectionRequest : Entity
{
    public const int MaxMessageLength = 10_000;

    private List<CorrectionScope> _scope = [];

    private CorrectionRequest()
    {
    }

    public Guid ProposalId { get; private set; }
    public string Message { get; private set; } = string.Empty;
    public LocalInstant DueAt { get; private set; } = null!;
    public IReadOnlyList<CorrectionScope> Scope => _scope;
    public CorrectionStatus Status { get; private set; }
    public Guid RequestedByUserId { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public int? AnsweredVersion { get; private set; }

    internal static Result<CorrectionRequest> Open(Guid proposalId, string? message, LocalInstant dueAt, IReadOnlyCollection<CorrectionScope> scope,
        Guid requestedBy, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return Error.Field("message", "validation_failed", "Say what must be corrected.");
        }

        if (message.Length > MaxMessageLength)
        {
            return Error.Field("message", "message_too_long", "A message is 10,000 characters at most.");
        }

        if (TextRules.HasForbiddenCharacters(message, multiline: true))
        {
            return Error.Field("message", "invalid_characters", "The message holds control characters.");
        }

        if (scope.Count == 0 || scope.Any(s => !Enum.IsDefined(s)))
        {
            return Error.Field("scope", "validation_failed", "Name at least one part to correct: Attachments, Budgets or Project.");
        }

        if (dueAt.IsReachedAt(now))
        {
            return Error.Field("dueAt", "validation_failed", "The due date must be in the future.");
        }

        return new CorrectionRequest
        {
            ProposalId = proposalId,
            Message = message.Trim(),
            DueAt = dueAt,
            _scope = scope.Distinct().Order().ToList(),
            Status = CorrectionStatus.Open,
            RequestedByUserId = requestedBy,
            RequestedAt = now,
        };
    }

    public bool Covers(CorrectionScope part) => _scope.Contains(part);

    /// <summary>Open and before its due date (the same strict cut-off as a call's deadline: refused from the due instant on).</summary>
    public bool IsOpenAt(DateTimeOffset now) => Status == CorrectionStatus.Open && !DueAt.IsReachedAt(now);

    /// <summary>What a reader sees now: an open request past its due date is expired even before the job records it.</summary>
    public CorrectionStatus StatusAt(DateTimeOffset now) =>
        Status == CorrectionStatus.Open && DueAt.IsReachedAt(now) ? CorrectionStatus.Expired : Status;

    internal void Answer(int version, DateTimeOffset now)
    {
        Status = CorrectionStatus.Answered;
        AnsweredVersion = version;
        ClosedAt = now;
    }

    internal bool ExpireIfDue(DateTimeOffset now)
    {
        if (Status != CorrectionStatus.Open || !DueAt.IsReachedAt(now))
        {
            return false;
        }

        Status = CorrectionStatus.Expired;
        ClosedAt = now;
        return true;
    }
}
