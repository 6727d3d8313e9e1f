using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FundingPortal.Web.Pages.Legal;

/// <summary>The legal notice: publisher and host from configuration (each cluster runs its own portal).</summary>
public sealed class LegalNoticeModel(IOptions<LegalOptions> legal) : PageModel
{
    public LegalOptions Legal { get; } = legal.Value;
}
