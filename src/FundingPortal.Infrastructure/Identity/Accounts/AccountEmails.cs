using System.Net;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Notifications;

namespace FundingPortal.Infrastructure.Identity.Accounts;

/// <summary>The account e-mails in the recipient's language: plain text and a sober HTML twin, each with the one link it is about.</summary>
public static class AccountEmails
{
    public static EmailMessage PasswordReset(string to, string link, string language = Languages.French) => language == Languages.English
        ? Compose(to, language,
            "Changing your password",
            ["You asked to change the password of your account on the Pôle Ouest project portal.",
             "This link is valid for one hour and works once:"],
            link, "Choose a new password",
            ["If you did not ask for this, ignore this message: your password stays the same."])
        : Compose(to, language,
            "Changement de votre mot de passe",
            ["Vous avez demandé à changer le mot de passe de votre compte sur le portail des projets du Pôle Ouest.",
             "Ce lien est valable une heure et ne sert qu'une fois :"],
            link, "Choisir un nouveau mot de passe",
            ["Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste le même."]);

    public static EmailMessage EmailConfirmation(string to, string link, string language = Languages.French) => language == Languages.English
        ? Compose(to, language,
            "Confirm your e-mail address",
            ["Your account is created on the Pôle Ouest project portal. You can already sign in and prepare your proposals.",
             "To accept an invitation or be named an expert or a funder, confirm your address with this link, valid for 48 hours and once:"],
            link, "Confirm my e-mail address",
            ["If you did not create this account, ignore this message."])
        : Compose(to, language,
            "Confirmez votre adresse e-mail",
            ["Votre compte est créé sur le portail des projets du Pôle Ouest. Vous pouvez déjà vous connecter et préparer vos dossiers.",
             "Pour accepter une invitation ou être désigné expert ou financeur, confirmez votre adresse avec ce lien, valable 48 heures et une seule fois :"],
            link, "Confirmer mon adresse e-mail",
            ["Si vous n'avez pas créé ce compte, ignorez ce message."]);

    public static EmailMessage AlreadyRegistered(string to, string portalUrl, string language = Languages.French) => language == Languages.English
        ? Compose(to, language,
            "An account already exists with your address",
            ["Someone, perhaps you, tried to create an account on the Pôle Ouest project portal with this address, which already has one.",
             "If it was you, sign in; if you forgot your password, ask for a new one from this page:"],
            portalUrl.TrimEnd('/') + AccountLinks.ForgotPassword, "Forgot your password",
            ["If it was not you, ignore this message: your account has not changed."])
        : Compose(to, language,
            "Un compte existe déjà avec votre adresse",
            ["Quelqu'un, peut-être vous, a voulu créer un compte sur le portail des projets du Pôle Ouest avec cette adresse, qui en a déjà un.",
             "Si c'était vous, connectez-vous ; si vous avez oublié votre mot de passe, demandez-en un nouveau depuis cette page :"],
            portalUrl.TrimEnd('/') + AccountLinks.ForgotPassword, "Mot de passe oublié",
            ["Si ce n'était pas vous, ignorez ce message : votre compte n'a pas changé."]);

    private static EmailMessage Compose(string to, string language, string subject, string[] before, string link, string linkText, string[] after)
    {
        var greeting = NotificationEmail.GreetingIn(language);
        var footer = NotificationEmail.FooterIn(language);
        var text = $"{greeting}\n\n{string.Join("\n\n", before)}\n{link}\n\n{string.Join("\n\n", after)}\n\n-- \n{footer}\n";
        var html = $"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"></head>"
            + "<body style=\"font-family: sans-serif; color: #1a1a1a;\">"
            + $"<p>{Encode(greeting)}</p>"
            + string.Concat(before.Select(p => $"<p>{Encode(p)}</p>"))
            + $"<p><a href=\"{Encode(link)}\">{Encode(linkText)}</a></p>"
            + string.Concat(after.Select(p => $"<p>{Encode(p)}</p>"))
            + $"<p style=\"color: #555; font-size: 0.9em;\">{Encode(footer)}</p></body></html>";
        return new EmailMessage(to, subject, text, html, language);
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
