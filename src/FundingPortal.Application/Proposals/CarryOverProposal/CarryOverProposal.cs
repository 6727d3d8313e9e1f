using System.Globalization;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals.CarryOverProposal;

public sealed record CarryOverRequest(Guid CallId);

/// <summary>
/// The lead reworks a deferred or not-labelled dossier for a later open call: a new draft there, with the project,
/// the consortium, the budgets and the attachments (same files, same hashes: nothing to upload again).
/// </summary>
public sealed class CarryOverProposal(IAppDbContext db, ProposalVisibility visibility, ProposalContextLoader loader, IAuditTrail audit, TimeProvider clock)
{
    public async Task<Result<ProposalResponse>> Handle(Guid id, CarryOverRequest request, CancellationToken ct)
    {
        var found = await visibility.FindVisible(id, track: true, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (source, relation) = found.Value;
        if (relation != ProposalRelation.LeadMember)
        {
            return Error.Forbidden("Only the lead organisation's members can carry the dossier over to another call.");
        }

        var target = await db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.CallId && c.PublishedAt != null, ct);
        if (target is null)
        {
            return Error.NotFound("Call");
        }

        var now = clock.GetUtcNow();
        var number = await db.NextProposalNumberAsync(ct);
        var carried = source.CarryOverInto(target, string.Create(CultureInfo.InvariantCulture, $"FP-{now.Year}-{number:D4}"), now);
        if (!carried.IsSuccess)
        {
            return carried.Error!;
        }

        var draft = carried.Value.Draft;
        db.Proposals.Add(draft);
        foreach (var (from, to) in carried.Value.Attachments)
        {
            var bytes = await db.AttachmentContents.AsNoTracking().Where(c => c.AttachmentId == from).Select(c => c.Bytes).SingleAsync(ct);
            db.AttachmentContents.Add(new AttachmentContent(to, bytes));
        }

        await audit.RecordAsync(AuditStreams.Proposal, source.Id, "proposal_carried_over", source.Status.ToString(), source.Status.ToString(),
            new { toProposalId = draft.Id, toReference = draft.Reference, toCallId = target.Id }, ct);
        await audit.RecordAsync(AuditStreams.Proposal, draft.Id, "proposal_created", null, nameof(ProposalStatus.Draft),
            new { reference = draft.Reference, carriedFromProposalId = source.Id, carriedFromReference = source.Reference }, ct);
        var saved = await db.TrySaveChangesAsync(ct);
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }

        return ProposalResponse.From(await loader.Complete(draft, ct), now, showBudgets: true, showInternals: true);
    }
}
