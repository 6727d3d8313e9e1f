using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Contracts;
using FundingPortal.Domain.Clusters;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Clusters.DecideCoLabelling;

public sealed record CoLabellingDecisionRequest(Guid? ClusterId, CoLabellingOutcome? Outcome, string? Motivation);

/// <summary>
/// A manager of a cluster the consortium asked records that cluster's co-labelling decision on the submitted dossier;
/// the consortium is told. A manager of any other cluster, or one naming another cluster than their own, gets a 404.
/// </summary>
public sealed class DecideCoLabelling(IAppDbContext db, ManagerScope scope, ICurrentUser user, IAuditTrail audit, IOutbox outbox, RetryOnConflict retry, TimeProvider clock)
{
    public Task<Result<CoLabellingResponse>> Handle(Guid proposalId, CoLabellingDecisionRequest request, CancellationToken ct) =>
        retry.Run(() => Decide(proposalId, request, ct));

    private async Task<Result<CoLabellingResponse>> Decide(Guid proposalId, CoLabellingDecisionRequest request, CancellationToken ct)
    {
        var own = await scope.ClusterAsync(ct);
        var visible = scope.CoLabellingProposalIds();
        var asked = own is { } cluster && request.ClusterId == cluster
            ? await db.CoLabellingRequests.FirstOrDefaultAsync(r => r.ProposalId == proposalId && r.ClusterId == cluster && visible.Contains(r.ProposalId), ct)
            : null;
        if (asked is null)
        {
            return request.ClusterId is null ? Error.Field("clusterId", "validation_failed", "clusterId is your cluster's id.") : Error.NotFound("Proposal");
        }

        var now = clock.GetUtcNow();
        var decided = asked.Decide(request.Outcome, request.Motivation, user.UserId, now);
        if (!decided.IsSuccess)
        {
            return decided.Error!;
        }

        var proposal = await db.Proposals.AsNoTracking().Include(p => p.Partners).FirstAsync(p => p.Id == proposalId, ct);
        var clusterName = await db.Clusters.Where(c => c.Id == asked.ClusterId).Select(c => c.Name).FirstAsync(ct);
        await audit.RecordAsync(AuditStreams.Proposal, proposalId, "co_labelling_decided", proposal.Status.ToString(), proposal.Status.ToString(),
            new { clusterId = asked.ClusterId, outcome = asked.Outcome.ToString() }, ct);
        outbox.Enqueue(new CoLabellingDecided(proposalId, proposal.Reference, proposal.Acronym, asked.ClusterId, clusterName, asked.Outcome.ToString()!,
            asked.Motivation!, now, asked.Id, proposal.LeadOrganisationId, proposal.Partners.Select(p => p.OrganisationId).ToList()));
        await RenameOnCertificate(proposalId, asked.Outcome, now, ct);
        var saved = await db.TrySaveChangesAsync(ct);
        return saved.IsSuccess ? await GetCoLabelling.GetCoLabelling.Read(db, proposalId, ct) : saved.Error!;
    }

    /// <summary>A certificate already issued is rendered again, now naming this cluster too.</summary>
    private async Task RenameOnCertificate(Guid proposalId, CoLabellingOutcome? outcome, DateTimeOffset now, CancellationToken ct)
    {
        var certificate = outcome == CoLabellingOutcome.Labelled
            ? await db.GeneratedDocuments.FirstOrDefaultAsync(d => d.ProposalId == proposalId && d.Kind == DocumentKind.LabelCertificate, ct)
            : null;
        if (certificate is null)
        {
            return;
        }

        certificate.RequestRegeneration(now);
        if (await db.DocumentContents.FirstOrDefaultAsync(c => c.DocumentId == certificate.Id, ct) is { } content)
        {
            db.DocumentContents.Remove(content);
        }

        outbox.Enqueue(new DocumentRequested(certificate.Id, proposalId, certificate.Kind.ToString(), certificate.Version == 0 ? null : certificate.Version));
    }
}
