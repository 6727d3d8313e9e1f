using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Proposals;
using FundingPortal.Application.Proposals.GetProposal;
using FundingPortal.Application.Proposals.UploadAttachment;
using FundingPortal.Web.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Web.Pages.Proposals;

public sealed class AttachmentsPageModel(GetProposal getProposal, GetCall getCall, ICurrentUser user) : DossierPageModel(getProposal, getCall, user)
{
    private static readonly AttachmentTexts Texts = new();

    public override string Step => "pieces";

    public string? Kind { get; private set; }
    public string? FileError { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await Load(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, IFormFile? file, string? kind, [FromServices] UploadAttachment uploadAttachment, CancellationToken ct)
    {
        Kind = kind;
        await using var content = file?.OpenReadStream();
        var upload = file is null ? null : new AttachmentUpload(file.FileName, file.Length, content!);
        var result = (await uploadAttachment.Handle(id, kind, upload, ct)).Error;
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        if (result is not null)
        {
            ModelState.Clear();
            ModelState.AddError(result);
            FileError = result.Code == "validation_failed" ? ErrorMessages.Field("file", string.Empty, Languages.Current) : ErrorMessages.Summary(result, Languages.Current);
            return Page();
        }

        return Done(Texts.Format("Attached", Languages.Current, AttachmentIntake.SafeFileName(file!.FileName)));
    }
}
