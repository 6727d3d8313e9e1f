using System.Collections.Concurrent;
using System.Text;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Domain.Common;
using FundingPortal.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace FundingPortal.Infrastructure.Persistence;

/// <summary>
/// Writes the tracked changes as one <see cref="NpgsqlBatch"/> (issue 22, ADR 0041): one round trip, where
/// <c>SaveChanges</c> takes two (its statements with BEGIN, then COMMIT) and rebuilds every statement's SQL on every
/// save. The batch ends in one Sync, so PostgreSQL runs it as one implicit transaction: a statement that fails rolls
/// back the ones before it. Each INSERT's SQL is built once per entity type from the EF model (tables, columns,
/// value conversions) and then prepared by Npgsql like any statement used twice.
/// <para>
/// What it does not know how to write (a deletion, an owned or complex part, an open transaction of the caller's) goes
/// to <see cref="AppDbContext.TrySaveChangesAsync"/> whole: the batch is a shortcut, never a second meaning.
/// </para>
/// </summary>
internal sealed class BatchedSave(AppDbContext db, OutboxWakeUp outboxWakeUp) : IBatchedSave
{
    private static readonly ConcurrentDictionary<(IEntityType Type, string Omitted), string> InsertSql = new();
    private static readonly ConcurrentDictionary<IEntityType, bool> Writable = new();

    // The type mappings create parameters through a command; creating one keeps no state in it, so one serves every save.
    private static readonly NpgsqlCommand ParameterFactory = new();

    public async Task<Result> TrySaveAsync(CancellationToken cancellationToken)
    {
        var entries = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (entries.Count == 0)
        {
            return Result.Success();
        }

        if (db.Database.CurrentTransaction is not null || !entries.All(CanWrite))
        {
            return await db.TrySaveChangesAsync(cancellationToken);
        }

        await using var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection());
        // The result sets come back in the order of the statements that return rows: a checked UPDATE's count, an
        // INSERT's generated values.
        var resultSets = new List<(EntityEntry Entry, IReadOnlyList<IProperty> Generated)>();
        foreach (var entry in entries)
        {
            var generated = entry.State == EntityState.Added ? Insert(batch, entry) : Update(batch, entry);
            if (generated is not null)
            {
                resultSets.Add((entry, generated));
            }
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            foreach (var (entry, generated) in resultSets)
            {
                await reader.ReadAsync(cancellationToken);
                ReadGeneratedValues(reader, entry, generated);
                await reader.NextResultAsync(cancellationToken);
            }

            // A statement's error reaches the reader only when its result is reached: read to the end inside the try.
            while (await reader.NextResultAsync(cancellationToken))
            {
            }
        }
        catch (PostgresException exception) when (DatabaseErrors.IsCheckedUpdateWithoutItsRow(exception) || DatabaseErrors.IsRace(exception))
        {
            outboxWakeUp.AfterBatch(db, committed: false);
            return ConcurrencyErrors.ConcurrentUpdate;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        db.ChangeTracker.AcceptAllChanges();
        outboxWakeUp.AfterBatch(db, committed: true);
        return Result.Success();
    }

    private static bool CanWrite(EntityEntry entry) => entry.State != EntityState.Deleted && Writable.GetOrAdd(entry.Metadata, IsPlainTable);

    private static bool IsPlainTable(IEntityType type) =>
        type.GetTableName() is not null
            && type.BaseType is null && !type.GetDerivedTypes().Any()
            && !type.IsOwned() && !type.GetNavigations().Any(n => n.TargetEntityType.IsOwned())
            && !type.GetComplexProperties().Any()
            && type.GetProperties().All(p => p.GetColumnName(StoreNames.Table(type)) is not null)
            && !type.Model.GetEntityTypes().Any(other => other != type && other.GetTableName() == type.GetTableName() && other.GetSchema() == type.GetSchema());

    /// <summary>
    /// Adds the INSERT of an added entity. Values the database generates (an identity column still holding EF's
    /// temporary value, a column default the entity left at its default) are left out and read back with RETURNING.
    /// </summary>
    private static IReadOnlyList<IProperty>? Insert(NpgsqlBatch batch, EntityEntry entry)
    {
        var type = entry.Metadata;
        var written = new List<IProperty>();
        var returned = new List<IProperty>();
        foreach (var property in type.GetProperties())
        {
            var value = entry.Property(property.Name);
            var generatedByStore = property.ValueGenerated.HasFlag(ValueGenerated.OnAdd)
                && (value.IsTemporary || Equals(value.CurrentValue, property.Sentinel));
            (generatedByStore ? returned : written).Add(property);
        }

        var omitted = string.Join(',', returned.Select(p => p.Name));
        var sql = InsertSql.GetOrAdd((type, omitted), key => InsertStatement(key.Type, written, returned));
        var command = new NpgsqlBatchCommand(sql);
        foreach (var property in written)
        {
            command.Parameters.Add(Parameter(property, entry.CurrentValues[property]));
        }

        batch.BatchCommands.Add(command);
        return returned.Count == 0 ? null : returned;
    }

    /// <summary>
    /// Adds the UPDATE of the modified columns, checked as <c>SaveChanges</c> checks it: the statement divides by the
    /// number of rows it matched, so no row (another writer moved a concurrency token, or the row is gone) fails the whole
    /// batch, as a <see cref="DbUpdateConcurrencyException"/> fails <c>SaveChanges</c>, instead of committing the rest.
    /// </summary>
    private static IReadOnlyList<IProperty> Update(NpgsqlBatch batch, EntityEntry entry)
    {
        var type = entry.Metadata;
        var table = StoreNames.Table(type);
        var command = new NpgsqlBatchCommand();
        var set = new StringBuilder();
        var where = new StringBuilder();
        foreach (var property in type.GetProperties().Where(p => entry.Property(p.Name).IsModified))
        {
            command.Parameters.Add(Parameter(property, entry.CurrentValues[property]));
            set.Append(set.Length == 0 ? string.Empty : ", ").Append(StoreNames.Column(property, table)).Append(" = $").Append(command.Parameters.Count);
        }

        var checkedProperties = type.FindPrimaryKey()!.Properties.Concat(type.GetProperties().Where(p => p.IsConcurrencyToken)).Distinct();
        foreach (var property in checkedProperties)
        {
            where.Append(where.Length == 0 ? string.Empty : " AND ").Append(StoreNames.Column(property, table));
            if (entry.OriginalValues[property] is { } original)
            {
                command.Parameters.Add(Parameter(property, original));
                where.Append(" = $").Append(command.Parameters.Count);
            }
            else
            {
                where.Append(" IS NULL");
            }
        }

        command.CommandText = $"WITH changed AS (UPDATE {StoreNames.QualifiedTable(type)} SET {set} WHERE {where} RETURNING 1) SELECT 1 / count(*) FROM changed";
        batch.BatchCommands.Add(command);
        return [];
    }

    private static string InsertStatement(IEntityType type, IReadOnlyList<IProperty> written, IReadOnlyList<IProperty> returned)
    {
        var table = StoreNames.Table(type);
        var columns = string.Join(", ", written.Select(p => StoreNames.Column(p, table)));
        var values = string.Join(", ", written.Select((_, i) => "$" + (i + 1)));
        var returning = returned.Count == 0 ? string.Empty : " RETURNING " + string.Join(", ", returned.Select(p => StoreNames.Column(p, table)));
        return $"INSERT INTO {StoreNames.QualifiedTable(type)} ({columns}) VALUES ({values}){returning}";
    }

    private static void ReadGeneratedValues(NpgsqlDataReader reader, EntityEntry entry, IReadOnlyList<IProperty> properties)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            var mapping = (RelationalTypeMapping)properties[i].GetTypeMapping();
            var value = reader.GetValue(i);
            entry.Property(properties[i].Name).CurrentValue = mapping.Converter is { } converter ? converter.ConvertFromProvider(value) : value;
        }
    }

    private static NpgsqlParameter Parameter(IProperty property, object? value) =>
        (NpgsqlParameter)((RelationalTypeMapping)property.GetTypeMapping()).CreateParameter(ParameterFactory, string.Empty, value, property.IsNullable);

}
