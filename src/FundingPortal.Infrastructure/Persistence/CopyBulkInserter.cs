using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace FundingPortal.Infrastructure.Persistence;

/// <summary>
/// Binary COPY of an entity's own table, columns and value conversions taken from the EF model (so a renamed column or
/// an enum stored as text needs no change here), on the context's connection and transaction. Owned types kept in
/// other tables are not written: a row that has one is refused.
/// </summary>
internal sealed class CopyBulkInserter(AppDbContext db) : IBulkInserter
{
    public async Task<Result> InsertAsync<T>(IReadOnlyCollection<T> rows, CancellationToken ct)
        where T : class
    {
        if (rows.Count == 0)
        {
            return Result.Success();
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A bulk insert runs inside the unit of work's transaction (ITransactionRunner).");
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity.");
        var table = StoreNames.Table(entity);
        var columns = entity.GetProperties().Where(p => p.GetColumnName(table) is not null).ToList();
        var owned = entity.GetNavigations().Where(n => n.TargetEntityType.IsOwned()).ToList();

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var names = string.Join(", ", columns.Select(c => StoreNames.Column(c, table)));
        try
        {
            await using var importer = await connection.BeginBinaryImportAsync(
                $"COPY {StoreNames.QualifiedTable(entity)} ({names}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var row in rows)
            {
                if (owned.Any(n => n.GetGetter().GetClrValue(row) is not null))
                {
                    throw new InvalidOperationException($"A new {typeof(T).Name} with an owned part cannot be bulk inserted.");
                }

                await importer.StartRowAsync(ct);
                foreach (var column in columns)
                {
                    var value = column.GetGetter().GetClrValue(row);
                    var converter = column.GetTypeMapping().Converter;
                    if (value is not null && converter is not null)
                    {
                        value = converter.ConvertToProvider(value);
                    }

                    if (value is null)
                    {
                        await importer.WriteNullAsync(ct);
                    }
                    else
                    {
                        await importer.WriteAsync(value, ct);
                    }
                }
            }

            await importer.CompleteAsync(ct);
            return Result.Success();
        }
        catch (PostgresException exception) when (DatabaseErrors.IsRace(exception))
        {
            return ConcurrencyErrors.ConcurrentUpdate;
        }
    }
}
