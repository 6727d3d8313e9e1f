namespace FundingPortal.Domain.Committees;

/// <summary>
/// A member who leaves the room for one dossier: detected from the conflict-of-interest rules when the session is
/// scheduled, or declared by the member. A recused member does not see that dossier's evaluation during the session and
/// does not count among the voters.
/// </summary>
public sealed class Recusal
{
    private Recusal()
    {
    }

    internal Recusal(Guid sessionId, Guid userId, Guid proposalId, string reason, bool detected, DateTimeOffset now)
    {
        SessionId = sessionId;
        UserId = userId;
        ProposalId = proposalId;
        Reason = reason;
        Detected = detected;
        RecordedAt = now;
    }

    public Guid SessionId { get; private set; }
    public Guid UserId { get; private set; }
    public Guid ProposalId { get; private set; }
    public string Reason { get; private set; } = string.Empty;
    public bool Detected { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
}
