using FundingPortal.Application.Accounts;
using FundingPortal.Application.Accounts.CreateApiToken;
using FundingPortal.Application.Accounts.ListApiTokens;
using FundingPortal.Application.Accounts.RevokeApiToken;
using FundingPortal.Domain.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>The person's API tokens: create one (its secret shown once, on this answer only), list them, revoke one.</summary>
[Authorize]
public sealed class ApiTokensModel(ListApiTokens list, CreateApiToken create, RevokeApiToken revoke, IStringLocalizer texts, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ApiTokenResponse> Tokens { get; private set; } = [];

    /// <summary>The secret of the token just created: rendered in this answer, never stored nor redirected.</summary>
    public string? NewSecret { get; private set; }

    public DateTimeOffset Now { get; private set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public bool Read { get; set; }

    [BindProperty]
    public bool Write { get; set; }

    [BindProperty]
    public int ValidDays { get; set; } = 90;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Read = true;
        await Load(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scopes = new[] { (Read, ApiToken.ReadScope), (Write, ApiToken.WriteScope) }.Where(s => s.Item1).Select(s => s.Item2).ToList();
        DateTimeOffset? expiresAt = ValidDays > 0 ? clock.GetUtcNow().AddDays(Math.Min(ValidDays, 365)) : null;
        var created = await create.Handle(new CreateApiTokenRequest(Name, scopes, expiresAt), ct);
        if (created.IsSuccess)
        {
            NewSecret = created.Value.Token;
            Name = null;
        }
        else
        {
            var (field, key) = created.Error!.Code switch
            {
                "invalid_token_name" => (nameof(Name), "ApiTokens.InvalidName"),
                "invalid_scope" => (nameof(Read), "ApiTokens.InvalidScope"),
                _ => (string.Empty, "ApiTokens.TooMany"),
            };
            ModelState.AddModelError(field, texts[key]);
        }

        await Load(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid tokenId, CancellationToken ct)
    {
        var revoked = await revoke.Handle(tokenId, ct);
        if (!revoked.IsSuccess)
        {
            return NotFound();
        }

        TempData["Flash"] = texts["ApiTokens.RevokedFlash"].Value;
        return RedirectToPage();
    }

    private async Task Load(CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        Tokens = await list.Handle(ct);
    }
}
