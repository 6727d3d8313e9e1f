using FundingPortal.Application.Clusters;
using FundingPortal.Application.Labelling;
using FundingPortal.Domain.Documents;

namespace FundingPortal.Application.Documents;

/// <summary>"Synthèse d'évaluation": anonymised scores and comments, weighted mean, decision.</summary>
public sealed class EvaluationSummarySource(LabellingDocuments labelling) : IDocumentModelSource
{
    public DocumentKind Kind => DocumentKind.EvaluationSummary;

    public async Task<DocumentModel> Build(GeneratedDocument document, CancellationToken ct)
    {
        var data = (await labelling.EvaluationSummary(document.ProposalId, ct)).Value;
        return new EvaluationSummaryModel
        {
            IssuedAt = data.Decision.DecidedAt,
            Project = new ProjectIdentity(data.Reference, data.Acronym, data.Title),
            CallTitle = data.CallTitle,
            Experts = data.Opinions.Select(o => o.ExpertLabel).ToList(),
            ScaleMax = data.ScaleMax,
            Criteria = data.Criteria.Select(c => new CriterionSummary(c.Key, c.Label, c.Weight,
                c.Scores.Select(s => new CriterionReview(s.ExpertLabel, s.Score, s.Comment ?? string.Empty)).ToList(), c.Mean ?? 0m)).ToList(),
            OverallComments = data.Opinions.Where(o => !string.IsNullOrWhiteSpace(o.OverallComment)).Select(o => new ExpertComment(o.ExpertLabel, o.OverallComment!)).ToList(),
            WeightedMean = data.WeightedScore ?? 0m,
            Threshold = data.LabelThreshold,
            MeetsThreshold = data.MeetsThreshold,
            Decision = data.Decision.Outcome,
            Motivation = data.Decision.Motivation,
            DecisionDate = data.Decision.DecidedAt,
        };
    }
}

/// <summary>"Attestation de labellisation", numbered, for labelled projects.</summary>
public sealed class LabelCertificateSource(LabellingDocuments labelling, LabellingClusters clusters) : IDocumentModelSource
{
    public DocumentKind Kind => DocumentKind.LabelCertificate;

    public async Task<DocumentModel> Build(GeneratedDocument document, CancellationToken ct)
    {
        var data = (await labelling.LabelCertificate(document.ProposalId, ct)).Value;
        var labellingClusters = await clusters.Of(document.ProposalId, ct);
        return new LabelCertificateModel
        {
            IssuedAt = data.DecidedAt,
            CertificateNumber = data.CertificateNumber,
            DecisionDate = data.DecidedAt,
            Project = new ProjectIdentity(data.Reference, data.Acronym, data.Title),
            CallTitle = data.CallTitle,
            CallProgramme = data.Programme ?? string.Empty,
            Consortium = data.Consortium.Select(m => new ConsortiumMember(m.Name, m.IsLead ? PartnerRole.Lead : PartnerRole.Partner, m.Region)).ToList(),
            ClusterName = labellingClusters[0], // the issuer: the call's own cluster
            LabellingClusters = labellingClusters,
            Signatory = new Signatory("La présidence du comité de labellisation", "Pour le pôle de compétitivité", "Rennes"),
        };
    }
}
