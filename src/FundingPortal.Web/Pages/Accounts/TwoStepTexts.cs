using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>Two-step verification: the second sign-in step, turning it on, and the recovery codes.</summary>
public sealed class TwoStepTexts : TextSet
{
    public TwoStepTexts()
        : base("TwoStep")
    {
        Add("Title", "Vérification en deux étapes", "Two-step verification");
        Add("SignInLead", "Ouvrez votre application d'authentification et saisissez le code à 6 chiffres affiché pour le portail du Pôle Ouest.",
            "Open your authenticator app and enter the 6-digit code it shows for the Pôle Ouest portal.");
        Add("Code", "Code de vérification", "Verification code");
        Add("Verify", "Vérifier", "Verify");
        Add("NoPhone", "Vous n'avez pas votre téléphone ?", "You do not have your phone?");
        Add("RecoveryCode", "Code de secours", "Recovery code");
        Add("RecoveryHint", "Un des dix codes de secours reçus à l'activation, par exemple ABCDE-FGHJK. Chacun ne sert qu'une fois.",
            "One of the ten recovery codes you received when turning it on, for example ABCDE-FGHJK. Each one works only once.");
        Add("UseRecoveryCode", "Utiliser le code de secours", "Use the recovery code");
        Add("WrongCode", "Ce code n'est pas le bon, ou il a déjà servi : saisissez le code affiché maintenant par l'application.",
            "This code is not the right one, or it has already been used: enter the code the app shows now.");
        Add("WrongRecoveryCode", "Ce code de secours n'est pas valable, ou il a déjà servi.", "This recovery code is not valid, or it has already been used.");
        Add("Expired", "La vérification a expiré : connectez-vous de nouveau.", "The verification has expired: sign in again.");
        Add("Enabled", "La vérification en deux étapes est activée sur votre compte.", "Two-step verification is on for your account.");
        Add("RecoveryCodes", "Codes de secours", "Recovery codes");
        Add("RecoveryCodesWhy", "Ils servent à vous connecter sans votre téléphone, chacun une seule fois. En générer de nouveaux rend les anciens inutilisables.",
            "They let you sign in without your phone, each one once. Generating new ones makes the old ones unusable.");
        Add("RegenerateConfirm", "Les codes de secours actuels ne fonctionneront plus. Continuer ?", "The current recovery codes will no longer work. Continue?");
        Add("Regenerate", "Générer de nouveaux codes de secours", "Generate new recovery codes");
        Add("Required", "Votre rôle (responsable du pôle ou chargé de mission d'un financeur) demande la vérification en deux étapes : activez-la pour accéder au portail.",
            "Your role (cluster manager or funder's officer) requires two-step verification: turn it on to use the portal.");
        Add("SetUpLead", "En plus du mot de passe, chaque connexion demandera un code à 6 chiffres donné par une application d'authentification (par exemple FreeOTP, Aegis, Google Authenticator ou Microsoft Authenticator).",
            "As well as the password, each sign-in will ask for a 6-digit code from an authenticator app (for example FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator).");
        Add("ScanStep", "Dans l'application, ajoutez un compte en scannant ce code QR :", "In the app, add an account by scanning this QR code:");
        Add("QrAlt", "Code QR à scanner avec l'application d'authentification", "QR code to scan with the authenticator app");
        Add("KeyByHand", "Ou saisissez cette clé à la main :", "Or type this key by hand:");
        Add("CodeStep", "Saisissez le code à 6 chiffres que l'application affiche maintenant :", "Enter the 6-digit code the app shows now:");
        Add("Enable", "Activer", "Turn on");
        Add("WrongSetUpCode", "Ce code n'est pas le bon : saisissez les 6 chiffres que l'application affiche maintenant (ils changent toutes les 30 secondes).",
            "This code is not the right one: enter the 6 digits the app shows now (they change every 30 seconds).");
        Add("SetUpFailed", "La vérification en deux étapes n'a pas pu être activée : rechargez la page puis recommencez.",
            "Two-step verification could not be turned on: reload the page and start again.");
        Add("EnabledNoteCodes", "La vérification en deux étapes est activée. Notez vos codes de secours : ils ne seront plus affichés.",
            "Two-step verification is on. Write down your recovery codes: they will not be shown again.");
        Add("NoteCodes", "Notez vos codes de secours : ils ne seront plus affichés.", "Write down your recovery codes: they will not be shown again.");
        Add("CodesLead", "Chacun de ces codes vous permet de vous connecter une fois sans votre téléphone. Conservez-les en lieu sûr (gestionnaire de mots de passe, papier rangé) : ils ne seront plus affichés.",
            "Each of these codes lets you sign in once without your phone. Keep them somewhere safe (a password manager, a paper put away): they will not be shown again.");
        Add("YourCodes", "Vos codes de secours", "Your recovery codes");
        Add("Print", "Imprimer", "Print");
        Add("CodesNoted", "J'ai noté mes codes", "I have written down my codes");
        Add("CodesShownOnce", "Les codes de secours ne sont affichés qu'une fois, juste après leur création. Vous pouvez en générer de nouveaux depuis la page",
            "Recovery codes are shown only once, right after they are created. You can generate new ones on the page");
    }
}
