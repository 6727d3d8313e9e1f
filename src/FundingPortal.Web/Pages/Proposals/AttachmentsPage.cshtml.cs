using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls;
using FundingPortal.Application.Proposals;
using FundingPortal.Web.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Web.Pages.Proposals;

public sealed class AttachmentsPageModel(ProposalQueries queries, CallReader calls, ICurrentUser user) : DossierPageModel(queries, calls, user)
{
    public override string Step => "pieces";

    public string? Kind { get; private set; }
    public string? FileError { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await Load(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, IFormFile? file, string? kind, [FromServices] Attachments attachments, CancellationToken ct)
    {
        Kind = kind;
        byte[]? bytes = null;
        if (file is { Length: > 0 and <= Attachments.MaxBytes })
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
        }

        var result = file is { Length: > Attachments.MaxBytes }
            ? new Domain.Common.Error("file_too_large", "Attachments are 10 MB at most.", Domain.Common.ErrorKind.TooLarge)
            : (await attachments.Upload(id, kind, file?.FileName, bytes, ct)).Error;
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        if (result is not null)
        {
            ModelState.Clear();
            ModelState.AddError(result);
            FileError = result.Code == "validation_failed" ? FrenchErrors.Field("file", string.Empty) : FrenchErrors.Summary(result);
            return Page();
        }

        return Done($"Le fichier {Attachments.SafeFileName(file!.FileName)} est joint au dossier.");
    }
}
