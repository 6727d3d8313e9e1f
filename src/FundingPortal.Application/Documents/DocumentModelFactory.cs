using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Verification;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Documents;
using FundingPortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Documents;

/// <summary>Builds the data of one document. Receipts and dossiers come from the submitted snapshot; later documents from their area's source.</summary>
public sealed class DocumentModelFactory(IAppDbContext db, IEnumerable<IDocumentModelSource> sources, DocumentVerifications verifications)
{
    public async Task<DocumentModel> Build(GeneratedDocument document, CancellationToken ct) =>
        await verifications.Add(await BuildContent(document, ct), ct);

    private async Task<DocumentModel> BuildContent(GeneratedDocument document, CancellationToken ct)
    {
        if (document.Kind is DocumentKind.Receipt or DocumentKind.Dossier)
        {
            return await FromSubmittedVersion(document, ct);
        }

        var source = sources.FirstOrDefault(s => s.Kind == document.Kind)
                     ?? throw new InvalidOperationException($"No model source is registered for {document.Kind} documents.");
        return await source.Build(document, ct);
    }

    private async Task<DocumentModel> FromSubmittedVersion(GeneratedDocument document, CancellationToken ct)
    {
        var version = await db.ProposalVersions.AsNoTracking().SingleAsync(v => v.ProposalId == document.ProposalId && v.Number == document.Version, ct);
        var callId = await db.Proposals.Where(p => p.Id == document.ProposalId).Select(p => p.CallId).SingleAsync(ct);
        var call = await db.Calls.AsNoTracking().SingleAsync(c => c.Id == callId, ct);
        var funderIds = call.Funders.Select(f => f.FunderId).ToList();
        var funders = await db.Funders.AsNoTracking().Where(f => funderIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        var snapshot = SubmittedSnapshot.Parse(version.SnapshotJson);

        // A pre-proposal has estimated totals only: its receipt's amounts are those estimates.
        decimal Costs(SubmittedPartner p) => snapshot.IsPreProposal ? p.EstimatedTotal ?? 0 : p.Budget.Total;
        var plans = FundingPlanCalculator.Compute(call, funders,
                snapshot.Partners.Select(p => new PartnerCosts(p.OrganisationId, p.Category, p.Region, Costs(p))))
            .ToDictionary(p => p.Partner.OrganisationId);
        var project = new ProjectIdentity(snapshot.Reference, snapshot.Acronym, snapshot.Title);
        var lead = snapshot.Partners.First(p => p.IsLead);

        if (document.Kind == DocumentKind.Receipt)
        {
            return new ReceiptModel
            {
                IssuedAt = version.SubmittedAt,
                Project = project,
                CallTitle = call.Title,
                VersionNumber = version.Number,
                ReceiptNumber = version.ReceiptNumber,
                SubmittedAt = version.SubmittedAt,
                SnapshotSha256 = version.Sha256,
                Attachments = snapshot.Attachments,
                Partners = snapshot.Partners.Select(p => new ReceiptPartner(p.Name, p.Siren, p.Category, p.Region, Role(p.IsLead), Costs(p))).ToList(),
                TotalBudget = snapshot.IsPreProposal ? snapshot.TotalEstimate : snapshot.TotalBudget,
                TotalRequestedAid = plans.Values.Sum(p => p.TotalRequestedAid),
                IsCorrection = version.IsCorrection,
                IsPreProposal = snapshot.IsPreProposal,
            };
        }

        return new DossierModel
        {
            IssuedAt = version.SubmittedAt,
            Project = project,
            CallTitle = call.Title,
            CallProgramme = call.Programme ?? string.Empty,
            VersionNumber = version.Number,
            SubmittedAt = version.SubmittedAt,
            LeadOrganisation = lead.Name,
            Summary = snapshot.Summary,
            Keywords = snapshot.Keywords,
            TrlStart = snapshot.TrlStart,
            TrlTarget = snapshot.TrlTarget,
            DurationMonths = snapshot.DurationMonths,
            FunderNames = call.Funders.Where(f => funders.ContainsKey(f.FunderId)).Select(f => funders[f.FunderId].Name).ToList(),
            Partners = snapshot.Partners.Select(p => new DossierPartner(p.Name, p.Siren, p.Category, p.Region, Role(p.IsLead), p.Budget,
                plans[p.OrganisationId].Requests.Select(r => new RequestedAid(funders[r.FunderId].Name, r.Rate * 100m, r.RequestedAid)).ToList())).ToList(),
            Attachments = snapshot.Attachments,
        };
    }

    private static PartnerRole Role(bool isLead) => isLead ? PartnerRole.Lead : PartnerRole.Partner;
}

/// <summary>Builds the model of the documents produced by later stages (evaluation summary, label certificate, funding decision).</summary>
public interface IDocumentModelSource
{
    DocumentKind Kind { get; }

    Task<DocumentModel> Build(GeneratedDocument document, CancellationToken ct);
}
