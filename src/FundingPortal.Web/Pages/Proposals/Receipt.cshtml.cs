using System.Text.Json;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Documents;
using FundingPortal.Application.Documents.ListDocuments;
using FundingPortal.Application.Proposals.GetProposal;
using FundingPortal.Application.Proposals.GetSubmittedSnapshot;
using FundingPortal.Application.Proposals.ListProposalVersions;
using FundingPortal.Domain.Documents;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>The receipt of one submitted version, read back from its frozen snapshot.</summary>
public sealed class ReceiptPageModel(GetProposal getProposal, GetCall getCall, ICurrentUser user, ListDocuments listDocuments,
    ListProposalVersions listVersions, GetSubmittedSnapshot getSnapshot) : DossierPageModel(getProposal, getCall, user)
{
    public override string Step => "versions";

    public VersionSummary? Receipt { get; private set; }
    public SnapshotView Snapshot { get; private set; } = SnapshotView.Empty;
    public bool JustSubmitted { get; private set; }

    /// <summary>The receipt PDF of this version, produced by the worker shortly after the submission.</summary>
    public DocumentSummary? ReceiptDocument { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int number, [FromQuery(Name = "depose")] int? submitted, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        var versions = await listVersions.Handle(id, ct);
        Receipt = versions.IsSuccess ? versions.Value.FirstOrDefault(v => v.Version == number) : null;
        var json = await getSnapshot.Handle(id, number, ct);
        if (Receipt is null || !json.IsSuccess)
        {
            return NotFound();
        }

        Snapshot = SnapshotView.Parse(json.Value);
        var list = await listDocuments.Handle(id, ct);
        ReceiptDocument = list.IsSuccess ? list.Value.FirstOrDefault(d => d.Kind == DocumentKind.Receipt && d.Version == number) : null;
        JustSubmitted = submitted == 1;
        return Page();
    }

    public sealed record SnapshotAttachment(string FileName, string Sha256);

    public sealed record SnapshotPartner(string Name, string Siren, bool IsLead, decimal Total);

    public sealed record SnapshotView(string Acronym, decimal TotalBudget, IReadOnlyList<SnapshotPartner> Partners, IReadOnlyList<SnapshotAttachment> Attachments)
    {
        public static readonly SnapshotView Empty = new(string.Empty, 0, [], []);

        public static SnapshotView Parse(string json)
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            return new SnapshotView(
                root.GetProperty("acronym").GetString() ?? string.Empty,
                root.GetProperty("totalBudget").GetDecimal(),
                root.GetProperty("partners").EnumerateArray().Select(p => new SnapshotPartner(
                    p.GetProperty("name").GetString() ?? string.Empty, p.GetProperty("siren").GetString() ?? string.Empty,
                    p.GetProperty("isLead").GetBoolean(), p.GetProperty("budget").GetProperty("total").GetDecimal())).ToList(),
                root.GetProperty("attachments").EnumerateArray().Select(a => new SnapshotAttachment(
                    a.GetProperty("fileName").GetString() ?? string.Empty, a.GetProperty("sha256").GetString() ?? string.Empty)).ToList());
        }
    }
}
