using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>The forgotten-password page and the new-password page its e-mail links to.</summary>
public sealed class PasswordResetTexts : TextSet
{
    public PasswordResetTexts()
        : base("PasswordReset")
    {
        Add("ForgotTitle", "Mot de passe oublié", "Forgotten password");
        Add("SentIfAccount", "Si un compte utilise l'adresse {0}, un e-mail vient de lui être envoyé avec un lien pour choisir un nouveau mot de passe.",
            "If an account uses the address {0}, an e-mail has just been sent to it with a link to choose a new password.");
        Add("LinkValidity", "Le lien est valable une heure et ne sert qu'une fois. Pensez à regarder dans les courriers indésirables.",
            "The link is valid for one hour and works only once. Remember to look in your junk mail.");
        Add("BackToSignIn", "Revenir à la connexion", "Back to sign-in");
        Add("ForgotLead", "Indiquez l'adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.",
            "Give your account's e-mail address: we will send you a link to choose a new password.");
        Add("Email", "Adresse e-mail", "E-mail address");
        Add("SendLink", "Recevoir le lien", "Send me the link");
        Add("ResetTitle", "Choisir un nouveau mot de passe", "Choose a new password");
        Add("LinkInvalid", "Ce lien n'est plus valable : il a déjà servi, il a plus d'une heure, ou il est incomplet.",
            "This link is no longer valid: it has already been used, it is more than one hour old, or it is incomplete.");
        Add("AskNewLink", "Demander un nouveau lien", "Ask for a new link");
        Add("ResetLead", "Compte : {0}. Une fois le mot de passe changé, toutes les sessions ouvertes sur ce compte sont fermées.",
            "Account: {0}. Once the password is changed, every session open on this account is closed.");
        Add("NewPassword", "Nouveau mot de passe", "New password");
        Add("Confirmation", "Confirmez le nouveau mot de passe", "Confirm the new password");
        Add("Save", "Enregistrer le nouveau mot de passe", "Save the new password");
        Add("Changed", "Votre mot de passe est changé. Connectez-vous avec le nouveau mot de passe.", "Your password is changed. Sign in with the new password.");
    }
}
