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
public sealed class ProposalEditor(IAppDbContext db, ProposalContextLoader loader, ProposalAccess access, IAuditTrail audit, TimeProvider clock)
{
    public async Task<Result<ProposalContext>> Edit(Guid proposalId, ExpectedVersion expected, Func<ProposalRelation, bool> mayEdit, string action,
        Func<ProposalContext, DateTimeOffset, Result> change, object? details, CancellationToken ct)
    {
        var proposal = await loader.LoadProposal(proposalId, track: true, ct);
        if (proposal is null)
        {
            return ProposalAccess.Hidden();
        }

        var relation = await access.RelationTo(proposal, ct);
        if (relation == ProposalRelation.None)
        {
            return ProposalAccess.Hidden();
        }

        if (!mayEdit(relation))
        {
            return Error.Forbidden("Your organisation is not allowed to change this part of the dossier.");
        }

        if (expected.Value is { } version && version != proposal.ConcurrencyVersion)
        {
            return StaleWrite();
        }

        var context = await loader.Complete(proposal, ct);
        var now = clock.GetUtcNow();
        var statusBefore = proposal.Status;
        var changed = change(context, now);
        if (!changed.IsSuccess)
        {
            return changed.Error!;
        }

        await audit.RecordAsync(AuditStreams.Proposal, proposal.Id, action, statusBefore.ToString(), proposal.Status.ToString(), details, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || ex.InnerException is System.Data.Common.DbException { SqlState: "23505" })
        {
            // A concurrent edit committed first (the dossier's version or its audit chain moved on).
            return StaleWrite();
        }

        return context;
    }

    public static Error StaleWrite() =>
        new("stale_etag", "Someone else changed this dossier since you loaded it. Reload it, then apply your change again.", ErrorKind.PreconditionFailed);
}
