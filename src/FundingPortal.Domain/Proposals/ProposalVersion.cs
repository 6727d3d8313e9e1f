using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Proposals;

/// <summary>An immutable submitted version of a dossier: the canonical JSON snapshot and its receipt.</summary>
public sealed class ProposalVersion : Entity
{
    private ProposalVersion()
    {
    }

    internal ProposalVersion(Guid proposalId, int number, string snapshotJson, string sha256, string receiptNumber,
        DateTimeOffset submittedAt, Guid submittedBy, string? idempotencyKey, Guid? correctionRequestId = null, bool isPreProposal = false)
    {
        ProposalId = proposalId;
        Number = number;
        SnapshotJson = snapshotJson;
        Sha256 = sha256;
        ReceiptNumber = receiptNumber;
        SubmittedAt = submittedAt;
        SubmittedByUserId = submittedBy;
        IdempotencyKey = idempotencyKey;
        CorrectionRequestId = correctionRequestId;
        IsPreProposal = isPreProposal;
    }

    public Guid ProposalId { get; private set; }
    public int Number { get; private set; }
    public string SnapshotJson { get; private set; } = string.Empty;
    public string Sha256 { get; private set; } = string.Empty;
    public string ReceiptNumber { get; private set; } = string.Empty;
    public DateTimeOffset SubmittedAt { get; private set; }
    public Guid SubmittedByUserId { get; private set; }
    public string? IdempotencyKey { get; private set; }

    /// <summary>The correction request this version answers; null for an ordinary submission.</summary>
    public Guid? CorrectionRequestId { get; private set; }

    public bool IsCorrection => CorrectionRequestId is not null;

    /// <summary>The pre-proposal of a two-stage call (its receipt says so); false for a full dossier.</summary>
    public bool IsPreProposal { get; private set; }

    /// <summary>The ids of the attachments the snapshot lists.</summary>
    public IReadOnlyList<Guid> ListedAttachmentIds() =>
        System.Text.Json.Nodes.JsonNode.Parse(SnapshotJson)?["attachments"] is System.Text.Json.Nodes.JsonArray attachments
            ? attachments.Select(a => a?["id"]?.GetValue<string>()).Where(id => id is not null).Select(id => Guid.Parse(id!)).ToList()
            : [];

    /// <summary>
    /// Retention (ADR 0033): the snapshot's attachment names become "piece-jointe-n.pdf". <see cref="Sha256"/> stays the hash
    /// of the snapshot as submitted (printed on the receipt, chained in the audit), which the edited JSON no longer matches.
    /// </summary>
    public void AnonymiseAttachmentNames()
    {
        if (System.Text.Json.Nodes.JsonNode.Parse(SnapshotJson) is not System.Text.Json.Nodes.JsonObject snapshot
            || snapshot["attachments"] is not System.Text.Json.Nodes.JsonArray attachments)
        {
            return;
        }

        for (var i = 0; i < attachments.Count; i++)
        {
            if (attachments[i] is System.Text.Json.Nodes.JsonObject attachment)
            {
                attachment["fileName"] = $"piece-jointe-{i + 1}.pdf";
            }
        }

        SnapshotJson = snapshot.ToJsonString();
    }
}
