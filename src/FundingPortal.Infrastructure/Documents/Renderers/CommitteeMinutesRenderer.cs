using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Documents;
using FundingPortal.Infrastructure.Documents.Pdf;

using static FundingPortal.Infrastructure.Documents.Renderers.DocumentLanguage;

namespace FundingPortal.Infrastructure.Documents.Renderers;

internal static class CommitteeMinutesRenderer
{
    private static TextFormat Format => DocumentLanguage.Format;
    private static TextLabels Labels => DocumentLanguage.Labels;

    public static string Title => T("Procès-verbal du comité de labellisation", "Minutes of the labelling committee");

    public static byte[] Render(CommitteeMinutesModel model)
    {
        var session = Format.DateTimeWithWeekday(model.StartsAt, model.TimeZone);
        var info = new PdfDocumentInfo(
            Title,
            $"{Title} — {model.CallTitle} — {Format.Date(model.StartsAt)}",
            T($"Séance du {Format.Date(model.StartsAt)}", $"Session of {Format.Date(model.StartsAt)}"),
            T($"Procès-verbal — {model.CallTitle} — séance du {Format.Date(model.StartsAt)}", $"Minutes — {model.CallTitle} — session of {Format.Date(model.StartsAt)}"),
            model.DocumentKey,
            model.IssuedAt,
            DocumentLanguage.Tag);

        return PdfComposer.Render(info, pdf =>
        {
            var theme = pdf.Theme;
            pdf.TitleBlock($"{T("Pôle de compétitivité", "Competitiveness cluster")} {model.ClusterName}", Title, model.CallTitle);

            pdf.KeyValues(
            [
                new(T("Appel à projets", "Call for projects"), $"{model.CallTitle} ({model.CallProgramme})"),
                new(T("Séance", "Session"), session),
                new(T("Lieu", "Place"), model.Location),
                new(T("Durée d’une audition", "Length of an audition"), T($"{model.AuditionMinutes} min", $"{model.AuditionMinutes} min")),
                new(T("Clôture", "Closed"), Format.DateAndTime(model.ClosedAt)),
            ]);

            pdf.Heading(T("1. Membres du comité", "1. Committee members"));
            pdf.Table([new(T("Membre", "Member"), 100)], model.Members.Select(m => new TableRow([m])).ToArray());

            pdf.Heading(T("2. Déports", "2. Recusals"));
            if (model.Recusals.Count == 0)
            {
                pdf.Paragraph(T("Aucun membre ne s’est déporté.", "No member left the room."), theme.Label);
            }
            else
            {
                pdf.Paragraph(T("Ces membres ont quitté la salle pendant l’examen du dossier et n’ont pas pris part au vote.",
                    "These members left the room while the dossier was examined and did not take part in the vote."), theme.Label);
                pdf.Table(
                [
                    new(T("Membre", "Member"), 34),
                    new(T("Dossier", "Dossier"), 26),
                    new(T("Motif", "Reason"), 40),
                ],
                model.Recusals.Select(r => new TableRow([r.Member, $"{r.Reference} · {r.Acronym}", r.Reason])).ToArray());
            }

            pdf.Heading(T("3. Votes et décisions", "3. Votes and decisions"));
            pdf.Table(
            [
                new(T("Rang", "Rank"), 8, TextAlign.Right),
                new(T("Dossier", "Dossier"), 30),
                new(T("Votants", "Voters"), 11, TextAlign.Right),
                new(T("Pour", "For"), 9, TextAlign.Right),
                new(T("Contre", "Against"), 11, TextAlign.Right),
                new(T("Abst.", "Abst."), 9, TextAlign.Right),
                new(T("Décision", "Decision"), 22),
            ],
            model.Items.Select(i => new TableRow(
            [
                i.Position.ToString(Format.Culture),
                $"{i.Project.Reference} · {i.Project.Acronym}",
                i.Voters.ToString(Format.Culture),
                i.VotesFor.ToString(Format.Culture),
                i.VotesAgainst.ToString(Format.Culture),
                i.Abstentions.ToString(Format.Culture),
                new TableCell(Labels.Outcome(i.Outcome), theme.TableCellBold),
            ])).ToArray());

            pdf.Heading(T("4. Motivations", "4. Reasons"));
            foreach (var item in model.Items)
            {
                pdf.SubHeading($"{item.Position}. {item.Project.Acronym} — {item.Project.Title}");
                pdf.Paragraph(
                [
                    new(T("Audition : ", "Audition: "), theme.Label),
                    new(Format.DateTimeWithWeekday(item.AuditionStartsAt, model.TimeZone), theme.Body),
                    new(T("   ·   Décision : ", "   ·   Decision: "), theme.Label),
                    new(Labels.Outcome(item.Outcome), theme.BodyBold),
                    new(item.CertificateNumber is null ? string.Empty : T($"   ·   attestation n° {item.CertificateNumber}", $"   ·   certificate no. {item.CertificateNumber}"), theme.Body),
                ]);
                pdf.Text(item.Motivation);
            }

            pdf.Space(6);
            pdf.Paragraph(
                T("Les décisions ci-dessus sont les décisions de labellisation des dossiers ; chaque consortium reçoit sa synthèse d’évaluation et, pour un label, son attestation.",
                  "The decisions above are the dossiers' labelling decisions; each consortium receives its evaluation summary and, for a label, its certificate."),
                theme.SmallMuted);

            VerificationBlock.Write(pdf, model.Verification);
        });
    }
}
