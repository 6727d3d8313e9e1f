using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Documents;
using FundingPortal.Application.Documents.ListDocuments;
using FundingPortal.Application.Documents.RegenerateDocument;
using FundingPortal.Application.Proposals.GetProposal;
using FundingPortal.Web.Errors;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Web.Pages.Proposals;

public sealed class DocumentsModel(GetProposal getProposal, GetCall getCall, ICurrentUser user, ListDocuments listDocuments, RegenerateDocument regenerate) : DossierPageModel(getProposal, getCall, user)
{
    private static readonly AttachmentTexts Texts = new();

    public override string Step => "documents";

    public IReadOnlyList<DocumentSummary> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAll(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRegenerateAsync(Guid id, Guid documentId, CancellationToken ct)
    {
        var result = await regenerate.Handle(documentId, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!);
            return await LoadAll(id, ct) ? Page() : NotFound();
        }

        return Done(Texts["Regenerated"]);
    }

    private async Task<bool> LoadAll(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return false;
        }

        var list = await listDocuments.Handle(id, ct);
        Documents = list.IsSuccess ? list.Value : [];
        return true;
    }
}
