using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Application.Proposals;

/// <summary>
/// The shared path of every dossier edit: load, check who may do it, check If-Match, apply the domain change,
/// audit, save. The dossier's version is the concurrency token, so a write racing past the If-Match check
/// still fails with 412 instead of overwriting.
/// </summary>
public sealed class ProposalEditor(IAppDbContext db, ProposalContextLoader loader, ProposalVisibility visibility, IAuditTrail audit, TimeProvider clock)
{
    public async Task<Result<ProposalContext>> Edit(Guid proposalId, ExpectedVersion expected, Func<ProposalRelation, bool> mayEdit, string action,
        Func<ProposalContext, DateTimeOffset, Result> change, object? details, CancellationToken ct)
    {
        var editable = await FindEditable(proposalId, mayEdit, ct);
        if (!editable.IsSuccess)
        {
            return editable.Error!;
        }

        var proposal = editable.Value;
        if (expected.Value is { } version && version != proposal.ConcurrencyVersion)
        {
            return StaleWrite();
        }

        // A concurrent edit committed first (the dossier's version or its audit chain moved on): the caller's view is stale.
        var applied = await Apply(proposal, action, change, details, ct);
        return !applied.IsSuccess && applied.Error!.IsConcurrentUpdate() ? StaleWrite() : applied;
    }

    /// <summary>
    /// A change that does not depend on the version the caller read (an upload): a racing edit answers
    /// <see cref="ConcurrencyErrors.ConcurrentUpdate"/>, for the caller to run again from fresh data.
    /// </summary>
    public async Task<Result<ProposalContext>> EditLatest(Guid proposalId, Func<ProposalRelation, bool> mayEdit, string action,
        Func<ProposalContext, DateTimeOffset, Result> change, object? details, CancellationToken ct)
    {
        var editable = await FindEditable(proposalId, mayEdit, ct);
        return editable.IsSuccess ? await Apply(editable.Value, action, change, details, ct) : editable.Error!;
    }

    /// <summary>
    /// A change the caller is entitled to by another path than their relation to the dossier: an invitation the lead
    /// sent them. No If-Match (they never read the dossier); a racing edit answers
    /// <see cref="ConcurrencyErrors.ConcurrentUpdate"/>, for the caller to run again from fresh data.
    /// </summary>
    public async Task<Result<ProposalContext>> EditByInvitation(Guid proposalId, string action, Func<ProposalContext, DateTimeOffset, Result> change, object? details,
        CancellationToken ct)
    {
        var proposal = await loader.LoadProposal(proposalId, track: true, ct);
        return proposal is null ? ProposalAccess.Hidden() : await Apply(proposal, action, change, details, ct);
    }

    /// <summary>The tracked dossier, if the caller sees it (else 404) and their relation to it may make this change (else 403).</summary>
    private async Task<Result<Proposal>> FindEditable(Guid proposalId, Func<ProposalRelation, bool> mayEdit, CancellationToken ct)
    {
        var found = await visibility.FindVisible(proposalId, track: true, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (proposal, relation) = found.Value;
        return mayEdit(relation) ? proposal : Error.Forbidden("Your organisation is not allowed to change this part of the dossier.");
    }

    private async Task<Result<ProposalContext>> Apply(Proposal proposal, string action, Func<ProposalContext, DateTimeOffset, Result> change, object? details,
        CancellationToken ct)
    {
        var context = await loader.Complete(proposal, ct);
        var now = clock.GetUtcNow();
        var statusBefore = proposal.Status;
        var changed = change(context, now);
        if (!changed.IsSuccess)
        {
            return changed.Error!;
        }

        await audit.RecordAsync(AuditStreams.Proposal, proposal.Id, action, statusBefore.ToString(), proposal.Status.ToString(), details, ct);
        var saved = await db.TrySaveChangesAsync(ct);
        return saved.IsSuccess ? context : saved.Error!;
    }

    public static Error StaleWrite() =>
        new("stale_etag", "Someone else changed this dossier since you loaded it. Reload it, then apply your change again.", ErrorKind.PreconditionFailed);
}
