using System.Text.RegularExpressions;
using FundingPortal.Web.Pages.Legal;

namespace FundingPortal.ArchitectureTests;

/// <summary>The accessibility statement (/accessibilite) says what the browser suite checks: it must not claim more.</summary>
public sealed partial class AccessibilityStatementTests
{
    [Fact]
    public void The_statement_claims_no_more_page_states_than_the_browser_suite_checks()
    {
        var journeys = Directory.EnumerateFiles(Path.Combine(Source.Root, "tests", "FundingPortal.Web.BrowserTests", "Journeys"), "*.cs", SearchOption.AllDirectories);
        var checkedStates = journeys.Sum(f => SnapshotCall().Count(File.ReadAllText(f)));

        Assert.True(AccessibilityModel.CheckedPageStates <= checkedStates,
            $"/accessibilite says at least {AccessibilityModel.CheckedPageStates} page states are checked; the browser journeys check {checkedStates} (PageChecks.Snapshot calls).");
    }

    [GeneratedRegex(@"\bSnapshot\(")]
    private static partial Regex SnapshotCall();
}
