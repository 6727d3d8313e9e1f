namespace FundingPortal.Application.Reviews;

/// <summary>
/// Audit streams of this area. Who reviews a dossier is recorded on the assignment's and the expert's own streams,
/// never on the dossier's, whose history the consortium reads: reviews are blind.
/// </summary>
public static class ReviewAuditStreams
{
    public const string Assignment = "assignment";
    public const string Expert = "expert";
}
