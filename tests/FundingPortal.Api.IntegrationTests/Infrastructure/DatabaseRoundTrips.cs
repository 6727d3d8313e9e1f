using System.Collections.Concurrent;
using System.Diagnostics;

namespace FundingPortal.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Counts what one request sends to PostgreSQL: each command or batch Npgsql executes is one round trip (read from
/// Npgsql's activities, so a batch written without EF Core counts too), and so is each COMMIT (from EF Core's
/// diagnostic events); BEGIN costs none (Npgsql sends it with the transaction's first command). The request is picked
/// out by the trace id it carries in a traceparent header, so the outbox dispatcher and the other collections'
/// requests running meanwhile are not counted.
/// </summary>
public sealed class DatabaseRoundTrips : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private const string TransactionStarted = "Microsoft.EntityFrameworkCore.Database.Transaction.TransactionStarted";
    private const string TransactionCommitted = "Microsoft.EntityFrameworkCore.Database.Transaction.TransactionCommitted";

    private readonly ActivityTraceId _traceId = ActivityTraceId.CreateRandom();
    private readonly ConcurrentQueue<string> _seen = new();
    private readonly List<IDisposable> _subscriptions = [];
    private readonly ActivityListener _requests;

    public DatabaseRoundTrips()
    {
        // ASP.NET Core creates a request's activity (and takes the traceparent's trace id) only when someone listens;
        // Npgsql likewise for its commands, which then belong to the request's trace.
        _requests = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Microsoft.AspNetCore" or "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (activity.Source.Name == "Npgsql" && activity.TraceId == _traceId)
                {
                    _seen.Enqueue((activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement")) as string ?? activity.DisplayName);
                }
            },
        };
        ActivitySource.AddActivityListener(_requests);
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    /// <summary>Marks a request as the one to count.</summary>
    public HttpRequestMessage Traced(HttpRequestMessage request)
    {
        request.Headers.Add("traceparent", $"00-{_traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        return request;
    }

    /// <summary>
    /// The commands (their SQL) and transactions, in order, without the sign-in's reads of the account and the session:
    /// those are cached for a few seconds per session (UserContextCache), so a rush pays them once per client every
    /// few seconds, not once per request.
    /// </summary>
    public IReadOnlyList<string> Seen => [.. _seen.Where(s => !s.Contains("FROM \"AspNetUsers\"", StringComparison.Ordinal) && !s.Contains("FROM user_sessions", StringComparison.Ordinal))];

    public int Commands => Seen.Count(s => !s.StartsWith("COMMIT", StringComparison.Ordinal) && !s.StartsWith("BEGIN", StringComparison.Ordinal));

    public int Commits => Seen.Count(s => s.StartsWith("COMMIT", StringComparison.Ordinal));

    public int RoundTrips => Commands + Commits;

    /// <summary>Forgets what was seen, to measure the next traced request alone.</summary>
    public void Clear() => _seen.Clear();

    /// <summary>One line per round trip: the first line of each statement it carried.</summary>
    public string Describe() => string.Join("\n", Seen.Select(Summary));

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "Microsoft.EntityFrameworkCore")
        {
            _subscriptions.Add(listener.Subscribe(this, name => name is TransactionStarted or TransactionCommitted));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (Activity.Current?.TraceId != _traceId)
        {
            return;
        }

        _seen.Enqueue(value.Key == TransactionStarted ? "BEGIN (sent with the next command)" : "COMMIT");
    }

    private static string Summary(string sql) =>
        string.Join(" | ", sql.Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.Split('\n')[0].Trim()));

    public void OnError(Exception error)
    {
    }

    public void OnCompleted()
    {
    }

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }

        _requests.Dispose();
    }
}
