using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages;

/// <summary>A landing page for visitors; signed-in users go straight to their own starting page.</summary>
public sealed class IndexModel(ICurrentUser user) : PageModel
{
    public IActionResult OnGet()
    {
        if (user.UserId == Guid.Empty)
        {
            return Page();
        }

        return Redirect(user switch
        {
            _ when user.IsInRole(Roles.ClusterManager) => "/gestion/tableau-de-bord",
            _ when user.IsInRole(Roles.Applicant) => "/dossiers",
            _ when user.IsInRole(Roles.Expert) => "/expert/affectations",
            _ when user.IsInRole(Roles.FunderOfficer) => "/financeur/demandes",
            _ => "/organisation",
        });
    }
}
