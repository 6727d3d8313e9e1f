using FundingPortal.Application.Common;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FundingPortal.Web.Pages.Legal;

/// <summary>The accessibility statement: the RGAA model's text, the cluster's identity and contact from configuration.</summary>
public sealed class AccessibilityModel(IOptions<LegalOptions> legal, IOptions<PortalOptions> portal) : PageModel
{
    /// <summary>
    /// The page states the browser suite checks, as the statement says "at least N": ArchitectureTests counts the
    /// suite's <c>Snapshot(</c> calls and fails if this number claims more.
    /// </summary>
    public const int CheckedPageStates = 60;

    public LegalOptions Legal { get; } = legal.Value;

    public string PortalAddress { get; } = portal.Value.PublicUrl.TrimEnd('/');

    public DateTimeOffset StatementDate => new(Legal.AccessibilityStatementDate.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}
