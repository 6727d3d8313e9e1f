using System.Net;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Notifications;

namespace FundingPortal.Infrastructure.Identity.Accounts;

/// <summary>The French account e-mails: plain text and a sober HTML twin, each with the one link it is about.</summary>
public static class AccountEmails
{
    public static EmailMessage PasswordReset(string to, string link) => Compose(to,
        "Changement de votre mot de passe",
        ["Vous avez demandé à changer le mot de passe de votre compte sur le portail des projets du Pôle Ouest.",
         "Ce lien est valable une heure et ne sert qu'une fois :"],
        link, "Choisir un nouveau mot de passe",
        ["Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste le même."]);

    public static EmailMessage EmailConfirmation(string to, string link) => Compose(to,
        "Confirmez votre adresse e-mail",
        ["Votre compte est créé sur le portail des projets du Pôle Ouest. Vous pouvez déjà vous connecter et préparer vos dossiers.",
         "Pour accepter une invitation ou être désigné expert ou financeur, confirmez votre adresse avec ce lien, valable 48 heures et une seule fois :"],
        link, "Confirmer mon adresse e-mail",
        ["Si vous n'avez pas créé ce compte, ignorez ce message."]);

    public static EmailMessage AlreadyRegistered(string to, string portalUrl) => Compose(to,
        "Un compte existe déjà avec votre adresse",
        ["Quelqu'un, peut-être vous, a voulu créer un compte sur le portail des projets du Pôle Ouest avec cette adresse, qui en a déjà un.",
         "Si c'était vous, connectez-vous ; si vous avez oublié votre mot de passe, demandez-en un nouveau depuis cette page :"],
        portalUrl.TrimEnd('/') + AccountLinks.ForgotPassword, "Mot de passe oublié",
        ["Si ce n'était pas vous, ignorez ce message : votre compte n'a pas changé."]);

    private static EmailMessage Compose(string to, string subject, string[] before, string link, string linkText, string[] after)
    {
        var text = $"{NotificationEmail.Greeting}\n\n{string.Join("\n\n", before)}\n{link}\n\n{string.Join("\n\n", after)}\n\n-- \n{NotificationEmail.Footer}\n";
        var html = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"></head>"
            + "<body style=\"font-family: sans-serif; color: #1a1a1a;\">"
            + $"<p>{Encode(NotificationEmail.Greeting)}</p>"
            + string.Concat(before.Select(p => $"<p>{Encode(p)}</p>"))
            + $"<p><a href=\"{Encode(link)}\">{Encode(linkText)}</a></p>"
            + string.Concat(after.Select(p => $"<p>{Encode(p)}</p>"))
            + $"<p style=\"color: #555; font-size: 0.9em;\">{Encode(NotificationEmail.Footer)}</p></body></html>";
        return new EmailMessage(to, subject, text, html);
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
