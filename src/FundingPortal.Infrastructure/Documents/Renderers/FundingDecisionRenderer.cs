using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Documents;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Infrastructure.Documents.Pdf;

namespace FundingPortal.Infrastructure.Documents.Renderers;

internal static class FundingDecisionRenderer
{
    // The documents are written in French.
    private static readonly TextFormat Format = TextFormat.French;
    private static readonly TextLabels Labels = TextLabels.French;

    public const string Title = "Notification de cofinancement";

    public static byte[] Render(FundingDecisionModel model)
    {
        var project = model.Project;
        using var pdf = new PdfComposer(new PdfDocumentInfo(
            Title,
            $"{Title} — {project.Reference} — {project.Acronym}",
            $"{project.Reference} · {project.Acronym}",
            $"Notification de cofinancement du dossier {project.Reference} — {Format.Date(model.IssuedAt)}",
            model.DocumentKey,
            model.IssuedAt));
        var theme = pdf.Theme;

        var requested = model.Funders.Sum(f => f.Lines.Sum(l => l.Requested));
        var granted = model.Funders.Sum(f => f.Lines.Sum(l => l.Granted));

        pdf.TitleBlock(model.CallTitle, Title, $"Dossier {project.Reference} — {project.Acronym}");

        pdf.KeyValues(
        [
            new("Référence du dossier", project.Reference),
            new("Acronyme", project.Acronym),
            new("Titre du projet", project.Title),
            new("Appel à projets", model.CallTitle),
            new("Date de la notification", Format.Date(model.IssuedAt)),
        ]);

        pdf.Callout(
            new CalloutParagraph(
            [
                new("Issue du cofinancement : ", theme.Body),
                new(Labels.FundingOutcome(model.Outcome), theme.BodyBold),
            ]),
            new CalloutParagraph(
            [
                new("Aide accordée : ", theme.Body),
                new(Format.Money(granted), theme.BodyBold),
                new($" sur {Format.Money(requested)} demandés ({Format.Percent(TextFormat.Share(granted, requested))})", theme.Body),
            ]));

        pdf.Paragraph(
            "Tous les financeurs sollicités pour ce projet labellisé ont rendu leur décision. Le détail des montants " +
            "accordés à chaque partenaire figure ci-dessous.");

        var section = 1;
        foreach (var funder in model.Funders)
            WriteFunder(pdf, funder, section++);

        pdf.Heading($"{section}. Récapitulatif par financeur");
        pdf.Table(
        [
            new("Financeur", 34),
            new("Décision", 16),
            new("Aide demandée", 25, TextAlign.Right),
            new("Aide accordée", 25, TextAlign.Right),
        ],
        [
            .. model.Funders.Select(f => new TableRow(
            [
                f.FunderName,
                Labels.FundingDecision(f.Decision),
                Format.Money(f.Lines.Sum(l => l.Requested)),
                Format.Money(f.Lines.Sum(l => l.Granted)),
            ])),
            new TableRow(["Total", "", Format.Money(requested), Format.Money(granted)], TableRowKind.Total),
        ]);

        pdf.Space(6);
        pdf.Paragraph(
            "Les aides accordées font l’objet de conventions conclues directement entre chaque financeur et les " +
            "partenaires bénéficiaires, qui en précisent les conditions de versement et, pour les avances " +
            "remboursables, les modalités de remboursement.",
            theme.SmallMuted);

        return pdf.Finish();
    }

    private static void WriteFunder(PdfComposer pdf, FunderDecisionSection funder, int number)
    {
        var theme = pdf.Theme;
        pdf.Heading($"{number}. {funder.FunderName}");
        pdf.Paragraph(
        [
            new("Décision du financeur : ", theme.Body),
            new(Labels.FundingDecision(funder.Decision), theme.BodyBold),
        ]);

        var declined = funder.Decision == FundingDecision.Declined;
        pdf.Table(
        [
            new("Partenaire", 37),
            new("Aide demandée", 20, TextAlign.Right),
            new("Aide accordée", 20, TextAlign.Right),
            new("Instrument", 23),
        ],
        [
            .. funder.Lines.Select(l => new TableRow(
            [
                l.PartnerName,
                Format.Money(l.Requested),
                Format.Money(l.Granted),
                declined || l.Granted == 0 ? "—" : Labels.Instrument(l.Instrument),
            ])),
            new TableRow(
            [
                "Total",
                Format.Money(funder.Lines.Sum(l => l.Requested)),
                Format.Money(funder.Lines.Sum(l => l.Granted)),
                "",
            ], TableRowKind.Total),
        ]);
    }
}
