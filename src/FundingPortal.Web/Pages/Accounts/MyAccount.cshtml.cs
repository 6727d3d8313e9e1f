using FundingPortal.Application.Abstractions;
using FundingPortal.Infrastructure.Identity;
using FundingPortal.Infrastructure.Identity.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>The account's own security: e-mail confirmation, second factor, sessions.</summary>
[Authorize]
public sealed class MyAccountModel(UserManager<AppUser> users, ICurrentUser me) : PageModel
{
    public bool EmailConfirmed { get; private set; }
    public bool MfaEnabled { get; private set; }
    public bool ConfirmationSent { get; private set; }

    public async Task OnGetAsync() => await Load();

    public async Task<IActionResult> OnPostResendConfirmationAsync([FromServices] RequestAccountEmail request, CancellationToken ct)
    {
        await request.Handle(AccountEmailPurpose.EmailConfirmation, me.Email, ct);
        ConfirmationSent = true;
        await Load();
        return Page();
    }

    private async Task Load()
    {
        var user = await users.FindByIdAsync(me.UserId.ToString());
        EmailConfirmed = user?.EmailConfirmed == true;
        MfaEnabled = user?.TwoFactorEnabled == true;
    }
}
