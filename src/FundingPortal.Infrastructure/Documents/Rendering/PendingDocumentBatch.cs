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
    // Oldest request first; the partial index on Pending rows keeps this a short scan however many documents are Ready.
    private const string Claim = """
        SELECT id FROM generated_documents
        WHERE status = 'Pending' AND NOT (id = ANY(@resting))
        ORDER BY last_requested_at, id
        LIMIT @size
        FOR UPDATE SKIP LOCKED
        """;

    /// <param name="resting">Documents that failed a moment ago and wait for their retry interval.</param>
    public async Task<PendingDocumentOutcome> RenderNextAsync(int size, Guid[] resting, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = await ClaimAsync(transaction, size, resting, ct);
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

    private async Task<List<Guid>> ClaimAsync(IDbContextTransaction transaction, int size, Guid[] resting, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand(Claim, connection, (NpgsqlTransaction)transaction.GetDbTransaction());
        command.Parameters.AddWithValue("resting", resting);
        command.Parameters.AddWithValue("size", size);
        var ids = new List<Guid>(size);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }
}

/// <param name="Claimed">Documents this batch locked and tried.</param>
/// <param name="ToRetry">Those that failed but may still succeed (fewer than three failures).</param>
public sealed record PendingDocumentOutcome(IReadOnlyList<Guid> Claimed, IReadOnlyList<Guid> ToRetry);
