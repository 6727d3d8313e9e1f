using System.Security.Cryptography;
using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Audit;
using FundingPortal.Domain.Documents;
using FundingPortal.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Audit.VerifyEverything;

/// <summary>
/// Walks every audit stream of every type and every issued document, in keyset batches (memory does not grow with the
/// data): recomputes each entry's hash and link, compares each chain with the head the latest seal recorded, checks the
/// latest seal's digest against its leaves, checks each personal value kept outside the chain against the digest its
/// entry holds (ADR 0033; an erased value is not a failure), and hashes each document's stored bytes again.
/// </summary>
public sealed class VerifyEverything(IAppDbContext db)
{
    private const int EntryBatch = 2_000;
    private const int DocumentBatch = 16;

    public async Task<AuditVerificationReport> Handle(CancellationToken ct)
    {
        var found = new FailureList();
        var latestSeal = await db.AuditSeals.AsNoTracking().OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct);
        if (latestSeal is not null)
        {
            await CheckSealDigest(latestSeal, found, ct);
        }

        var streams = 0;
        var entries = 0L;
        foreach (var streamType in await StreamTypes(latestSeal, ct))
        {
            var (typeStreams, typeEntries) = await WalkStreams(streamType, latestSeal?.Id, found, ct);
            streams += typeStreams;
            entries += typeEntries;
        }

        if (latestSeal is not null)
        {
            await FindRemovedStreams(latestSeal.Id, found, ct);
        }

        var documents = await CheckDocuments(found, ct);
        return new AuditVerificationReport(found.Count == 0, streams, entries, documents, found.Listed, found.NotListed, latestSeal?.Id);
    }

    private async Task<List<string>> StreamTypes(AuditSeal? latestSeal, CancellationToken ct)
    {
        var types = await db.AuditEntries.AsNoTracking().Select(a => a.StreamType).Distinct().ToListAsync(ct);
        if (latestSeal is not null)
        {
            types.AddRange(await db.AuditSealLeaves.AsNoTracking().Where(l => l.SealId == latestSeal.Id).Select(l => l.StreamType).Distinct().ToListAsync(ct));
        }

        return types.Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private async Task<(int Streams, long Entries)> WalkStreams(string streamType, long? sealId, FailureList found, CancellationToken ct)
    {
        var streams = 0;
        var entries = 0L;
        StreamCheck? current = null;
        var lastId = Guid.Empty;
        var lastSequence = 0;
        while (true)
        {
            // stream_id >= last narrows the index range; the second condition skips what the previous batch already read.
            var batch = await db.AuditEntries.AsNoTracking()
                .Where(a => a.StreamType == streamType && a.StreamId.CompareTo(lastId) >= 0 && (a.StreamId.CompareTo(lastId) > 0 || a.Sequence > lastSequence))
                .OrderBy(a => a.StreamId).ThenBy(a => a.Sequence)
                .Take(EntryBatch)
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            var sealedHeads = await SealedHeads(sealId, streamType, batch.Select(a => a.StreamId).Distinct().ToList(), ct);
            var personalValues = await PersonalValues(batch, ct);
            foreach (var entry in batch)
            {
                if (current is null || current.StreamId != entry.StreamId)
                {
                    if (current is not null)
                    {
                        found.AddRange(current.End());
                    }

                    current = new StreamCheck(streamType, entry.StreamId, sealedHeads.GetValueOrDefault(entry.StreamId));
                    streams++;
                }

                found.AddRange(current.Next(entry));
                found.AddRange(AuditPersonalValue.FindAlteredFields(entry, personalValues));
                entries++;
            }

            lastId = batch[^1].StreamId;
            lastSequence = batch[^1].Sequence;
        }

        if (current is not null)
        {
            found.AddRange(current.End());
        }

        return (streams, entries);
    }

    private async Task<Dictionary<Guid, ChainHead>> SealedHeads(long? sealId, string streamType, List<Guid> streamIds, CancellationToken ct)
    {
        if (sealId is null)
        {
            return [];
        }

        var leaves = await db.AuditSealLeaves.AsNoTracking()
            .Where(l => l.SealId == sealId && l.StreamType == streamType && streamIds.Contains(l.StreamId))
            .ToListAsync(ct);
        return leaves.ToDictionary(l => l.StreamId, l => l.Head);
    }

    private async Task<Dictionary<string, AuditPersonalValue>> PersonalValues(List<AuditEntry> batch, CancellationToken ct)
    {
        var digests = batch.SelectMany(e => AuditPersonalValue.DigestsIn(e.Details)).Distinct().ToList();
        if (digests.Count == 0)
        {
            return [];
        }

        var values = await db.AuditPersonalValues.AsNoTracking().Where(v => digests.Contains(v.Digest)).ToListAsync(ct);
        return values.ToDictionary(v => v.Digest, StringComparer.Ordinal);
    }

    /// <summary>Streams the seal names that have no entry left at all (the walk above never meets them).</summary>
    private async Task FindRemovedStreams(long sealId, FailureList found, CancellationToken ct)
    {
        var removed = await db.AuditSealLeaves.AsNoTracking()
            .Where(l => l.SealId == sealId && !db.AuditEntries.Any(a => a.StreamType == l.StreamType && a.StreamId == l.StreamId))
            .OrderBy(l => l.Position)
            .Take(AuditVerificationReport.MaxListed)
            .ToListAsync(ct);
        found.AddRange(removed.Select(l => new AuditFailure(AuditFailure.StreamName(l.StreamType, l.StreamId), l.Sequence, null, AuditFailureReasons.StreamRemoved)));
    }

    private async Task CheckSealDigest(AuditSeal seal, FailureList found, CancellationToken ct)
    {
        var root = new MerkleRootBuilder();
        var count = 0;
        var lastPosition = -1;
        while (true)
        {
            var batch = await db.AuditSealLeaves.AsNoTracking()
                .Where(l => l.SealId == seal.Id && l.Position > lastPosition)
                .OrderBy(l => l.Position)
                .Take(EntryBatch)
                .ToListAsync(ct);
            foreach (var leaf in batch)
            {
                root.Add(leaf.Head.LeafHash());
                count++;
            }

            if (batch.Count < EntryBatch)
            {
                break;
            }

            lastPosition = batch[^1].Position;
        }

        if (count != seal.Streams || Convert.ToHexStringLower(root.Root()) != seal.Digest)
        {
            found.Add(new AuditFailure($"seal/{seal.Id}", null, null, AuditFailureReasons.SealMismatch));
        }
    }

    private async Task<int> CheckDocuments(FailureList found, CancellationToken ct)
    {
        var checkedCount = 0;
        var lastId = Guid.Empty;
        while (true)
        {
            var batch = await db.GeneratedDocuments.AsNoTracking()
                .Where(d => d.Status == DocumentStatus.Ready && d.Sha256 != null && d.Id.CompareTo(lastId) > 0)
                .OrderBy(d => d.Id)
                .Take(DocumentBatch)
                .Select(d => new
                {
                    d.Id,
                    d.ProposalId,
                    d.Sha256,
                    Bytes = db.DocumentContents.Where(c => c.DocumentId == d.Id).Select(c => c.Bytes).FirstOrDefault(),
                    Erased = db.PersonalDataErasures.Any(e => e.Kind == ErasureKind.Dossier && e.SubjectId == d.ProposalId),
                })
                .ToListAsync(ct);
            foreach (var document in batch)
            {
                var stream = AuditFailure.StreamName(AuditStreams.Proposal, document.ProposalId);
                if (document.Bytes is null && document.Erased)
                {
                    // Issued, no longer kept: the dossier is past its retention period (ADR 0033); its hash record stays.
                }
                else if (document.Bytes is null)
                {
                    found.Add(new AuditFailure(stream, null, document.Id, AuditFailureReasons.DocumentMissing));
                }
                else if (Convert.ToHexStringLower(SHA256.HashData(document.Bytes)) != document.Sha256)
                {
                    found.Add(new AuditFailure(stream, null, document.Id, AuditFailureReasons.DocumentChanged));
                }

                checkedCount++;
            }

            if (batch.Count < DocumentBatch)
            {
                return checkedCount;
            }

            lastId = batch[^1].Id;
        }
    }

    /// <summary>Every failure counts; the first <see cref="AuditVerificationReport.MaxListed"/> are kept to be named.</summary>
    private sealed class FailureList
    {
        public List<AuditFailure> Listed { get; } = [];
        public int NotListed { get; private set; }
        public int Count => Listed.Count + NotListed;

        public void Add(AuditFailure failure)
        {
            if (Listed.Count < AuditVerificationReport.MaxListed)
            {
                Listed.Add(failure);
            }
            else
            {
                NotListed++;
            }
        }

        public void AddRange(IEnumerable<AuditFailure> failures)
        {
            foreach (var failure in failures)
            {
                Add(failure);
            }
        }
    }
}
