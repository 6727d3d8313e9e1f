using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>The account page (<c>/compte</c>): e-mail confirmation, second factor, sessions.</summary>
public sealed class MyAccountTexts : TextSet
{
    public MyAccountTexts()
        : base("MyAccount")
    {
        Add("Title", "Mon compte", "My account");
        Add("Email", "Adresse e-mail", "E-mail address");
        Add("EmailConfirmed", "Adresse confirmée", "Address confirmed");
        Add("Yes", "oui", "yes");
        Add("No", "non", "no");
        Add("TwoStep", "Vérification en deux étapes", "Two-step verification");
        Add("On", "activée", "on");
        Add("Off", "désactivée", "off");
        Add("ConfirmTitle", "Confirmer votre adresse e-mail", "Confirm your e-mail address");
        Add("ConfirmWhy", "Tant qu'elle n'est pas confirmée, vous pouvez préparer vos dossiers, mais pas accepter une invitation ni être désigné expert ou financeur.",
            "Until it is confirmed, you can prepare your dossiers, but not accept an invitation nor be appointed as an expert or a funder.");
        Add("ConfirmationSent", "Un nouveau lien de confirmation vient de vous être envoyé. Il est valable 48 heures.",
            "A new confirmation link has just been sent to you. It is valid for 48 hours.");
        Add("ResendConfirmation", "Recevoir un nouveau lien de confirmation", "Send me a new confirmation link");
        Add("SettingsLink", "Paramètres de notification (langue et fréquence des e-mails)", "Notification settings (language and frequency of e-mails)");
        Add("MfaOn", "À chaque connexion, un code de votre application d'authentification vous est demandé en plus du mot de passe.",
            "Each time you sign in, a code from your authenticator app is asked for as well as the password.");
        Add("MfaOff", "Protégez votre compte avec un code à 6 chiffres donné par une application d'authentification, en plus du mot de passe. Elle est obligatoire pour les responsables du pôle et les chargés de mission des financeurs.",
            "Protect your account with a 6-digit code from an authenticator app, as well as the password. It is compulsory for cluster managers and funders' officers.");
        Add("ManageMfa", "Gérer la vérification en deux étapes", "Manage two-step verification");
        Add("EnableMfa", "Activer la vérification en deux étapes", "Turn on two-step verification");
        Add("DataTitle", "Vos données personnelles", "Your personal data");
        Add("DataWhy", "Téléchargez tout ce que le portail conserve sur vous (compte, organisation, dossiers, messages, notifications, profil d'expert, actions enregistrées) dans un fichier JSON.",
            "Download everything the portal holds about you (account, organisation, proposals, messages, notifications, expert profile, recorded actions) as a JSON file.");
        Add("DataDownload", "Télécharger mes données", "Download my data");
        Add("DataPolicy", "Ce que le portail conserve, pourquoi et combien de temps", "What the portal keeps, why and for how long");
        AddSame("Sessions", "Sessions");
        Add("SessionsWhy", "Vous pensez qu'une autre personne utilise votre compte ? Fermez toutes les sessions ouvertes, sur tous les appareils et dans les applications qui utilisent l'API, puis changez votre mot de passe.",
            "Do you think someone else is using your account? Close every open session, on every device and in the applications that use the API, then change your password.");
        Add("SignOutEverywhereConfirm", "Fermer toutes vos sessions, y compris celle-ci ?", "Close all your sessions, this one included?");
        Add("SignOutEverywhere", "Me déconnecter partout", "Sign me out everywhere");
    }
}
