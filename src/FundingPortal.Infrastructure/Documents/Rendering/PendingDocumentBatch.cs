using FundingPortal.Application.Documents.GenerateDocument;
using FundingPortal.Application.Documents.RecordDocumentFailure;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace FundingPortal.Infrastructure.Documents.Rendering;

/// <summary>
/// Claims a few Pending documents with <c>FOR UPDATE SKIP LOCKED</c> and renders them in the claiming transaction
/// (ADR 0036). The row lock is the claim: another renderer, in this process or another, skips the rows; a killed
/// process's transaction rolls back, so its rows are Pending and unlocked again, nothing half-stored. A document is
/// rendered once: <see cref="GenerateDocument"/> leaves a Ready row alone, and no two renderers hold the same row.
/// </summary>
public sealed class PendingDocumentBatch(AppDbContext db, GenerateDocument generate, RecordDocumentFailure recordFailure)
{
    // Highest priority first (someone waiting, then current versions, then superseded ones: ADR 0038), then the oldest
    // request; the partial index on Pending rows (render_priority, last_requested_at, id) serves this order as it is.
    private const string Claim = """
        SELECT id FROM generated_documents
        WHERE status = 'Pending' AND NOT (id = ANY(@resting))
        ORDER BY render_priority, last_requested_at, id
        LIMIT @size
        FOR UPDATE SKIP LOCKED
        """;

    // The same index, one priority only: the oldest superseded documents, so a rush that never ends cannot starve them.
    private const string ClaimSuperseded = """
        SELECT id FROM generated_documents
        WHERE status = 'Pending' AND render_priority = 1 AND NOT (id = ANY(@resting))
        ORDER BY render_priority, last_requested_at, id
        LIMIT @size
        FOR UPDATE SKIP LOCKED
        """;

    // Documents of a version that is no longer its dossier's latest step back. Done here rather than in the submission's
    // transaction, which stays one round trip. The Current Pending rows are read through the partial index, in its
    // order (a materialised CTE, so the planner cannot trade it for a scan of the whole table), at most 10,000 a pass;
    // SKIP LOCKED: a row being rendered is left alone, nothing waits. EXPLAIN at 100,000 Pending rows: performance.md.
    private const string DemoteSuperseded = """
        WITH current_rows AS MATERIALIZED (
            SELECT id, proposal_id, version FROM generated_documents
            WHERE status = 'Pending' AND render_priority = 0
            ORDER BY render_priority, last_requested_at, id
            LIMIT 10000)
        UPDATE generated_documents d SET render_priority = 1
        WHERE d.id IN (
            SELECT s.id FROM generated_documents s
            JOIN current_rows c ON c.id = s.id
            JOIN proposals p ON p.id = c.proposal_id
            WHERE c.version > 0 AND c.version < p.latest_version AND s.status = 'Pending' AND s.render_priority = 0
            FOR UPDATE OF s SKIP LOCKED)
        """;

    /// <param name="resting">Documents that failed a moment ago and wait for their retry interval.</param>
    public Task<PendingDocumentOutcome> RenderNextAsync(int size, Guid[] resting, CancellationToken ct) =>
        RenderNextAsync(new PendingDocumentClaim(size, resting), ct);

    public async Task<PendingDocumentOutcome> RenderNextAsync(PendingDocumentClaim request, CancellationToken ct)
    {
        if (request.DemoteSupersededFirst)
        {
            await db.Database.ExecuteSqlRawAsync(DemoteSuperseded, ct);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = request.OldestSupersededFirst ? await ClaimAsync(ClaimSuperseded, transaction, request, ct) : [];
        if (claimed.Count == 0)
        {
            claimed = await ClaimAsync(Claim, transaction, request, ct);
        }

        var toRetry = new List<Guid>();
        foreach (var documentId in claimed)
        {
            try
            {
                await generate.Handle(documentId, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // EF rolls a failed save back to its savepoint, so the transaction can still count the failure.
                if (!await recordFailure.Handle(documentId, ex, ct))
                {
                    toRetry.Add(documentId);
                }
            }

            // The rendered bytes are written; do not keep them tracked while the next document renders.
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(ct);
        return new PendingDocumentOutcome(claimed, toRetry);
    }

    private async Task<List<Guid>> ClaimAsync(string sql, IDbContextTransaction transaction, PendingDocumentClaim request, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand(sql, connection, (NpgsqlTransaction)transaction.GetDbTransaction());
        command.Parameters.AddWithValue("resting", request.Resting);
        command.Parameters.AddWithValue("size", request.Size);
        var ids = new List<Guid>(request.Size);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }
}

/// <param name="Size">Documents claimed in one transaction.</param>
/// <param name="Resting">Documents that failed a moment ago and wait for their retry interval.</param>
/// <param name="DemoteSupersededFirst">Step back the documents of superseded versions before claiming.</param>
/// <param name="OldestSupersededFirst">Claim the oldest superseded documents rather than the highest priority (aging).</param>
public sealed record PendingDocumentClaim(int Size, Guid[] Resting, bool DemoteSupersededFirst = true, bool OldestSupersededFirst = false);

/// <param name="Claimed">Documents this batch locked and tried.</param>
/// <param name="ToRetry">Those that failed but may still succeed (fewer than three failures).</param>
public sealed record PendingDocumentOutcome(IReadOnlyList<Guid> Claimed, IReadOnlyList<Guid> ToRetry);
