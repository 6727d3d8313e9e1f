namespace FundingPortal.Web.Pages.Proposals;

/// <summary>The texts of a dossier's message thread page, French and English together.</summary>
public sealed record MessagesTexts(
    string StepTitle,
    string Heading,
    string Intro,
    string Empty,
    string Consortium,
    string Cluster,
    string BodyLabel,
    string BodyHint,
    string Send,
    string Sent,
    string TooLong,
    string EmptyBody)
{
    public static readonly MessagesTexts Fr = new(
        "messages",
        "Messages du dossier",
        "Échanges entre le consortium et le pôle, du plus ancien au plus récent. Les experts et les financeurs ne les voient pas.",
        "Aucun message pour le moment.",
        "Consortium",
        "Pôle",
        "Votre message",
        "10 000 caractères au plus. L'autre partie est prévenue par une notification.",
        "Envoyer",
        "Votre message est envoyé.",
        "Le message dépasse 10 000 caractères : raccourcissez-le.",
        "Le message est vide.");

    public static readonly MessagesTexts En = new(
        "messages",
        "Proposal messages",
        "Exchanges between the consortium and the cluster, oldest first. Experts and funders do not see them.",
        "No message yet.",
        "Consortium",
        "Cluster",
        "Your message",
        "10,000 characters at most. The other side is told by a notification.",
        "Send",
        "Your message was sent.",
        "The message is longer than 10,000 characters: shorten it.",
        "The message is empty.");

    public static MessagesTexts For(string language) => language == "en" ? En : Fr;
}
