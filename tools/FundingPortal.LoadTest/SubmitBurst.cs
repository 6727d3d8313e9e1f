using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace FundingPortal.LoadTest;

public sealed record Attempt(DateTimeOffset SentAt, double Milliseconds, int Status, string? Code);

public sealed record Accepted(Guid ProposalId, string Key, string Receipt, int Version, DateTimeOffset SubmittedAt);

public sealed class BurstResult
{
    public ConcurrentBag<Attempt> Attempts { get; } = [];
    public ConcurrentBag<Accepted> Accepted { get; } = [];
    public int ReceiptMismatches;
    public int GaveUp;
    public DateTimeOffset Started { get; set; }
    public DateTimeOffset Ended { get; set; }
}

/// <summary>
/// C clients submit every dossier once (retrying failures and, now and then, a success with the same
/// Idempotency-Key as a client would after a lost response), then keep resubmitting until just after the deadline.
/// </summary>
public sealed class SubmitBurst(Options options, SeedResult seed)
{
    /// <param name="warmUpUntil">When set, a warm-up round: submit until that instant, whatever the dossier count.</param>
    public async Task<BurstResult> Run(CancellationToken ct, DateTimeOffset? warmUpUntil = null)
    {
        var result = new BurstResult { Started = DateTimeOffset.UtcNow };
        var stopAt = warmUpUntil ?? seed.DeadlineUtc.AddSeconds(3);
        var hardStop = result.Started.AddSeconds(options.MaxSeconds);
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, options.Clients).Select(async _ =>
        {
            var random = new Random();
            while (!ct.IsCancellationRequested)
            {
                var now = DateTimeOffset.UtcNow;
                var index = Interlocked.Increment(ref next);
                if (now > hardStop || (now > stopAt && (warmUpUntil is not null || index >= seed.Dossiers.Count)))
                {
                    return;
                }

                var dossier = seed.Dossiers[index % seed.Dossiers.Count];
                await SubmitWithRetries(dossier, Guid.NewGuid().ToString(), random.NextDouble() < options.RetryProbability, result, ct);
            }
        }));
        result.Ended = DateTimeOffset.UtcNow;
        return result;
    }

    private async Task SubmitWithRetries(SeededDossier dossier, string key, bool replaySuccess, BurstResult result, CancellationToken ct)
    {
        string? firstReceipt = null;
        var giveUpAt = DateTimeOffset.UtcNow.AddSeconds(options.RetryForSeconds);
        for (var attempt = 0; DateTimeOffset.UtcNow < giveUpAt; attempt++)
        {
            var (status, code, body) = await Send(dossier, key, result, ct);
            if (status == 200)
            {
                var receipt = body!["receipt"]!["number"]!.GetValue<string>();
                if (firstReceipt is null)
                {
                    firstReceipt = receipt;
                    result.Accepted.Add(new Accepted(dossier.ProposalId, key, receipt, body["version"]!.GetValue<int>(), body["submittedAt"]!.GetValue<DateTimeOffset>()));
                }
                else if (firstReceipt != receipt)
                {
                    Interlocked.Increment(ref result.ReceiptMismatches);
                }

                if (!replaySuccess)
                {
                    return;
                }

                replaySuccess = false;
                continue;
            }

            var retryable = status is 0 or 429 or >= 500 || code == "concurrent_modification";
            if (!retryable)
            {
                return;
            }

            // A client that lost its answer (process killed, database restarting) tries again with the same key.
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(1000, 50 * (attempt + 1))), ct);
        }

        if (firstReceipt is null)
        {
            Interlocked.Increment(ref result.GaveUp);
        }
    }

    private static async Task<(int Status, string? Code, JsonNode? Body)> Send(SeededDossier dossier, string key, BurstResult result, CancellationToken ct)
    {
        var sentAt = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await dossier.Lead.Send(HttpMethod.Post, $"/api/proposals/{dossier.ProposalId}/submit", idempotencyKey: key, ct: ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            watch.Stop();
            var body = text.Length > 0 ? JsonNode.Parse(text) : null;
            var code = response.StatusCode == HttpStatusCode.OK ? null : body?["code"]?.GetValue<string>();
            result.Attempts.Add(new Attempt(sentAt, watch.Elapsed.TotalMilliseconds, (int)response.StatusCode, code));
            return ((int)response.StatusCode, code, body);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            result.Attempts.Add(new Attempt(sentAt, watch.Elapsed.TotalMilliseconds, 0, "network_error"));
            return (0, "network_error", null);
        }
    }
}
