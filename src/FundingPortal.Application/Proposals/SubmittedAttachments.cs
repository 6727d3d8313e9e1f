using System.Text.Json;
using FundingPortal.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals;

/// <summary>
/// The attachments a submitted version lists stay part of that version's record (its frozen snapshot holds their names
/// and hashes) even once removed from, or replaced in, the dossier being edited: their bytes are kept and served.
/// </summary>
public sealed class SubmittedAttachments(IAppDbContext db)
{
    public Task<bool> AreListing(Guid proposalId, Guid attachmentId, CancellationToken ct)
    {
        var id = attachmentId.ToString();
        return db.ProposalVersions.AnyAsync(v => v.ProposalId == proposalId && v.SnapshotJson.Contains(id), ct);
    }

    /// <summary>The file name the latest version listing the attachment gave it, or null when no version lists it.</summary>
    public async Task<string?> FileName(Guid proposalId, Guid attachmentId, CancellationToken ct)
    {
        var id = attachmentId.ToString();
        var snapshot = await db.ProposalVersions.AsNoTracking()
            .Where(v => v.ProposalId == proposalId && v.SnapshotJson.Contains(id))
            .OrderByDescending(v => v.Number)
            .Select(v => v.SnapshotJson)
            .FirstOrDefaultAsync(ct);
        if (snapshot is null)
        {
            return null;
        }

        using var json = JsonDocument.Parse(snapshot);
        return json.RootElement.GetProperty("attachments").EnumerateArray()
            .Where(a => a.GetProperty("id").GetGuid() == attachmentId)
            .Select(a => a.GetProperty("fileName").GetString())
            .FirstOrDefault();
    }
}
