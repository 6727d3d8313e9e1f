using System.Diagnostics.Metrics;

namespace FundingPortal.Application.Common.Telemetry;

/// <summary>
/// The portal's own instruments (meter <see cref="MeterName"/>), beside ASP.NET Core's, Npgsql's and MassTransit's:
/// submissions accepted, refusals by error code, and the two backlogs sampled by <c>BacklogSampler</c>.
/// Nothing leaves the process unless an exporter is configured (docs/observability.md).
/// </summary>
public sealed class PortalMetrics
{
    public const string MeterName = "FundingPortal";

    private readonly Counter<long> submissions;
    private readonly Counter<long> refusals;
    private double outboxLagSeconds;
    private long documentsPending;

    public PortalMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        submissions = meter.CreateCounter<long>("fp.submissions", "{submission}", "Dossier versions accepted (first submissions and answers to correction requests).");
        refusals = meter.CreateCounter<long>("fp.submission.refusals", "{refusal}", "Submissions refused, by error code (deadline_passed, not_eligible…).");
        meter.CreateObservableGauge("fp.outbox.lag", () => Volatile.Read(ref outboxLagSeconds), "s", "Age of the oldest outbox message not yet dispatched (0 when none).");
        meter.CreateObservableGauge("fp.documents.pending", () => Volatile.Read(ref documentsPending), "{document}", "Documents requested and not yet rendered.");
    }

    public void Submitted(bool correction) => submissions.Add(1, new KeyValuePair<string, object?>("kind", correction ? "correction" : "submission"));

    public void Refused(string code) => refusals.Add(1, new KeyValuePair<string, object?>("code", code));

    public void Backlog(TimeSpan outboxLag, long pendingDocuments)
    {
        Volatile.Write(ref outboxLagSeconds, Math.Max(0, outboxLag.TotalSeconds));
        Volatile.Write(ref documentsPending, pendingDocuments);
    }
}
