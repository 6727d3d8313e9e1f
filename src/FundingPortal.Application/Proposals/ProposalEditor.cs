using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

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
        var found = await visibility.FindVisible(proposalId, track: true, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (proposal, relation) = found.Value;
        if (!mayEdit(relation))
        {
            return Error.Forbidden("Your organisation is not allowed to change this part of the dossier.");
        }

        if (expected.Value is { } version && version != proposal.ConcurrencyVersion)
        {
            return StaleWrite();
        }

        try
        {
            return await Apply(proposal, action, change, details, ct);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || ex.InnerException is System.Data.Common.DbException { SqlState: "23505" })
        {
            // A concurrent edit committed first (the dossier's version or its audit chain moved on).
            return StaleWrite();
        }
    }

    /// <summary>
    /// A change the caller is entitled to by another path than their relation to the dossier: an invitation the lead
    /// sent them. No If-Match (they never read the dossier); a racing edit surfaces as a DbUpdateException, for the
    /// caller to run again from fresh data.
    /// </summary>
    public async Task<Result<ProposalContext>> EditByInvitation(Guid proposalId, string action, Func<ProposalContext, DateTimeOffset, Result> change, object? details,
        CancellationToken ct)
    {
        var proposal = await loader.LoadProposal(proposalId, track: true, ct);
        return proposal is null ? ProposalAccess.Hidden() : await Apply(proposal, action, change, details, ct);
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
        await db.SaveChangesAsync(ct);
        return context;
    }

    public static Error StaleWrite() =>
        new("stale_etag", "Someone else changed this dossier since you loaded it. Reload it, then apply your change again.", ErrorKind.PreconditionFailed);
}
