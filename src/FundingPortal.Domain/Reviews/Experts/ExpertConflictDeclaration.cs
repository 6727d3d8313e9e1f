namespace FundingPortal.Domain.Reviews.Experts;

/// <summary>A conflict of interest the expert declared with an organisation, a dossier, or both.</summary>
public sealed class ExpertConflictDeclaration
{
    private ExpertConflictDeclaration()
    {
    }

    internal ExpertConflictDeclaration(Guid expertId, Guid? organisationId, Guid? proposalId, string reason, DateTimeOffset declaredAt)
    {
        ExpertId = expertId;
        OrganisationId = organisationId;
        ProposalId = proposalId;
        Reason = reason;
        DeclaredAt = declaredAt;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid ExpertId { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public Guid? ProposalId { get; private set; }
    public string Reason { get; private set; } = string.Empty;
    public DateTimeOffset DeclaredAt { get; private set; }

    /// <summary>Anonymisation: the declaration stays (the assignment decisions rest on it), its free-text reason goes.</summary>
    internal void ForgetReason() => Reason = string.Empty;
}
