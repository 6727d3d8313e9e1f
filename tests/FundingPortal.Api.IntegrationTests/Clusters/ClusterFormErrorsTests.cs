using System.Net;
using System.Text.RegularExpressions;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Clusters;

/// <summary>The clusters form's error summary lists the fields in the form's order: name, short name, regions.</summary>
[Collection(Collections.Proposals)]
public sealed partial class ClusterFormErrorsTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task An_empty_form_lists_its_errors_in_the_order_of_the_fields()
    {
        var session = await WebSession.SignIn(factory, ApiFactory.ManagerEmail, ApiFactory.ManagerPassword);

        var response = await session.PostForm("/gestion/poles", new() { ["Input.Name"] = "", ["Input.ShortName"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var summary = SummaryPattern().Match(html);
        Assert.True(summary.Success, "the page should show an error summary");
        var targets = LinkPattern().Matches(summary.Value).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["Input_Name", "Input_ShortName", "Input_Regions"], targets);
        Assert.True(html.IndexOf("id=\"Input_Name\"", StringComparison.Ordinal) < html.IndexOf("id=\"Input_ShortName\"", StringComparison.Ordinal),
            "the form shows the name before the short name");
    }

    [GeneratedRegex("<div class=\"error-summary\".*?</ul>", RegexOptions.Singleline)]
    private static partial Regex SummaryPattern();

    [GeneratedRegex("<a href=\"#([^\"]+)\">")]
    private static partial Regex LinkPattern();
}
