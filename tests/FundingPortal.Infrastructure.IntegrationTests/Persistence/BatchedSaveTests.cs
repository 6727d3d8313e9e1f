using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Contracts;
using FundingPortal.Domain.Audit;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals;
using FundingPortal.Infrastructure.IntegrationTests.Support;
using FundingPortal.Infrastructure.Messaging;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Infrastructure.IntegrationTests.Persistence;

/// <summary>
/// The submit's one-round-trip save (ADR 0041) must mean exactly what <c>SaveChanges</c> means: everything or nothing,
/// a moved concurrency token refused as a conflict, values the database generates read back, the dispatcher woken
/// once the outbox rows are committed.
/// </summary>
public sealed class BatchedSaveTests : IAsyncLifetime
{
    private WorkerTestHost _host = null!;

    public async Task InitializeAsync() => _host = await WorkerTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_changed_dossier_its_audit_entry_and_its_message_are_written_together()
    {
        var proposal = await DraftProposal();
        long auditId = 0;
        await _host.InScope(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var tracked = await db.Proposals.SingleAsync(p => p.Id == proposal.Id);
            Assert.True(tracked.Withdraw(_host.Clock.GetUtcNow()).IsSuccess);
            await sp.GetRequiredService<IAuditTrail>().RecordAsync(AuditStreams.Proposal, proposal.Id, "proposal_withdrawn", "Draft", "Withdrawn", null,
                CancellationToken.None);
            sp.GetRequiredService<IOutbox>().Enqueue(new CallClosed(proposal.Id, "Appel test", _host.Clock.GetUtcNow()));

            var saved = await sp.GetRequiredService<IBatchedSave>().TrySaveAsync(CancellationToken.None);

            Assert.True(saved.IsSuccess, saved.Error?.Message);
            Assert.False(db.ChangeTracker.HasChanges());
            auditId = db.AuditEntries.Local.Single().Id;
            Assert.True(await sp.GetRequiredService<OutboxSignal>().WaitAsync(TimeSpan.Zero, CancellationToken.None));
        });

        var stored = await _host.Query(db => db.Proposals.AsNoTracking().SingleAsync(p => p.Id == proposal.Id));
        Assert.Equal(ProposalStatus.Withdrawn, stored.Status);
        Assert.Equal(proposal.ConcurrencyVersion + 1, stored.ConcurrencyVersion);
        var entry = await _host.Query(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.StreamId == proposal.Id));
        Assert.Equal(auditId, entry.Id);
        Assert.Equal("proposal_withdrawn", entry.Action);
        Assert.Equal(1, await MessagesAbout(proposal.Id));
    }

    [Fact]
    public async Task A_dossier_changed_meanwhile_refuses_the_whole_batch_as_a_conflict()
    {
        var proposal = await DraftProposal();
        await _host.InScope(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var stale = await db.Proposals.SingleAsync(p => p.Id == proposal.Id);

            await _host.InScope(async other =>
            {
                var otherDb = other.GetRequiredService<AppDbContext>();
                var fresh = await otherDb.Proposals.SingleAsync(p => p.Id == proposal.Id);
                Assert.True(fresh.Withdraw(_host.Clock.GetUtcNow()).IsSuccess);
                await otherDb.SaveChangesAsync();
            });

            Assert.True(stale.Withdraw(_host.Clock.GetUtcNow()).IsSuccess);
            db.Organisations.Add(NewOrganisation("Ajoutée avant le refus"));
            await sp.GetRequiredService<IAuditTrail>().RecordAsync(AuditStreams.Proposal, proposal.Id, "proposal_withdrawn", "Draft", "Withdrawn", null,
                CancellationToken.None);
            sp.GetRequiredService<IOutbox>().Enqueue(new CallClosed(proposal.Id, "Appel test", _host.Clock.GetUtcNow()));

            var saved = await sp.GetRequiredService<IBatchedSave>().TrySaveAsync(CancellationToken.None);

            Assert.Equal(ConcurrencyErrors.ConcurrentUpdate.Code, saved.Error?.Code);
            Assert.False(await sp.GetRequiredService<OutboxSignal>().WaitAsync(TimeSpan.Zero, CancellationToken.None));
        });

        Assert.Equal(0, await _host.Query(db => db.AuditEntries.CountAsync(a => a.StreamId == proposal.Id)));
        Assert.Equal(0, await MessagesAbout(proposal.Id));
        Assert.False(await _host.Query(db => db.Organisations.AnyAsync(o => o.Name == "Ajoutée avant le refus")));
    }

    [Fact]
    public async Task A_statement_refused_by_a_unique_index_takes_the_statements_before_it_back()
    {
        var existing = NewOrganisation("Déjà là");
        await Saved(existing);

        var before = Enumerable.Range(1, 3).Select(i => NewOrganisation($"Avant le doublon {i}")).ToList();
        var duplicate = Organisation.Create("Doublon", existing.Siren, OrganisationCategory.Large, "FR-NOR", null, _host.Clock.GetUtcNow()).Value;
        await _host.InScope(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.Organisations.AddRange(before);
            db.Organisations.Add(duplicate);

            var saved = await sp.GetRequiredService<IBatchedSave>().TrySaveAsync(CancellationToken.None);

            Assert.Equal(ConcurrencyErrors.ConcurrentUpdate.Code, saved.Error?.Code);
        });

        var ids = before.Select(o => o.Id).Append(duplicate.Id).ToList();
        Assert.Equal(0, await _host.Query(db => db.Organisations.CountAsync(o => ids.Contains(o.Id))));
    }

    [Fact]
    public async Task An_update_of_a_row_deleted_meanwhile_refuses_the_batch_even_without_a_concurrency_token()
    {
        var gone = NewOrganisation("Supprimée entre-temps");
        await Saved(gone);

        var added = NewOrganisation("Ajoutée avec la mise à jour");
        await _host.InScope(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var tracked = await db.Organisations.SingleAsync(o => o.Id == gone.Id);
            await _host.Query(other => other.Organisations.Where(o => o.Id == gone.Id).ExecuteDeleteAsync());
            db.Entry(tracked).Property(o => o.Name).CurrentValue = "Renommée";
            db.Organisations.Add(added);

            var saved = await sp.GetRequiredService<IBatchedSave>().TrySaveAsync(CancellationToken.None);

            Assert.Equal(ConcurrencyErrors.ConcurrentUpdate.Code, saved.Error?.Code);
        });

        Assert.False(await _host.Query(db => db.Organisations.AnyAsync(o => o.Id == added.Id)));
    }

    private async Task<Proposal> DraftProposal()
    {
        var lead = NewOrganisation("Chef de file");
        await Saved(lead);
        var call = await Seed.OpenCall(_host, TimeSpan.FromDays(10));
        return await Seed.Draft(_host, call, lead.Id);
    }

    private Task<int> Saved(Organisation organisation) =>
        _host.Query(async db =>
        {
            db.Organisations.Add(organisation);
            return await db.SaveChangesAsync();
        });

    private async Task<int> MessagesAbout(Guid id)
    {
        var payloads = await _host.Query(db => db.OutboxMessages.Where(m => m.Type == typeof(CallClosed).FullName).Select(m => m.Payload).ToListAsync());
        return payloads.Count(p => p.Contains(id.ToString(), StringComparison.Ordinal));
    }

    private Organisation NewOrganisation(string name) =>
        Organisation.Create(name, Sirens.Next(), OrganisationCategory.Sme, "FR-BRE", null, _host.Clock.GetUtcNow()).Value;
}
