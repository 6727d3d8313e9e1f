using System.Net.Sockets;
using FundingPortal.Api.Http;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FundingPortal.Api.IntegrationTests.Security;

/// <summary>
/// What a PostgreSQL restart looks like to the API (shapes taken from tools/faults.sh pg-restart's log): those become
/// 503 service_unavailable with Retry-After, while real bugs and write races keep their own answers.
/// </summary>
public sealed class DatabaseUnavailableTests
{
    public static TheoryData<string, Exception> Unavailable => new()
    {
        { "shutting down, through EF's transient-failure wrapper", new InvalidOperationException("An exception has been raised that is likely due to a transient failure.",
            new PostgresException("the database system is shutting down", "FATAL", "FATAL", "57P03")) },
        { "connection terminated by the administrator, during a save", new DbUpdateException("An error occurred while saving the entity changes.",
            new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01")) },
        { "connection refused", new InvalidOperationException("transient", new NpgsqlException("Failed to connect to 127.0.0.1:55470", new SocketException(111))) },
    };

    public static TheoryData<string, Exception> NotUnavailable => new()
    {
        { "unique violation", new DbUpdateException("save", new PostgresException("duplicate key value", "ERROR", "ERROR", "23505")) },
        { "serialization failure", new DbUpdateException("save", new PostgresException("could not serialize access", "ERROR", "ERROR", "40001")) },
        { "a bug", new InvalidOperationException("Sequence contains no elements") },
    };

    [Theory]
    [MemberData(nameof(Unavailable))]
    public void A_restarting_or_unreachable_database_is_reported_as_unavailable(string what, Exception exception) =>
        Assert.True(DatabaseUnavailableExceptionHandler.IsDatabaseUnavailable(exception), what);

    [Theory]
    [MemberData(nameof(NotUnavailable))]
    public void Other_failures_are_not_mistaken_for_an_unavailable_database(string what, Exception exception) =>
        Assert.False(DatabaseUnavailableExceptionHandler.IsDatabaseUnavailable(exception), what);
}
