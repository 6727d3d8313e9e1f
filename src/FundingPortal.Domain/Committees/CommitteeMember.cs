namespace FundingPortal.Domain.Committees;

/// <summary>A member of a session's committee: a cluster manager or a named external member (role CommitteeMember).</summary>
public sealed class CommitteeMember
{
    private CommitteeMember()
    {
    }

    internal CommitteeMember(Guid sessionId, Guid userId)
    {
        SessionId = sessionId;
        UserId = userId;
    }

    public Guid SessionId { get; private set; }
    public Guid UserId { get; private set; }
}
