using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace FundingPortal.ArchitectureTests;

/// <summary>Provider specifics and the outbox's wake-up stay in Infrastructure (ADR 0005, ADR 0012).</summary>
public sealed class PersistenceRulesTests
{
    private static readonly System.Reflection.Assembly Application = typeof(FundingPortal.Application.DependencyInjection).Assembly;
    private static readonly System.Reflection.Assembly Infrastructure = typeof(FundingPortal.Infrastructure.DependencyInjection).Assembly;
    private static readonly System.Reflection.Assembly Worker = typeof(FundingPortal.Worker.BackgroundWork).Assembly;

    [Fact]
    public void Application_sees_no_database_error_type_nor_a_raw_transaction()
    {
        var result = Types.InAssembly(Application).ShouldNot()
            .HaveDependencyOnAny("System.Data.Common", "Npgsql", "Microsoft.EntityFrameworkCore.DbUpdateException",
                "Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException", "Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction")
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Only_the_wake_up_the_dispatcher_and_the_setup_touch_the_outbox_signal()
    {
        var allowed = new[]
        {
            "FundingPortal.Infrastructure.Messaging.OutboxSignal", "FundingPortal.Infrastructure.Messaging.OutboxWakeUp",
            "FundingPortal.Infrastructure.Messaging.OutboxDispatcher", "FundingPortal.Infrastructure.DependencyInjection",
        };
        var offenders = new[] { Infrastructure, Worker }
            .SelectMany(assembly => Types.InAssembly(assembly).That().HaveDependencyOn("FundingPortal.Infrastructure.Messaging.OutboxSignal")
                .GetTypes())
            .Select(t => t.FullName!)
            .Where(name => !allowed.Any(a => name == a || name.StartsWith(a + "+", StringComparison.Ordinal)))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Only_DatabaseErrors_reads_SQLSTATEs() =>
        Assert.All(Source.FilesContaining(new Regex("SqlState|\"23505\"|\"40001\"|\"40P01\"")),
            hit => Assert.StartsWith("src/FundingPortal.Infrastructure/Persistence/DatabaseErrors.cs:", hit, StringComparison.Ordinal));

    [Fact]
    public void Raw_transactions_are_opened_by_the_transaction_runner_the_dispatcher_the_redelivery_the_document_claims_and_the_demo_seeding_only()
    {
        string[] allowed =
        [
            "src/FundingPortal.Infrastructure/Messaging/EfTransactionRunner.cs", "src/FundingPortal.Infrastructure/Messaging/OutboxBatchPublisher.cs",
            "src/FundingPortal.Infrastructure/Messaging/Parking/ParkedMessages.cs",
            // The claim is the row lock, held while the claimed documents render (ADR 0036).
            "src/FundingPortal.Infrastructure/Documents/Rendering/PendingDocumentBatch.cs",
        ];
        var offenders = Source.FilesContaining("BeginTransactionAsync(")
            .Where(hit => !allowed.Any(file => hit.StartsWith(file + ":", StringComparison.Ordinal)) && !IsDemoSeeding(hit))
            .ToList();
        Assert.Empty(offenders);
    }

    private static bool IsDemoSeeding(string hit) =>
        hit.StartsWith("src/FundingPortal.DemoData/", StringComparison.Ordinal);
}
