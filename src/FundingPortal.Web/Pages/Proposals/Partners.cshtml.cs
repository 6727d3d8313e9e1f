using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls;
using FundingPortal.Application.Organisations;
using FundingPortal.Application.Proposals;
using FundingPortal.Web.Errors;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Web.Pages.Proposals;

public sealed class PartnersModel(ProposalQueries queries, CallReader calls, ICurrentUser user, FindOrganisations find) : DossierPageModel(queries, calls, user)
{
    public override string Step => "partenaires";

    public string? Search { get; private set; }
    public IReadOnlyList<OrganisationDirectoryEntry> Found { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, string? recherche, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        if (!string.IsNullOrWhiteSpace(recherche))
        {
            Search = recherche.Trim();
            var digits = Search.Replace(" ", string.Empty, StringComparison.Ordinal);
            Found = digits.All(char.IsAsciiDigit) ? await find.Handle(digits, null, ct) : await find.Handle(null, Search, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(Guid id, Guid organisationId, [FromServices] EditProposal edit, CancellationToken ct)
    {
        var result = await edit.AddPartner(id, new AddPartnerRequest(organisationId), Expected, ct);
        if (!result.IsSuccess)
        {
            return await Failed(id, result.Error!, ct);
        }

        // The edit's answer was built before the new partner's organisation was loaded: read the dossier again for its name.
        var added = await Load(id, ct) ? Dossier.Partners.FirstOrDefault(p => p.OrganisationId == organisationId) : null;
        return Done($"{added?.Name ?? "L'organisation"} est ajoutée au consortium.", $"/dossiers/{id}/partenaires");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid organisationId, [FromServices] EditProposal edit, CancellationToken ct)
    {
        var result = await edit.RemovePartner(id, organisationId, Expected, ct);
        return result.IsSuccess ? Done("Le partenaire est retiré du consortium.") : await Failed(id, result.Error!, ct);
    }

    private async Task<IActionResult> Failed(Guid id, Domain.Common.Error error, CancellationToken ct)
    {
        ModelState.Clear();
        ModelState.AddError(error);
        return await Load(id, ct) ? Page() : NotFound();
    }
}
