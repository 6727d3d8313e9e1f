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
}
