using FundingPortal.Application.CoFunding;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Documents;

namespace FundingPortal.Application.Documents;

/// <summary>"Notification de cofinancement": granted amounts per partner × funder once every requested funder has decided.</summary>
public sealed class FundingDecisionSource(FundingDecisionDocumentBuilder query) : IDocumentModelSource
{
    public DocumentKind Kind => DocumentKind.FundingDecision;

    public async Task<DocumentModel> Build(GeneratedDocument document, CancellationToken ct)
    {
        var data = await query.Build(document.ProposalId, ct)
                   ?? throw new InvalidOperationException($"Dossier {document.ProposalId} has no funding outcome yet.");
        return new FundingDecisionModel
        {
            IssuedAt = data.DecidedAt,
            Project = new ProjectIdentity(data.Reference, data.Acronym, data.Title),
            CallTitle = data.CallTitle,
            Funders = data.Funders.Select(f => new FunderDecisionSection(f.Name,
                f.Decision,
                f.Lines.Select(l => new FundingLine(l.PartnerName, l.RequestedAid, l.GrantedAmount,
                    l.Instrument ?? FundingInstrument.Grant)).ToList())).ToList(),
            Outcome = data.Outcome,
        };
    }
}
