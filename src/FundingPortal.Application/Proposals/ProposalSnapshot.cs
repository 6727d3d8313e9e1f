using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Proposals.Submission;

namespace FundingPortal.Application.Proposals;

/// <summary>
/// The canonical JSON of a submitted version: UTF-8, no whitespace, keys in a fixed alphabetical order, partners
/// ordered lead first then by organisation id, money with exactly two decimals, instants in UTC. The receipt's
/// SHA-256 is computed over exactly these bytes, so anyone holding the snapshot can re-verify it.
/// </summary>
public static class ProposalSnapshot
{
    public static FrozenContent Build(ProposalContext context, int version, DateTimeOffset submittedAt)
    {
        var (proposal, call, organisations, _) = context;
        // A pre-proposal's snapshot adds its stage and the partners' estimates; a full dossier's bytes stay exactly as before.
        var preProposal = proposal.StageIn(call) == ProposalStage.PreProposal;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("acronym", proposal.Acronym);
            w.WriteStartArray("attachments");
            foreach (var a in proposal.Attachments.OrderBy(a => a.Id))
            {
                w.WriteStartObject();
                w.WriteString("fileName", a.FileName);
                w.WriteString("id", a.Id);
                w.WriteString("kind", a.Kind.ToString());
                w.WriteString("sha256", a.Sha256);
                w.WriteNumber("size", a.Size);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("callId", call.Id);
            w.WriteString("callTitle", call.Title);
            w.WriteNumber("durationMonths", proposal.DurationMonths);
            w.WriteStartArray("keywords");
            foreach (var k in proposal.Keywords)
            {
                w.WriteStringValue(k);
            }

            w.WriteEndArray();
            w.WriteString("leadOrganisationId", proposal.LeadOrganisationId);
            w.WriteStartArray("partners");
            foreach (var p in proposal.Partners.OrderByDescending(p => p.IsLead).ThenBy(p => p.OrganisationId))
            {
                var o = organisations[p.OrganisationId];
                w.WriteStartObject();
                w.WriteStartObject("budget");
                Money(w, "equipment", p.Budget.Equipment);
                Money(w, "otherCosts", p.Budget.OtherCosts);
                Money(w, "overheads", p.Budget.Overheads);
                Money(w, "personnel", p.Budget.Personnel);
                Money(w, "subcontracting", p.Budget.Subcontracting);
                Money(w, "total", p.Budget.Total);
                w.WriteEndObject();
                w.WriteString("category", o.Category.ToString());
                if (preProposal)
                {
                    Money(w, "estimatedTotal", p.EstimatedTotal ?? 0);
                }

                w.WriteBoolean("isLead", p.IsLead);
                w.WriteString("name", o.Name);
                w.WriteString("organisationId", o.Id);
                w.WriteString("region", o.Region);
                w.WriteString("siren", o.Siren);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("proposalId", proposal.Id);
            w.WriteString("reference", proposal.Reference);
            if (preProposal)
            {
                w.WriteString("stage", nameof(ProposalStage.PreProposal));
            }

            w.WriteString("submittedAt", submittedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
            w.WriteString("summary", proposal.Summary ?? string.Empty);
            w.WriteString("title", proposal.Title);
            Money(w, "totalBudget", proposal.TotalBudget);
            if (preProposal)
            {
                Money(w, "totalEstimate", proposal.TotalEstimate);
            }

            w.WriteNumber("trlStart", proposal.TrlStart);
            w.WriteNumber("trlTarget", proposal.TrlTarget);
            w.WriteNumber("version", version);
            w.WriteEndObject();
        }

        var bytes = stream.ToArray();
        return new FrozenContent(Encoding.UTF8.GetString(bytes), Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    private static void Money(Utf8JsonWriter w, string name, decimal amount)
    {
        w.WritePropertyName(name);
        w.WriteRawValue(decimal.Round(amount, 2).ToString("0.00", CultureInfo.InvariantCulture));
    }
}
