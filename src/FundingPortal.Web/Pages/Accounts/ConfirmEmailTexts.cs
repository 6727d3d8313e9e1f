using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>The page the confirmation e-mail links to (<c>/compte/confirmer</c>).</summary>
public sealed class ConfirmEmailTexts : TextSet
{
    public ConfirmEmailTexts()
        : base("ConfirmEmail")
    {
        Add("Title", "Confirmer votre adresse e-mail", "Confirm your e-mail address");
        Add("Confirmed", "Votre adresse e-mail {0} est confirmée. Merci.", "Your e-mail address {0} is confirmed. Thank you.");
        Add("GoToPortal", "Aller au portail", "Go to the portal");
        Add("LinkInvalid", "Ce lien n'est plus valable : il a déjà servi, il a plus de 48 heures, ou il est incomplet.",
            "This link is no longer valid: it has already been used, it is more than 48 hours old, or it is incomplete.");
        Add("AskNewLink", "Connecté, vous pouvez demander un nouveau lien depuis la page", "Once signed in, you can ask for a new link on the page");
        Add("MyAccount", "Mon compte", "My account");
        Add("Lead", "Vous confirmez que l'adresse {0} est bien la vôtre.", "You confirm that the address {0} is yours.");
        Add("Submit", "Confirmer mon adresse e-mail", "Confirm my e-mail address");
    }
}
