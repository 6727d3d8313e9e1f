using System.Net;
using System.Text;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.CoFunding;

/// <summary>
/// A call bigger than one read of the streamed export (500 dossiers at a time): every dossier × partner comes out once,
/// its partners together, in both formats.
/// </summary>
[Collection(Collections.CoFunding)]
public sealed class LargeExportTests(ApiFactory factory) : PortalTest(factory)
{
    private const int Dossiers = 1_234;

    [Fact]
    public async Task An_export_larger_than_one_read_has_every_dossier_and_partner_exactly_once()
    {
        var w = await CoFundingWorld.Create(factory);
        var callId = await w.CreateCall();
        await BulkDossiers.Seed(w, callId, Dossiers);
        var expected = Enumerable.Range(1, Dossiers).Select(i => $"BENCH-{i}").Order(StringComparer.Ordinal).ToList();

        var csv = await w.Manager.GetAsync($"/api/calls/{callId}/export?format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var csvReferences = lines.Skip(1).Select(l => l[..l.IndexOf(';', StringComparison.Ordinal)]).ToList();
        AssertThreePartnersPerDossierInOrder(expected, csvReferences);

        var xlsx = await w.Manager.GetAsync($"/api/calls/{callId}/export?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var sheet = XlsxSheet.Open(await xlsx.Content.ReadAsByteArrayAsync(), "Dossiers");
        AssertThreePartnersPerDossierInOrder(expected, sheet.Rows.Skip(1).Select(r => r[0].Text).ToList());
        Assert.EndsWith($"{(Dossiers * 3) + 1}", sheet.Filter, StringComparison.Ordinal);
        Assert.Equal(lines.Length, sheet.Rows.Count);
    }

    private static void AssertThreePartnersPerDossierInOrder(List<string> expected, List<string> references)
    {
        Assert.Equal(expected.Count * 3, references.Count);
        // The database orders references by its collation; whatever it is, each dossier's rows are together and every one appears.
        var grouped = references.Chunk(3).ToList();
        Assert.All(grouped, rows => Assert.Single(rows.Distinct()));
        Assert.Equal(expected, grouped.Select(rows => rows[0]).Order(StringComparer.Ordinal).ToList());
    }
}
