using FundingPortal.Application.Abstractions;
using FundingPortal.Contracts;
using FundingPortal.Domain.Organisations;
using FundingPortal.Infrastructure.IntegrationTests.Support;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Infrastructure.IntegrationTests.Messaging;

public sealed class OutboxAtomicityTests : IAsyncLifetime
{
    private WorkerTestHost _host = null!;

    public async Task InitializeAsync() => _host = await WorkerTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_saved_change_and_its_message_commit_together()
    {
        var organisation = NewOrganisation();
        await _host.InScope(async sp =>
        {
            sp.GetRequiredService<AppDbContext>().Organisations.Add(organisation);
            sp.GetRequiredService<IOutbox>().Enqueue(Withdrawn(organisation.Id));
            await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });

        Assert.True(await _host.Query(db => db.Organisations.AnyAsync(o => o.Id == organisation.Id)));
        Assert.Equal(1, await CountMessagesAbout(organisation.Id));
    }

    [Fact]
    public async Task A_rolled_back_transaction_leaves_neither_the_change_nor_the_message()
    {
        var organisation = NewOrganisation();
        await _host.InScope(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Organisations.Add(organisation);
            sp.GetRequiredService<IOutbox>().Enqueue(Withdrawn(organisation.Id));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        });

        Assert.False(await _host.Query(db => db.Organisations.AnyAsync(o => o.Id == organisation.Id)));
        Assert.Equal(0, await CountMessagesAbout(organisation.Id));
    }

    [Fact]
    public async Task A_save_that_fails_on_a_constraint_writes_no_message()
    {
        var first = NewOrganisation();
        await _host.Query(async db =>
        {
            db.Organisations.Add(first);
            return await db.SaveChangesAsync();
        });

        var duplicate = Organisation.Create("Doublon", first.Siren, OrganisationCategory.Large, "FR-NOR", null, _host.Clock.GetUtcNow()).Value;
        await Assert.ThrowsAsync<DbUpdateException>(() => _host.InScope(async sp =>
        {
            sp.GetRequiredService<AppDbContext>().Organisations.Add(duplicate);
            sp.GetRequiredService<IOutbox>().Enqueue(Withdrawn(duplicate.Id));
            await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }));

        Assert.Equal(0, await CountMessagesAbout(duplicate.Id));
    }

    [Fact]
    public async Task Work_that_throws_inside_the_transaction_runner_leaves_no_message()
    {
        var organisation = NewOrganisation();
        await Assert.ThrowsAsync<InvalidOperationException>(() => _host.InScope(sp =>
            sp.GetRequiredService<ITransactionRunner>().RunAsync<int>(async ct =>
            {
                sp.GetRequiredService<AppDbContext>().Organisations.Add(organisation);
                sp.GetRequiredService<IOutbox>().Enqueue(Withdrawn(organisation.Id));
                await sp.GetRequiredService<AppDbContext>().SaveChangesAsync(ct);
                throw new InvalidOperationException("the use case failed after saving");
            }, CancellationToken.None)));

        Assert.False(await _host.Query(db => db.Organisations.AnyAsync(o => o.Id == organisation.Id)));
        Assert.Equal(0, await CountMessagesAbout(organisation.Id));
    }

    private Organisation NewOrganisation() =>
        Organisation.Create("Société d'essai", Sirens.Next(), OrganisationCategory.Sme, "FR-BRE", null, _host.Clock.GetUtcNow()).Value;

    private static ProposalWithdrawn Withdrawn(Guid marker) => new(marker, Guid.NewGuid(), "REF", DateTimeOffset.UtcNow, []);

    private async Task<int> CountMessagesAbout(Guid marker)
    {
        var payloads = await _host.Query(db => db.OutboxMessages.Where(m => m.Type == typeof(ProposalWithdrawn).FullName).Select(m => m.Payload).ToListAsync());
        return payloads.Count(p => p.Contains(marker.ToString(), StringComparison.Ordinal));
    }
}
