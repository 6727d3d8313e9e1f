using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Proposals;

/// <summary>Correction requests: while one is open, the consortium may change its scope alone, until its due date, whatever the call's deadline.</summary>
public sealed partial class Proposal
{
    private readonly List<CorrectionRequest> _corrections = [];

    public IReadOnlyList<CorrectionRequest> Corrections => _corrections;

    public Result<CorrectionRequest> RequestCorrection(string? message, LocalInstant dueAt, IReadOnlyCollection<CorrectionScope> scope, Guid requestedBy,
        DateTimeOffset now)
    {
        if (Status is not (ProposalStatus.Submitted or ProposalStatus.UnderReview))
        {
            return Error.Conflict("invalid_state", $"A correction is asked of a submitted dossier or one under review; this one is {Status}.");
        }

        if (OpenCorrectionAt(now) is not null)
        {
            return Error.Conflict("correction_already_open", "A correction request is already open on this dossier; wait for its answer or its due date.");
        }

        var opened = CorrectionRequest.Open(Id, message, dueAt, scope, requestedBy, now);
        if (!opened.IsSuccess)
        {
            return opened;
        }

        _corrections.Add(opened.Value);
        Touch(now);
        return opened;
    }

    /// <summary>The correction the consortium may answer now, if any.</summary>
    public CorrectionRequest? OpenCorrectionAt(DateTimeOffset now) => _corrections.FirstOrDefault(c => c.IsOpenAt(now));

    /// <summary>Marks the requests whose due date has come as expired; true when one was.</summary>
    public bool ExpireCorrections(DateTimeOffset now)
    {
        var expired = false;
        foreach (var correction in _corrections)
        {
            expired |= correction.ExpireIfDue(now);
        }

        if (expired)
        {
            Touch(now);
        }

        return expired;
    }

    /// <summary>Whether partners may be invited now: as any edit, or inside a correction request naming the partners.</summary>
    public Result EnsurePartnersEditable(Call call, DateTimeOffset now) => EnsureEditable(call, now, CorrectionScope.Partners);

    /// <summary>
    /// The usual rule first (draft or submitted, call not closed); a dossier it freezes may still change inside the scope of
    /// its latest correction request, until that request's due date.
    /// </summary>
    private Result EnsureEditable(Call call, DateTimeOffset now, CorrectionScope? part)
    {
        var usual = EnsureEditable(call, now);
        if (usual.IsSuccess || Status is not (ProposalStatus.Submitted or ProposalStatus.UnderReview))
        {
            return usual;
        }

        if (PendingCorrection() is not { } latest)
        {
            return usual;
        }

        if (!latest.IsOpenAt(now))
        {
            return CorrectionExpired();
        }

        return part is { } p && latest.Covers(p)
            ? Result.Success()
            : Error.Conflict("outside_correction_scope",
                $"Only the parts named by the correction request may change ({string.Join(", ", latest.Scope)}).");
    }

    /// <summary>The latest correction request of a submitted dossier or one under review, when it has not been answered (open or expired).</summary>
    internal CorrectionRequest? PendingCorrection()
    {
        if (Status is not (ProposalStatus.Submitted or ProposalStatus.UnderReview))
        {
            return null;
        }

        var latest = _corrections.MaxBy(c => c.RequestedAt);
        return latest is { Status: not CorrectionStatus.Answered } ? latest : null;
    }

    internal static Error CorrectionExpired() =>
        Error.Conflict("correction_expired", "The due date of the correction request has passed; the dossier can no longer be changed.");
}
