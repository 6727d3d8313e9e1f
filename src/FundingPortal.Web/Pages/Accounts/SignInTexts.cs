using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>The sign-in page (<c>/connexion</c>).</summary>
public sealed class SignInTexts : TextSet
{
    public SignInTexts()
        : base("SignIn")
    {
        Add("Title", "Se connecter", "Sign in");
        Add("SingleSignOnFailed", "La connexion avec {0} n'a pas abouti. Réessayez, ou connectez-vous avec votre adresse e-mail et votre mot de passe.",
            "Signing in with {0} did not work. Try again, or sign in with your e-mail address and password.");
        Add("Email", "Adresse e-mail", "E-mail address");
        Add("Password", "Mot de passe", "Password");
        Add("Submit", "Se connecter", "Sign in");
        Add("ForgotPassword", "Mot de passe oublié ?", "Forgot your password?");
        Add("SignInWith", "Se connecter avec {0}", "Sign in with {0}");
        Add("NoAccount", "Pas encore de compte ?", "No account yet?");
        Add("Register", "Créer un compte", "Create an account");
        Add("Missing", "Saisissez votre adresse e-mail et votre mot de passe.", "Enter your e-mail address and your password.");
        Add("Wrong", "Adresse e-mail ou mot de passe incorrect. Après dix essais infructueux, le compte est bloqué cinq minutes.",
            "Wrong e-mail address or password. After ten failed attempts, the account is locked for five minutes.");
    }
}
