using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Documents;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Infrastructure.Documents.Pdf;

using static FundingPortal.Infrastructure.Documents.Renderers.DocumentLanguage;

namespace FundingPortal.Infrastructure.Documents.Renderers;

internal static class FundingDecisionRenderer
{
    private static TextFormat Format => DocumentLanguage.Format;
    private static TextLabels Labels => DocumentLanguage.Labels;

    public static string Title => T("Notification de cofinancement", "Co-funding notice");

    public static byte[] Render(FundingDecisionModel model)
    {
        var project = model.Project;
        var info = new PdfDocumentInfo(
            Title,
            $"{Title} — {project.Reference} — {project.Acronym}",
            $"{project.Reference} · {project.Acronym}",
            T($"Notification de cofinancement du dossier {project.Reference} — {Format.Date(model.IssuedAt)}", $"Co-funding notice of dossier {project.Reference} — {Format.Date(model.IssuedAt)}"),
            model.DocumentKey,
            model.IssuedAt,
            DocumentLanguage.Tag);

        return PdfComposer.Render(info, pdf =>
        {
            var theme = pdf.Theme;

            var requested = model.Funders.Sum(f => f.Lines.Sum(l => l.Requested));
            var granted = model.Funders.Sum(f => f.Lines.Sum(l => l.Granted));

            pdf.TitleBlock(model.CallTitle, Title, $"Dossier {project.Reference} — {project.Acronym}");

            pdf.KeyValues(
            [
                .. ProjectRows.Of(project, model.CallTitle),
                new(T("Date de la notification", "Notice date"), Format.Date(model.IssuedAt)),
            ]);

            pdf.Callout(
                new CalloutParagraph(
                [
                    new(T("Issue du cofinancement : ", "Co-funding outcome: "), theme.Body),
                    new(Labels.FundingOutcome(model.Outcome), theme.BodyBold),
                ]),
                new CalloutParagraph(
                [
                    new(T("Aide accordée : ", "Aid granted: "), theme.Body),
                    new(Format.Money(granted), theme.BodyBold),
                    new(T($" sur {Format.Money(requested)} demandés ({Format.Percent(TextFormat.Share(granted, requested))})", $" of {Format.Money(requested)} requested ({Format.Percent(TextFormat.Share(granted, requested))})"), theme.Body),
                ]));

            pdf.Paragraph(
                T("Tous les financeurs sollicités pour ce projet labellisé ont rendu leur décision. Le détail des montants " +
                  "accordés à chaque partenaire figure ci-dessous.",
                  "Every funder asked for this labelled project has decided. The amounts granted to each partner are detailed below."));

            var section = 1;
            foreach (var funder in model.Funders)
                WriteFunder(pdf, funder, section++);

            pdf.Heading($"{section}. {T("Récapitulatif par financeur", "Summary per funder")}");
            pdf.Table(
            [
                new(T("Financeur", "Funder"), 34),
                new(T("Décision", "Decision"), 16),
                new(T("Aide demandée", "Aid requested"), 25, TextAlign.Right),
                new(T("Aide accordée", "Aid granted"), 25, TextAlign.Right),
            ],
            [
                .. model.Funders.Select(f => new TableRow(
                [
                    f.FunderName,
                    Labels.FundingDecision(f.Decision),
                    Format.Money(f.Lines.Sum(l => l.Requested)),
                    Format.Money(f.Lines.Sum(l => l.Granted)),
                ])),
                new TableRow([T("Total", "Total"), "", Format.Money(requested), Format.Money(granted)], TableRowKind.Total),
            ]);

            pdf.Space(6);
            pdf.Paragraph(
                T("Les aides accordées font l’objet de conventions conclues directement entre chaque financeur et les " +
                  "partenaires bénéficiaires, qui en précisent les conditions de versement et, pour les avances " +
                  "remboursables, les modalités de remboursement.",
                  "Granted aid is governed by agreements signed directly between each funder and the beneficiary " +
                  "partners, which set the payment terms and, for repayable advances, the repayment terms."),
                theme.SmallMuted);

            VerificationBlock.Write(pdf, model.Verification);
        });
    }

    private static void WriteFunder(PdfComposer pdf, FunderDecisionSection funder, int number)
    {
        var theme = pdf.Theme;
        pdf.Heading($"{number}. {funder.FunderName}");
        pdf.Paragraph(
        [
            new(T("Décision du financeur : ", "Funder's decision: "), theme.Body),
            new(Labels.FundingDecision(funder.Decision), theme.BodyBold),
        ]);

        var declined = funder.Decision == FundingDecision.Declined;
        pdf.Table(
        [
            new(T("Partenaire", "Partner"), 37),
            new(T("Aide demandée", "Aid requested"), 20, TextAlign.Right),
            new(T("Aide accordée", "Aid granted"), 20, TextAlign.Right),
            new(T("Instrument", "Instrument"), 23),
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
                T("Total", "Total"),
                Format.Money(funder.Lines.Sum(l => l.Requested)),
                Format.Money(funder.Lines.Sum(l => l.Granted)),
                "",
            ], TableRowKind.Total),
        ]);
    }
}
