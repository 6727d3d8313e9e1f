using FunderDecision = FundingPortal.Domain.CoFunding.FundingDecision;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FundingPortal.Application.Documents;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Labelling;
using FundingPortal.Domain.Organisations;

namespace FundingPortal.Documents.Tests;

/// <summary>
/// Realistic French sample data for the six documents: a six-partner FUI-style project whose budget
/// totals 1 300 000,00 €, plus generators for large dossiers. Everything is deterministic.
/// </summary>
public static class SampleModels
{
    public const string Reference = "FP-2026-0042";
    public const string Acronym = "OCEANIS";
    public const string ProjectTitle =
        "Observation côtière par réseaux de capteurs autonomes et jumeaux numériques des estuaires";
    public const string CallTitle = "Appel à projets collaboratifs R&D 2027 — Numérique et filières maritimes";
    public const string CallProgramme = "FUI 25 — PSPC-Régions";
    public const string ClusterName = "Atlantique Numérique";

    public const string State = "Bpifrance (État)";
    public const string Brittany = "Région Bretagne";
    public const string PaysDeLaLoire = "Région Pays de la Loire";
    public const string Normandy = "Région Normandie";

    public static readonly DateTimeOffset SubmittedAt = new(2027, 10, 19, 15, 59, 58, 412, TimeSpan.Zero);
    public static readonly DateTimeOffset CommitteeDate = new(2027, 12, 9, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset CertificateIssuedAt = new(2027, 12, 13, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset FundingNotifiedAt = new(2028, 3, 17, 14, 30, 0, TimeSpan.Zero);

    public static ProjectIdentity Project { get; } = new(Reference, Acronym, ProjectTitle);

    public static IReadOnlyList<string> Funders { get; } = [State, Brittany, PaysDeLaLoire, Normandy];

    public static IReadOnlyList<DossierPartner> Partners { get; } =
    [
        Partner("Société Générale d'Électronique", "41235678", OrganisationCategory.MidCap, "FR-BRE", PartnerRole.Lead,
            new PartnerBudget(180_000m, 72_000m, 40_000m, 35_000m, 13_000m)),
        Partner("Laboratoire Ondes & Signaux — Rennes", "19350936", OrganisationCategory.Research, "FR-BRE", PartnerRole.Partner,
            new PartnerBudget(150_000m, 60_000m, 0m, 25_000m, 10_000m)),
        Partner("Océalis SAS", "84412930", OrganisationCategory.Sme, "FR-BRE", PartnerRole.Partner,
            new PartnerBudget(120_000m, 48_000m, 15_000m, 20_000m, 7_000m)),
        Partner("Nantes Systèmes Embarqués", "79324511", OrganisationCategory.Sme, "FR-PDL", PartnerRole.Partner,
            new PartnerBudget(100_000m, 40_000m, 10_000m, 12_000m, 3_000m)),
        Partner("École d’ingénieurs du Littoral — laboratoire LEMAR", "19440871", OrganisationCategory.Research, "FR-PDL", PartnerRole.Partner,
            new PartnerBudget(110_000m, 44_000m, 0m, 18_000m, 8_000m)),
        Partner("Normandie Câbles & Réseaux", "52187745", OrganisationCategory.MidCap, "FR-NOR", PartnerRole.Partner,
            new PartnerBudget(95_000m, 38_000m, 12_000m, 10_000m, 5_000m)),
    ];

    public static IReadOnlyList<AttachmentEntry> Attachments { get; } =
    [
        Attachment("annexe-technique-OCEANIS-v3.pdf", 2_483_117),
        Attachment("accord-de-consortium-signé.pdf", 812_442),
        Attachment("lettres-d’engagement-des-partenaires.pdf", 1_204_980),
        Attachment("plan-de-travail_lots-et-livrables.pdf", 356_201),
    ];

    public static ReceiptModel Receipt() => new()
    {
        IssuedAt = SubmittedAt,
        Project = Project,
        CallTitle = CallTitle,
        VersionNumber = 3,
        ReceiptNumber = "AR-2027-001587",
        SubmittedAt = SubmittedAt,
        SnapshotSha256 = Sha256Hex($"{Reference}/v3/snapshot"),
        Attachments = Attachments,
        Partners = Partners
            .Select(p => new ReceiptPartner(p.Name, p.Siren, p.Category, p.RegionCode, p.Role, p.Budget.Total))
            .ToArray(),
        TotalBudget = Partners.Sum(p => p.Budget.Total),
        TotalRequestedAid = Partners.Sum(p => p.RequestedAid.Sum(a => a.Amount)),
    };

    public static DossierModel Dossier() => new()
    {
        IssuedAt = SubmittedAt,
        Project = Project,
        CallTitle = CallTitle,
        CallProgramme = CallProgramme,
        VersionNumber = 3,
        SubmittedAt = SubmittedAt,
        LeadOrganisation = Partners[0].Name,
        Summary = Summary,
        Keywords = ["capteurs autonomes", "jumeau numérique", "estuaires", "IoT maritime", "edge computing", "qualité des eaux"],
        TrlStart = 4,
        TrlTarget = 7,
        DurationMonths = 36,
        FunderNames = Funders,
        Partners = Partners,
        Attachments = Attachments,
    };

    /// <summary>A dossier with generated partners and a summary of about <paramref name="summaryLength"/> characters.</summary>
    public static DossierModel LargeDossier(int partnerCount, int summaryLength) => Dossier() with
    {
        Project = Project with { Reference = "FP-2026-0999", Acronym = "MEGAPROJET" },
        Partners = GeneratedPartners(partnerCount),
        Summary = LongText(summaryLength),
        Attachments = Enumerable.Range(1, 12)
            .Select(i => Attachment($"annexe-{i:00}-lot-de-travaux-{i}.pdf", 150_000L * i + 4_321))
            .ToArray(),
    };

    /// <summary>The benchmark's dossier: about twenty pages with thirty partners.</summary>
    public static DossierModel TwentyPageDossier() => LargeDossier(30, 66_000);

    public static EvaluationSummaryModel EvaluationSummary()
    {
        CriterionSummary Criterion(string key, string label, decimal weight, decimal a, decimal b, string commentA, string commentB) =>
            new(key, label, weight, [new("Expert A", a, commentA), new("Expert B", b, commentB)], (a + b) / 2);

        CriterionSummary[] criteria =
        [
            Criterion("innovation", "Caractère innovant", 25m, 4.5m, 4.0m,
                "La combinaison de capteurs autonomes à récupération d’énergie et d’un jumeau numérique hydrodynamique est réellement nouvelle pour les estuaires. L’état de l’art est bien documenté.",
                "Innovation nette sur la partie traitement embarqué ; l’apport scientifique sur la modélisation est plus incrémental."),
            Criterion("market", "Impact économique et marché", 25m, 3.5m, 4.0m,
                "Le marché des collectivités et des gestionnaires portuaires est bien identifié, mais le modèle économique du service reste à préciser.",
                "Débouchés crédibles à l’export ; les lettres de soutien de deux grands ports renforcent la crédibilité commerciale."),
            Criterion("consortium", "Qualité du consortium et place des PME", 20m, 4.0m, 4.5m,
                "Consortium équilibré, complémentarité claire entre l’industriel chef de file, les PME et les laboratoires.",
                "Les deux PME portent des lots structurants, ce qui est un point fort du dossier."),
            Criterion("feasibility", "Faisabilité technique et plan de travail", 15m, 3.5m, 3.0m,
                "Plan de travail solide mais calendrier du lot 3 ambitieux au regard des campagnes de mesure en mer.",
                "Risques techniques identifiés ; les mesures de repli mériteraient d’être détaillées, notamment pour l’autonomie énergétique."),
            Criterion("roadmap", "Adéquation avec la feuille de route du pôle", 10m, 4.5m, 4.5m,
                "Pleinement dans l’axe « Numérique pour la mer » de la feuille de route.",
                "Très bonne adéquation."),
            Criterion("territory", "Retombées territoriales", 5m, 4.0m, 3.5m,
                "Création d’emplois annoncée en Bretagne et en Pays de la Loire, crédible.",
                "Retombées surtout concentrées sur deux sites."),
        ];

        var weighted = criteria.Sum(c => c.Mean * c.Weight) / criteria.Sum(c => c.Weight);
        return new EvaluationSummaryModel
        {
            IssuedAt = CommitteeDate,
            Project = Project,
            CallTitle = CallTitle,
            Experts = ["Expert A", "Expert B"],
            ScaleMax = 5m,
            Criteria = criteria,
            OverallComments =
            [
                new("Expert A", "Projet de grande qualité, porté par un consortium solide. Je recommande la labellisation sous réserve d’une clarification du modèle économique du service de surveillance."),
                new("Expert B", "Dossier convaincant et bien construit. Le calendrier des campagnes en mer devra être sécurisé ; avis favorable à la labellisation."),
            ],
            WeightedMean = weighted,
            Threshold = 3.0m,
            MeetsThreshold = weighted >= 3.0m,
            Decision = LabellingOutcome.Labelled,
            Motivation =
                "Le comité de labellisation souligne le caractère innovant du projet et la qualité du consortium, " +
                "qui associe un industriel de taille intermédiaire, deux PME et deux laboratoires de recherche du territoire. " +
                "La moyenne pondérée dépasse le seuil de labellisation et aucun critère n’est noté en dessous du minimum.\n\n" +
                "Le comité recommande au consortium de préciser le modèle économique du service de surveillance des estuaires " +
                "et de sécuriser le calendrier des campagnes de mesure en mer avant le dépôt auprès des financeurs.",
            DecisionDate = CommitteeDate,
        };
    }

    public static LabelCertificateModel LabelCertificate() => new()
    {
        IssuedAt = CertificateIssuedAt,
        CertificateNumber = "LAB-2027-0017",
        DecisionDate = CommitteeDate,
        Project = Project,
        CallTitle = CallTitle,
        CallProgramme = CallProgramme,
        Consortium = Partners.Select(p => new ConsortiumMember(p.Name, p.Role, p.RegionCode)).ToArray(),
        ClusterName = ClusterName,
        Signatory = new Signatory("Claire Le Guennec", "Directrice générale", "Rennes"),
    };

    public static FundingDecisionModel FundingDecision()
    {
        FunderDecisionSection Section(string funder, FunderDecision decision, Func<DossierPartner, RequestedAid, decimal> granted) =>
            new(funder, decision, Partners
                .SelectMany(p => p.RequestedAid.Where(a => a.FunderName == funder).Select(a => (Partner: p, Aid: a)))
                .Select(x => new FundingLine(
                    x.Partner.Name,
                    x.Aid.Amount,
                    decision == FunderDecision.Granted ? granted(x.Partner, x.Aid) : 0m,
                    x.Partner.Category == OrganisationCategory.MidCap ? FundingInstrument.RepayableAdvance : FundingInstrument.Grant))
                .ToArray());

        return new FundingDecisionModel
        {
            IssuedAt = FundingNotifiedAt,
            Project = Project,
            CallTitle = CallTitle,
            Funders =
            [
                Section(State, FunderDecision.Granted, (_, aid) => aid.Amount),
                Section(Brittany, FunderDecision.Granted, (p, aid) => p.Name == "Océalis SAS" ? 40_000m : aid.Amount),
                Section(PaysDeLaLoire, FunderDecision.Granted, (_, aid) => aid.Amount),
                Section(Normandy, FunderDecision.Declined, (_, _) => 0m),
            ],
            Outcome = FundingOutcome.PartiallyFunded,
        };
    }

    public static CommitteeMinutesModel CommitteeMinutes() => new()
    {
        IssuedAt = CommitteeDate.AddHours(4),
        SessionId = Guid.Parse("0193c7a1-0000-7000-8000-000000000024"),
        ClusterName = ClusterName,
        CallTitle = CallTitle,
        CallProgramme = CallProgramme,
        StartsAt = CommitteeDate,
        TimeZone = "Europe/Paris",
        Location = "Salle du conseil, Rennes",
        AuditionMinutes = 20,
        ClosedAt = CommitteeDate.AddHours(4),
        Members = ["claire.le-guennec@atlantique-numerique.fr", "yves.morvan@atlantique-numerique.fr", "anne.riou@atlantique-numerique.fr"],
        Recusals = [new MinutesRecusal("yves.morvan@atlantique-numerique.fr", "FP-2026-0051", "MARÉE-IA", "Administrateur du chef de file.")],
        Items =
        [
            new MinutesItem(1, Project, CommitteeDate, 3, LabellingOutcome.Labelled, 3, 0, 0,
                "Projet structurant pour la filière maritime ; le comité recommande le cofinancement.", "LAB-2027-0017"),
            new MinutesItem(2, new ProjectIdentity("FP-2026-0051", "MARÉE-IA", "Prévision des marées par apprentissage automatique"), CommitteeDate.AddMinutes(20), 2,
                LabellingOutcome.Deferred, 1, 0, 1, "Marché à préciser ; à représenter au prochain appel.", null),
        ],
    };

    public static IEnumerable<DocumentModel> All() =>
        [Receipt(), Dossier(), EvaluationSummary(), LabelCertificate(), FundingDecision(), CommitteeMinutes()];

    private static DossierPartner Partner(string name, string sirenBase, OrganisationCategory category, string region, PartnerRole role, PartnerBudget budget)
    {
        var rate = category switch
        {
            OrganisationCategory.Sme => 22.5m,
            OrganisationCategory.MidCap => 15m,
            OrganisationCategory.Large => 12.5m,
            _ => 20m,
        };
        var regionFunder = region switch
        {
            "FR-BRE" => Brittany,
            "FR-PDL" => PaysDeLaLoire,
            _ => Normandy,
        };
        var amount = Math.Round(budget.Total * rate / 100m, 2, MidpointRounding.AwayFromZero);
        return new DossierPartner(name, Siren(sirenBase), category, region, role, budget,
            [new RequestedAid(State, rate, amount), new RequestedAid(regionFunder, rate, amount)]);
    }

    private static IReadOnlyList<DossierPartner> GeneratedPartners(int count)
    {
        string[] stems =
        [
            "Société Générale d'Électronique", "Laboratoire Ondes & Signaux — Rennes", "Océalis", "Armor Photonique",
            "Nantes Systèmes Embarqués", "Brest Océan Technologies", "Cotentin Énergies Marines", "Institut Hélios de Recherche Côtière",
            "Vendée Composites Avancés", "Lorient Géomatique", "Saint-Malo Robotique Sous-Marine", "Mayenne Électronique de Puissance",
        ];
        string[] suffixes = ["", " SAS", " Ingénierie", " Industries", " Services", " Recherche"];
        string[] regions = ["FR-BRE", "FR-PDL", "FR-NOR"];
        OrganisationCategory[] categories = [OrganisationCategory.MidCap, OrganisationCategory.Research, OrganisationCategory.Sme, OrganisationCategory.Sme, OrganisationCategory.Large];

        var partners = new List<DossierPartner>(count);
        for (var i = 0; i < count; i++)
        {
            var name = stems[i % stems.Length] + suffixes[i / stems.Length % suffixes.Length] +
                       (i >= stems.Length * suffixes.Length ? $" {i + 1}" : "");
            var scale = 1m + i % 7 * 0.37m;
            var budget = new PartnerBudget(
                Math.Round(84_250.50m * scale, 2), Math.Round(33_700.20m * scale, 2), i % 3 == 0 ? 0m : Math.Round(9_875.75m * scale, 2),
                Math.Round(14_300m * scale, 2), Math.Round(4_125.35m * scale, 2));
            var sirenBase = (31_000_000 + i * 104_729).ToString(CultureInfo.InvariantCulture);
            partners.Add(Partner(name, sirenBase, categories[i % categories.Length], regions[i % regions.Length],
                i == 0 ? PartnerRole.Lead : PartnerRole.Partner, budget));
        }

        return partners;
    }

    /// <summary>Appends the Luhn check digit to an 8-digit base.</summary>
    private static string Siren(string eightDigits)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var digit = eightDigits[7 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                    digit -= 9;
            }
            sum += digit;
        }

        return eightDigits + ((10 - sum % 10) % 10).ToString(CultureInfo.InvariantCulture);
    }

    private static AttachmentEntry Attachment(string fileName, long size) => new(fileName, size, Sha256Hex(fileName));

    private static string Sha256Hex(string seed) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)));

    private const string Summary =
        "Les estuaires de la façade atlantique concentrent des enjeux économiques, écologiques et sanitaires majeurs : activités portuaires, " +
        "conchyliculture, tourisme et préservation d’écosystèmes fragiles. Leur surveillance repose aujourd’hui sur des campagnes ponctuelles " +
        "et sur quelques bouées instrumentées coûteuses, qui ne rendent compte ni de la variabilité rapide des masses d’eau ni des épisodes " +
        "de pollution de courte durée.\n\n" +
        "OCEANIS propose un réseau dense de capteurs autonomes, alimentés par récupération d’énergie (houle et courants de marée), qui " +
        "mesurent en continu la température, la salinité, la turbidité, l’oxygène dissous et la concentration en chlorophylle. Les données " +
        "sont prétraitées à bord par des algorithmes d’apprentissage frugaux, puis transmises par un réseau bas débit longue portée vers une " +
        "plateforme qui alimente un jumeau numérique hydrodynamique de l’estuaire. Ce jumeau permet de reconstituer l’état du milieu entre " +
        "les points de mesure, d’anticiper les épisodes d’hypoxie et de simuler l’effet d’aménagements ou de rejets.\n\n" +
        "Le projet associe Société Générale d’Électronique, chef de file, qui industrialise les capteurs et la chaîne de transmission ; " +
        "le Laboratoire Ondes & Signaux, qui conçoit les antennes et les protocoles radio adaptés au milieu marin ; Océalis et Nantes Systèmes " +
        "Embarqués, deux PME qui développent respectivement la récupération d’énergie et le logiciel embarqué ; le laboratoire LEMAR, qui " +
        "apporte la modélisation hydrodynamique et la validation scientifique ; et Normandie Câbles & Réseaux, qui déploie l’infrastructure " +
        "côtière et les passerelles.\n\n" +
        "Le programme de travail est organisé en six lots sur trente-six mois : spécification et cas d’usage avec les gestionnaires de trois " +
        "estuaires pilotes (Rance, Loire et Seine), conception des capteurs et de leur alimentation, chaîne de communication, jumeau numérique, " +
        "campagnes de validation en mer et préparation de l’industrialisation. Le projet vise un passage du TRL 4 au TRL 7, avec un démonstrateur " +
        "opérationnel pendant douze mois sur l’estuaire de la Rance.\n\n" +
        "Les retombées attendues sont la commercialisation d’une offre de surveillance en service auprès des collectivités, des ports et des " +
        "agences de l’eau, la création d’une vingtaine d’emplois qualifiés sur le territoire et la publication de jeux de données ouverts " +
        "au bénéfice de la communauté scientifique.";

    private static string LongText(int length)
    {
        var builder = new StringBuilder(length + Summary.Length);
        var section = 1;
        while (builder.Length < length)
        {
            builder.Append("Partie ").Append(section++).Append(". ").Append(Summary).Append("\n\n");
        }

        return builder.ToString(0, length);
    }
}
