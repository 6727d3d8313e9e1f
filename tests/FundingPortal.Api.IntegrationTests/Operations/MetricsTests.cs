using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Reviews;

namespace FundingPortal.Api.IntegrationTests.Operations;

/// <summary>
/// The Prometheus scrape: our counters move with what users do; only managers read it. Other test hosts in this
/// process feed the same meter, so counts are compared before and after, never to an exact total.
/// </summary>
[Collection(Collections.Reviews)]
public sealed partial class MetricsTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task The_scrape_counts_submissions_and_refusals_by_code()
    {
        var s = await ReviewScenario.Create(factory);
        var before = await Scrape(s.Manager);

        var dossier = await s.SubmitDossier("METRO", ["IA"]);
        s.Close();
        await ApiClient.AssertProblem(await dossier.Lead.Client.PostAsync($"/api/proposals/{dossier.ProposalId}/submit", null), HttpStatusCode.Conflict,
            "deadline_passed");

        var after = await Scrape(s.Manager);
        Assert.True(Value(after, "fp_submissions_total", "kind=\"submission\"") >= Value(before, "fp_submissions_total", "kind=\"submission\"") + 1, after);
        Assert.True(Value(after, "fp_submission_refusals_total", "code=\"deadline_passed\"")
            >= Value(before, "fp_submission_refusals_total", "code=\"deadline_passed\"") + 1, after);
        Assert.Contains("fp_documents_pending", after, StringComparison.Ordinal);
        Assert.Contains("fp_outbox_lag_seconds", after, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scrape_taken_right_after_a_refusal_counts_it()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("INSTANT", ["IA"]);
        s.Close();

        var before = await Scrape(s.Manager);
        await ApiClient.AssertProblem(await dossier.Lead.Client.PostAsync($"/api/proposals/{dossier.ProposalId}/submit", null), HttpStatusCode.Conflict,
            "deadline_passed");
        var after = await Scrape(s.Manager);

        Assert.True(Value(after, "fp_submission_refusals_total", "code=\"deadline_passed\"")
            >= Value(before, "fp_submission_refusals_total", "code=\"deadline_passed\"") + 1, after);
    }

    [Fact]
    public async Task Only_managers_read_the_metrics()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("PRIVE", ["IA"]);

        await ApiClient.AssertProblem(await factory.CreateClient().GetAsync("/api/metrics"), HttpStatusCode.Unauthorized, "unauthenticated");
        await ApiClient.AssertProblem(await dossier.Lead.Client.GetAsync("/api/metrics"), HttpStatusCode.Forbidden, "forbidden");
    }

    internal static async Task<string> Scrape(HttpClient manager)
    {
        var response = await manager.GetAsync("/api/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The sample of <paramref name="name"/> whose labels include <paramref name="label"/>; 0 when absent (never counted yet).</summary>
    internal static double Value(string scrape, string name, string label) =>
        scrape.Split('\n').Where(line => line.StartsWith(name + "{", StringComparison.Ordinal) && line.Contains(label, StringComparison.Ordinal))
            .Select(line => double.Parse(Sample().Match(line).Groups["value"].Value, CultureInfo.InvariantCulture))
            .DefaultIfEmpty(0).Sum();

    [GeneratedRegex(@"\}\s+(?<value>[-+0-9.eE]+)")]
    private static partial Regex Sample();
}
