using System.Data;
using System.Data.Common;
using FundingPortal.Application.CoFunding;
using FundingPortal.Application.FundingSimulation;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Reviews.Evaluation;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FundingPortal.Infrastructure.FundingSimulation;

/// <summary>
/// One query: the call's labelled dossiers (a status only a label leads to) with their ranking figures, and the partners of each one's last submitted
/// version taken out of the snapshot by PostgreSQL (the same fields <see cref="FundingPlanBasis.FromSnapshot"/> reads, in
/// the snapshot's order: lead first), so the snapshots' other kilobytes never leave the database.
/// Managers and funders move the envelopes again and again over the same dossiers, so what was read is kept in memory
/// under the call's fingerprint: every labelled dossier's id, version, acronym and ranking figures, read without any
/// snapshot (a few milliseconds). A dossier labelled, corrected, re-scored or gone changes the fingerprint and the
/// dossiers are read again; a submitted version never changes, so nothing else can make the kept list wrong.
/// </summary>
internal sealed class SqlLabelledDossierSource(AppDbContext db, IMemoryCache cache) : ILabelledDossierSource
{
    private const string Labelled = "p.call_id = @call AND p.status IN ('Labelled', 'FundingRequested', 'Funded', 'PartiallyFunded', 'NotFunded')";
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(10);

    private const string FingerprintSql = $"""
        SELECT md5(coalesce(string_agg(concat_ws(':', p.id, p.latest_version, p.acronym, e.weighted_score, e.innovation_mean, e.market_mean), ',' ORDER BY p.id), ''))
        FROM proposals p
        LEFT JOIN proposal_evaluations e ON e.proposal_id = p.id
        WHERE {Labelled}
        """;

    private const string Sql = $"""
        SELECT p.id, p.reference, p.acronym, e.weighted_score, e.innovation_mean, e.market_mean,
            x.partner ->> 'organisationId', x.partner ->> 'category', x.partner ->> 'region', (x.partner -> 'budget' ->> 'total')::numeric,
            x.partner ->> 'name', x.partner ->> 'siren', (x.partner ->> 'isLead')::boolean
        FROM proposals p
        JOIN proposal_versions v ON v.proposal_id = p.id AND v.number = p.latest_version
        LEFT JOIN proposal_evaluations e ON e.proposal_id = p.id
        LEFT JOIN LATERAL jsonb_array_elements(v.snapshot_json::jsonb -> 'partners') WITH ORDINALITY AS x(partner, position) ON true
        WHERE {Labelled}
        ORDER BY p.id, x.position
        """;

    public async Task<IReadOnlyList<LabelledDossier>> Read(Guid callId, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var fingerprintCommand = Command(FingerprintSql, callId);
            var fingerprint = (string)(await fingerprintCommand.ExecuteScalarAsync(ct))!;
            var key = (typeof(SqlLabelledDossierSource), callId);
            if (cache.TryGetValue(key, out (string Fingerprint, IReadOnlyList<LabelledDossier> Dossiers) kept) && kept.Fingerprint == fingerprint)
            {
                return kept.Dossiers;
            }

            var dossiers = await ReadAll(callId, ct);
            cache.Set(key, (fingerprint, dossiers), new MemoryCacheEntryOptions { SlidingExpiration = KeepFor });
            return dossiers;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private DbCommand Command(string sql, Guid callId)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "call";
        parameter.DbType = DbType.Guid;
        parameter.Value = callId;
        command.Parameters.Add(parameter);
        return command;
    }

    private async Task<IReadOnlyList<LabelledDossier>> ReadAll(Guid callId, CancellationToken ct)
    {
        await using var command = Command(Sql, callId);
        var dossiers = new List<LabelledDossier>();
        List<PlannedPartner>? partners = null;
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
        while (await reader.ReadAsync(ct))
        {
            // Sequential access: every column is read in order, on every row.
            var (id, reference, acronym) = (reader.GetGuid(0), reader.GetString(1), reader.GetString(2));
            var key = new RankingKey(NullableDecimal(reader, 3), NullableDecimal(reader, 4), NullableDecimal(reader, 5), reference);
            if (dossiers.Count == 0 || dossiers[^1].ProposalId != id)
            {
                partners = [];
                dossiers.Add(new LabelledDossier(id, reference, acronym, key, partners));
            }

            if (!reader.IsDBNull(6))
            {
                var costs = new PartnerCosts(Guid.Parse(reader.GetString(6)), Enum.Parse<OrganisationCategory>(reader.GetString(7)), reader.GetString(8), reader.GetDecimal(9));
                partners!.Add(new PlannedPartner(costs, reader.GetString(10), reader.GetString(11), reader.GetBoolean(12)));
            }
        }

        return dossiers;
    }

    private static decimal? NullableDecimal(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDecimal(ordinal);
}
