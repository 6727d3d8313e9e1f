using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.CoFunding;

[Collection(Collections.CoFunding)]
public sealed class FundingReportTests(FundedCallFixture fixture) : IClassFixture<FundedCallFixture>
{
    private const string State = "Bpifrance (État)";
    private const string Bretagne = "Région Bretagne";
    private const string Normandie = "Région Normandie";
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private CoFundingWorld W => fixture.World;

    [Fact]
    public async Task The_summary_gives_envelope_requested_granted_and_remaining_per_funder_and_per_region()
    {
        var summary = await W.Manager.GetFromJsonAsync<JsonObject>($"/api/calls/{fixture.CallId}/funding-summary");

        Assert.Equal(
        [
            (W.State, 10_000_000m, 1_072_500m, 715_000m, 357_500m, 9_285_000m),
            (W.Bretagne, 5_000_000m, 772_500m, 457_500m, 257_500m, 4_542_500m),
            (W.Normandie, 5_000_000m, 300_000m, 150_000m, 0m, 4_850_000m),
        ], FunderLines(summary!));
        Assert.Equal([("FR-BRE", 1_545_000m, 972_500m), ("FR-NOR", 600_000m, 350_000m)], RegionLines(summary!));
        Assert.Equal((2_145_000m, 1_322_500m), (summary!["totalRequested"]!.GetValue<decimal>(), summary["totalGranted"]!.GetValue<decimal>()));
    }

    [Fact]
    public async Task An_officer_sees_only_their_funders_figures_and_applicants_none()
    {
        var bretagne = await W.Officer(W.Bretagne);
        var summary = await bretagne.GetFromJsonAsync<JsonObject>($"/api/calls/{fixture.CallId}/funding-summary");

        Assert.Equal([(W.Bretagne, 5_000_000m, 772_500m, 457_500m, 257_500m, 4_542_500m)], FunderLines(summary!));
        Assert.Equal([("FR-BRE", 772_500m, 457_500m)], RegionLines(summary!));
        await ApiClient.AssertProblem(await W.Sme.Client.GetAsync($"/api/calls/{fixture.CallId}/funding-summary"), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.AssertProblem(await W.Manager.GetAsync($"/api/calls/{Guid.NewGuid()}/funding-summary"), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task The_dashboard_counts_dossiers_per_status_and_agrees_with_the_summary()
    {
        var dashboard = await W.Manager.GetFromJsonAsync<JsonObject>("/api/dashboard");
        var summary = await W.Manager.GetFromJsonAsync<JsonObject>($"/api/calls/{fixture.CallId}/funding-summary");

        var call = dashboard!["calls"]!.AsArray().Single(c => c!["callId"]!.GetValue<Guid>() == fixture.CallId)!;
        var byStatus = call["proposalsByStatus"]!.AsObject().Where(s => s.Value!.GetValue<int>() > 0).ToDictionary(s => s.Key, s => s.Value!.GetValue<int>());
        Assert.Equal(new Dictionary<string, int> { ["Submitted"] = 1, ["FundingRequested"] = 1, ["Funded"] = 1, ["PartiallyFunded"] = 1 }, byStatus);
        Assert.Equal(4, call["totalProposals"]!.GetValue<int>());
        Assert.Equal(FunderLines(summary!), FunderLines(call.AsObject()));
        Assert.Equal(FunderLines(summary!), FunderLines(dashboard!, "aidPerFunder"));
        Assert.Equal(RegionLines(summary!), RegionLines(dashboard!, "aidPerRegion"));
        Assert.Equal(0.0715m, dashboard["aidPerFunder"]!.AsArray().Single(f => f!["funderId"]!.GetValue<Guid>() == W.State)!["consumption"]!.GetValue<decimal>());

        // These dossiers were labelled without expert review (arranged in SQL): no assignment to count.
        Assert.True(dashboard["reviewFiguresAvailable"]!.GetValue<bool>());
        Assert.Equal(0, call["reviewProgress"]!["total"]!.GetValue<int>());

        var deadline = call["nextDeadline"]!;
        Assert.Equal("submissionDeadline", deadline["milestone"]!.GetValue<string>());
        Assert.Equal(TimeSpan.FromHours(18), deadline["parisLocalDateTime"]!.GetValue<DateTime>().TimeOfDay);
        Assert.Contains(dashboard["upcomingDeadlines"]!.AsArray(), d => d!["callId"]!.GetValue<Guid>() == fixture.CallId);
        await ApiClient.AssertProblem(await W.Sme.Client.GetAsync("/api/dashboard"), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task The_csv_export_has_one_row_per_dossier_and_partner_in_french_excel_format()
    {
        var response = await W.Manager.GetAsync($"/api/calls/{fixture.CallId}/export?format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);

        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(ParseCsvLine).ToList();
        var header = lines[0];
        var rows = lines.Skip(1).Select(r => header.Zip(r).ToDictionary(x => x.First, x => x.Second)).ToList();
        Assert.Equal(12, rows.Count);
        Assert.Contains($"Aide demandée — {State}", header);

        var reference = await Reference(fixture.PartiallyFunded);
        var sme = rows.Single(r => r["Référence"] == reference && r["Code catégorie"] == "Sme");
        Assert.Equal(("Partiellement financé", "PartiallyFunded"), (sme["Statut"], sme["Code statut"]));
        Assert.Equal(("PME", "Bretagne", "FR-BRE"), (sme["Catégorie"], sme["Région"], sme["Code région"]));
        Assert.Equal("700000,00", sme["Coûts éligibles"]);
        Assert.Equal(("157500,00", "157500,00", ""), (sme[$"Aide demandée — {State}"], sme[$"Aide demandée — {Bretagne}"], sme[$"Aide demandée — {Normandie}"]));
        Assert.Equal(("157500,00", "100000,00", ""), (sme[$"Aide accordée — {State}"], sme[$"Aide accordée — {Bretagne}"], sme[$"Aide accordée — {Normandie}"]));
        Assert.Equal(("315000,00", "257500,00", "Labellisé", "Labelled"),
            (sme["Aide demandée totale"], sme["Aide accordée totale"], sme["Décision de labellisation"], sme["Code décision"]));

        var submittedOnly = await Reference(fixture.SubmittedOnly);
        var notRequested = rows.Single(r => r["Référence"] == submittedOnly && r["Code catégorie"] == "Research");
        Assert.Equal(("100000,00", "", "", ""), (notRequested[$"Aide demandée — {State}"], notRequested[$"Aide accordée — {State}"], notRequested["Décision de labellisation"],
            notRequested["Note pondérée"]));

        var large = rows.First(r => r["SIREN"].Length == 9 && r["Code catégorie"] == "Large");
        Assert.Equal("'" + FundedCallFixture.FormulaLikeName, large["Partenaire"]);

        // The export agrees with the summary to the cent.
        var summary = await W.Manager.GetFromJsonAsync<JsonObject>($"/api/calls/{fixture.CallId}/funding-summary");
        foreach (var (funderId, name) in new[] { (W.State, State), (W.Bretagne, Bretagne), (W.Normandie, Normandie) })
        {
            var line = summary!["funders"]!.AsArray().Single(f => f!["funderId"]!.GetValue<Guid>() == funderId)!;
            var requestedRows = rows.Where(r => r["Code statut"] != "Submitted");
            Assert.Equal(line["requested"]!.GetValue<decimal>(), requestedRows.Sum(r => Amount(r[$"Aide demandée — {name}"])));
            Assert.Equal(line["granted"]!.GetValue<decimal>(), rows.Sum(r => Amount(r[$"Aide accordée — {name}"])));
        }
    }

    [Fact]
    public async Task The_xlsx_export_opens_with_numbers_as_numbers_and_names_as_text()
    {
        var response = await W.Manager.GetAsync($"/api/calls/{fixture.CallId}/export?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);

        var sheet = XlsxSheet.Open(await response.Content.ReadAsByteArrayAsync(), "Dossiers");
        var headers = sheet.Rows[0].Select(c => c.Text).ToList();
        var rows = sheet.Rows.Skip(1).ToList();
        Assert.Equal(12, rows.Count);
        Assert.All(sheet.Rows[0], header => Assert.Contains(header.Style, sheet.BoldStyles));
        Assert.True(sheet.HeaderFrozen);
        Assert.Equal($"A1:{(char)('A' + headers.Count - 1)}13", sheet.Filter);

        var reference = await Reference(fixture.Funded);
        var grantedBretagne = headers.IndexOf($"Aide accordée — {Bretagne}");
        var costs = headers.IndexOf("Coûts éligibles");
        var sme = rows.Single(r => r[0].Text == reference && r[headers.IndexOf("Code catégorie")].Text == "Sme");
        Assert.Equal((XlsxCellKind.Number, 700_000m), (sme[costs].Kind, sme[costs].Number));
        Assert.Equal(4u, sheet.NumberFormats[sme[costs].Style]); // #,##0.00
        Assert.Equal(157_500m, sme[grantedBretagne].Number);

        var formulaLike = rows.Select(r => r[headers.IndexOf("Partenaire")]).First(c => c.Text == FundedCallFixture.FormulaLikeName);
        Assert.Equal(XlsxCellKind.Text, formulaLike.Kind);
        Assert.False(formulaLike.HasFormula);
    }

    [Fact]
    public async Task Exports_are_for_managers_and_unknown_formats_are_400()
    {
        await ApiClient.AssertProblem(await W.Manager.GetAsync($"/api/calls/{fixture.CallId}/export?format=pdf"), HttpStatusCode.BadRequest, "unsupported_format");
        await ApiClient.AssertProblem(await W.Sme.Client.GetAsync($"/api/calls/{fixture.CallId}/export?format=csv"), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.AssertProblem(await W.Manager.GetAsync($"/api/calls/{Guid.NewGuid()}/export?format=csv"), HttpStatusCode.NotFound, "not_found");
    }

    private async Task<string> Reference(Guid proposalId) =>
        (await W.Manager.GetFromJsonAsync<JsonObject>($"/api/proposals/{proposalId}"))!["reference"]!.GetValue<string>();

    private static decimal Amount(string cell) => cell.Length == 0 ? 0m : decimal.Parse(cell, NumberStyles.Number, French);

    private static List<(Guid, decimal, decimal, decimal, decimal, decimal)> FunderLines(JsonObject o, string property = "funders") =>
        o[property]!.AsArray().Select(f => (f!["funderId"]!.GetValue<Guid>(), f["envelope"]!.GetValue<decimal>(), f["requested"]!.GetValue<decimal>(),
            f["granted"]!.GetValue<decimal>(), f["pending"]!.GetValue<decimal>(), f["remaining"]!.GetValue<decimal>())).ToList();

    private static List<(string, decimal, decimal)> RegionLines(JsonObject o, string property = "regions") =>
        o[property]!.AsArray().Select(r => (r!["region"]!.GetValue<string>(), r["requested"]!.GetValue<decimal>(), r["granted"]!.GetValue<decimal>())).ToList();

    private static List<string> ParseCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ';' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
