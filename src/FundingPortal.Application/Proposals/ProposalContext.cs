using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Funders;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals;

/// <summary>A dossier with everything needed to evaluate and show it: its call, partner organisations and the call's funders.</summary>
public sealed record ProposalContext(Proposal Proposal, Call Call, IReadOnlyDictionary<Guid, Organisation> Organisations, IReadOnlyDictionary<Guid, Funder> Funders);

public sealed class ProposalContextLoader(IAppDbContext db, PublishedCallCache calls)
{
    // Compiled once (issue 22): every dossier read, the deadline's submits first, skips building and looking up the
    // query's expression tree. The context is the unit of work behind IAppDbContext.
    private static readonly Func<DbContext, Guid, CancellationToken, Task<Proposal?>> Tracked = EF.CompileAsyncQuery(
        (DbContext context, Guid id, CancellationToken _) => context.Set<Proposal>()
            .Include(p => p.Partners).Include(p => p.Attachments).Include(p => p.Corrections)
            .FirstOrDefault(p => p.Id == id));

    private static readonly Func<DbContext, Guid, CancellationToken, Task<Proposal?>> Untracked = EF.CompileAsyncQuery(
        (DbContext context, Guid id, CancellationToken _) => context.Set<Proposal>().AsNoTracking()
            .Include(p => p.Partners).Include(p => p.Attachments).Include(p => p.Corrections)
            .FirstOrDefault(p => p.Id == id));

    private static readonly Func<DbContext, Guid[], IAsyncEnumerable<Organisation>> OrganisationsById = EF.CompileAsyncQuery(
        (DbContext context, Guid[] ids) => context.Set<Organisation>().AsNoTracking().Where(o => ids.Contains(o.Id)));

    public Task<Proposal?> LoadProposal(Guid id, bool track, CancellationToken ct) =>
        (track ? Tracked : Untracked)((DbContext)db, id, ct);

    public async Task<ProposalContext> Complete(Proposal proposal, CancellationToken ct)
    {
        var organisationIds = proposal.Partners.Select(p => p.OrganisationId).ToArray();
        var organisations = new Dictionary<Guid, Organisation>(organisationIds.Length);
        await foreach (var organisation in OrganisationsById((DbContext)db, organisationIds).WithCancellation(ct))
        {
            organisations[organisation.Id] = organisation;
        }

        return await Complete(proposal, organisations, ct);
    }

    /// <summary>For a dossier read with its partner organisations already (<see cref="SubmitProposal.DossierToSubmit"/>).</summary>
    public async Task<ProposalContext> Complete(Proposal proposal, IReadOnlyDictionary<Guid, Organisation> organisations, CancellationToken ct)
    {
        var terms = await calls.Get(db, proposal.CallId, ct);
        return new ProposalContext(proposal, terms.Call, organisations, terms.Funders);
    }
}
