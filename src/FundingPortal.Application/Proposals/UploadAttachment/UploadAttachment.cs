using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Application.Proposals.UploadAttachment;

/// <summary>An uploaded file as the edge received it: its name, its announced length and its content, not read yet.</summary>
public sealed record AttachmentUpload(string? FileName, long Length, Stream Content);

/// <summary>
/// PDF attachments of a dossier (the file's rules are <see cref="AttachmentIntake"/>'s; at most 50 and 100 MB per dossier,
/// the domain's). Concurrent uploads to one dossier are serialised by its version: a loser is retried from fresh
/// data, so the quota holds under any concurrency and a refused upload leaves nothing behind.
/// </summary>
public sealed class UploadAttachment(IAppDbContext db, ICurrentUser user, ProposalEditor editor, AttachmentIntake intake, RetryOnConflict retry)
{
    private const int MaxAttempts = 10;

    public async Task<Result<AttachmentDto>> Handle(Guid proposalId, string? kind, AttachmentUpload? file, CancellationToken ct)
    {
        var received = await intake.Receive(file, ct);
        if (!received.IsSuccess)
        {
            return received.Error!;
        }

        if (!Enum.TryParse<AttachmentKind>(kind, ignoreCase: false, out var attachmentKind) || !Enum.IsDefined(attachmentKind))
        {
            return Error.Field("kind", "validation_failed", "kind must be ConsortiumAgreement or Annex.");
        }

        var pdf = received.Value;
        // Another upload (or edit) of the same dossier committed first: count again from fresh data.
        ProposalAttachment? added = null;
        var edited = await retry.Run((_, token) => editor.EditLatest(proposalId, ProposalAccess.IsConsortium, "attachment_added",
            (c, now) =>
            {
                var result = c.Proposal.AddAttachment(attachmentKind, pdf.FileName, pdf.Bytes.LongLength, pdf.Sha256, user.UserId, c.Call, now);
                if (!result.IsSuccess)
                {
                    return result.Error!;
                }

                added = result.Value;
                db.AttachmentContents.Add(new AttachmentContent(added.Id, pdf.Bytes));
                return Result.Success();
            }, new { fileName = PersonalField.Of(pdf.FileName), pdf.Sha256 }, token), MaxAttempts, ct);

        if (!edited.IsSuccess)
        {
            return edited.Error!.IsConcurrentUpdate() ? ProposalEditor.StaleWrite() : edited.Error!;
        }

        return AttachmentDto.From(added!);
    }
}
