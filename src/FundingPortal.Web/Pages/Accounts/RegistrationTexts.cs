using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>The registration page (<c>/inscription</c>).</summary>
public sealed class RegistrationTexts : TextSet
{
    public RegistrationTexts()
        : base("Registration")
    {
        Add("Title", "Créer un compte", "Create an account");
        Add("Lead", "Un compte par personne. Vous créerez ou rejoindrez ensuite votre organisation.",
            "One account per person. You will then create or join your organisation.");
        Add("Email", "Adresse e-mail professionnelle", "Work e-mail address");
        Add("Password", "Mot de passe", "Password");
        Add("Confirmation", "Confirmez le mot de passe", "Confirm the password");
        Add("LanguageLegend", "Langue du portail et des e-mails", "Language of the portal and e-mails");
        Add("LanguageHint", "Vous pourrez la changer à tout moment dans les paramètres de votre compte.", "You can change it at any time in your account settings.");
        Add("Submit", "Créer mon compte", "Create my account");
        Add("HaveAccount", "Vous avez déjà un compte ?", "Already have an account?");
        Add("SignIn", "Se connecter", "Sign in");
        Add("InvalidEmail", "Saisissez une adresse e-mail valide, par exemple prenom.nom@entreprise.fr.",
            "Enter a valid e-mail address, for example firstname.lastname@company.eu.");
        Add("Mismatch", "Les deux mots de passe ne sont pas identiques.", "The two passwords are not the same.");
        Add("EmailRefused", "Cette adresse e-mail ne peut pas servir d'identifiant : vérifiez-la.", "This e-mail address cannot be used to sign in: check it.");
        Add("Registered", "Un e-mail vient d'être envoyé à {0} pour confirmer l'adresse. Vous pouvez dès maintenant vous connecter avec le mot de passe choisi.",
            "An e-mail has just been sent to {0} to confirm the address. You can sign in now with the password you chose.");
    }
}
