using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>The texts of a dossier's message thread page, French and English together.</summary>
public sealed class MessagesTexts : TextSet
{
    public MessagesTexts()
        : base("Messages")
    {
        AddSame("StepTitle", "messages");
        Add("Heading", "Messages du dossier", "Proposal messages");
        Add("Intro", "Échanges entre le consortium et le pôle, du plus ancien au plus récent par défaut. Les experts et les financeurs ne les voient pas.",
            "Exchanges between the consortium and the cluster, oldest first unless you sort them otherwise. Experts and funders do not see them.");
        Add("Search", "Rechercher dans les messages (texte, auteur)", "Search the messages (text, author)");
        Add("Empty", "Aucun message pour le moment.", "No message yet.");
        AddSame("Consortium", "Consortium");
        Add("Cluster", "Pôle", "Cluster");
        Add("BodyLabel", "Votre message", "Your message");
        Add("BodyHint", "10 000 caractères au plus. L'autre partie est prévenue par une notification.",
            "10,000 characters at most. The other side is told by a notification.");
        Add("Send", "Envoyer", "Send");
        Add("Sent", "Votre message est envoyé.", "Your message was sent.");
        Add("TooLong", "Le message dépasse 10 000 caractères : raccourcissez-le.", "The message is longer than 10,000 characters: shorten it.");
        Add("EmptyBody", "Le message est vide.", "The message is empty.");
    }
}
