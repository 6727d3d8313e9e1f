using FundingPortal.Application.Abstractions;
using FundingPortal.Contracts;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;
using FundingPortal.Infrastructure.IntegrationTests.Support;
using FundingPortal.Infrastructure.Messaging;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Infrastructure.IntegrationTests.Messaging;

/// <summary>
/// Messages leave in milliseconds because the dispatcher is woken once their rows are committed; it must not be woken
/// for rows a rollback threw away. No dispatcher runs here: the test reads the signal the dispatcher would wait on.
/// </summary>
public sealed class OutboxWakeUpTests : IAsyncLifetime
{
    private WorkerTestHost _host = null!;

    private OutboxSignal Signal => _host.Services.GetRequiredService<OutboxSignal>();

    public async Task InitializeAsync() => _host = await WorkerTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_save_with_a_message_wakes_the_dispatcher_once_and_a_save_without_one_does_not()
    {
        await _host.InScope(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.Organisations.Add(NewOrganisation());
            await db.SaveChangesAsync();
            Assert.False(await WokenNow());

            db.Organisations.Add(NewOrganisation());
            sp.GetRequiredService<IOutbox>().Enqueue(Message());
            await db.SaveChangesAsync();
            Assert.True(await WokenNow());
            Assert.False(await WokenNow());
        });
    }

    [Fact]
    public async Task Inside_a_transaction_the_commit_wakes_the_dispatcher_not_the_save()
    {
        await _host.InScope(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            sp.GetRequiredService<IOutbox>().Enqueue(Message());
            await db.SaveChangesAsync();
            Assert.False(await WokenNow());

            await transaction.CommitAsync();
            Assert.True(await WokenNow());
            Assert.False(await WokenNow());
        });
    }

    [Fact]
    public async Task A_rollback_never_wakes_the_dispatcher_nor_a_later_save_without_messages()
    {
        await _host.InScope(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                sp.GetRequiredService<IOutbox>().Enqueue(Message());
                await db.SaveChangesAsync();
                await transaction.RollbackAsync();
            }

            Assert.False(await WokenNow());
            db.ChangeTracker.Clear();
            db.Organisations.Add(NewOrganisation());
            await db.SaveChangesAsync();
            Assert.False(await WokenNow());
        });
    }

    [Fact]
    public async Task The_transaction_runner_wakes_the_dispatcher_for_a_success_and_never_for_a_refusal()
    {
        await _host.InScope(async sp =>
        {
            var transactions = sp.GetRequiredService<ITransactionRunner>();
            var outbox = sp.GetRequiredService<IOutbox>();
            var refused = await transactions.RunAsync<int>(_ =>
            {
                outbox.Enqueue(Message());
                return Task.FromResult<Result<int>>(Error.Conflict("refused", "The use case said no."));
            }, CancellationToken.None);
            Assert.Equal("refused", refused.Error!.Code);
            Assert.False(await WokenNow());

            var accepted = await transactions.RunAsync<int>(_ =>
            {
                outbox.Enqueue(Message());
                return Task.FromResult<Result<int>>(1);
            }, CancellationToken.None);
            Assert.True(accepted.IsSuccess);
            Assert.True(await WokenNow());
        });
    }

    private async Task<bool> WokenNow() => await Signal.WaitAsync(TimeSpan.Zero, CancellationToken.None);

    private Organisation NewOrganisation() =>
        Organisation.Create("Société d'essai", Sirens.Next(), OrganisationCategory.Sme, "FR-BRE", null, _host.Clock.GetUtcNow()).Value;

    private static CallClosed Message() => new(Guid.NewGuid(), "Appel test", DateTimeOffset.UtcNow);
}
