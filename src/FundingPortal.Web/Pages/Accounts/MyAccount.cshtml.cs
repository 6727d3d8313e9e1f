using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts;
using FundingPortal.Application.Accounts.RequestAccountEmail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>The account's own security: e-mail confirmation, second factor, sessions.</summary>
[Authorize]
public sealed class MyAccountModel(IAccountSecurity accounts, ICurrentUser me) : PageModel
{
    public bool EmailConfirmed { get; private set; }
    public bool MfaEnabled { get; private set; }
    public bool ConfirmationSent { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await Load(ct);

    public async Task<IActionResult> OnPostResendConfirmationAsync([FromServices] RequestAccountEmail request, CancellationToken ct)
    {
        await request.Handle(AccountEmailPurpose.EmailConfirmation, me.Email, ct);
        ConfirmationSent = true;
        await Load(ct);
        return Page();
    }

    private async Task Load(CancellationToken ct)
    {
        var status = await accounts.StatusAsync(me.UserId, ct);
        EmailConfirmed = status?.EmailConfirmed == true;
        MfaEnabled = status?.MfaEnabled == true;
    }
}
