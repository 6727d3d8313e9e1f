using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Proposals;
using FundingPortal.Application.Proposals.GetProposal;
using FundingPortal.Application.Proposals.RemoveAttachment;
using FundingPortal.Application.Proposals.ReplaceAttachment;
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

    /// <summary>The consortium adds, replaces and deletes files while this part of the dossier is editable.</summary>
    public bool MayChange => IsConsortium && IsEditable;

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

    /// <summary>The attachment whose replacement was refused, to show the error next to its own file field.</summary>
    public Guid? ReplaceFailed { get; private set; }

    public async Task<IActionResult> OnPostReplaceAsync(Guid id, Guid attachmentId, IFormFile? file, [FromServices] ReplaceAttachment replace, CancellationToken ct)
    {
        await using var content = file?.OpenReadStream();
        var upload = file is null ? null : new AttachmentUpload(file.FileName, file.Length, content!);
        var result = await replace.Handle(id, attachmentId, upload, ct);
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            ModelState.Clear();
            ReplaceFailed = attachmentId;
            FileError = result.Error!.Code == "validation_failed" ? ErrorMessages.Field("file", string.Empty, Languages.Current) : ErrorMessages.Summary(result.Error, Languages.Current);
            ModelState.AddModelError($"replace-{attachmentId}", FileError);
            return Page();
        }

        return Done(Texts.Format("Replaced", Languages.Current, result.Value.FileName));
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid attachmentId, [FromServices] RemoveAttachment remove, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        var attachment = Dossier.Attachments.FirstOrDefault(a => a.Id == attachmentId);
        if (attachment is null)
        {
            return NotFound();
        }

        if (!Confirmed)
        {
            return AskToConfirm(Texts.Format("Confirm.Heading", Languages.Current, attachment.FileName),
                [Texts["Confirm.Current"], Texts["Confirm.Submitted"]], Texts["Confirm.Button"]);
        }

        var result = await remove.Handle(id, attachmentId, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!);
            return Page();
        }

        return Done(Texts.Format("Removed", Languages.Current, attachment.FileName));
    }
}
