using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>Single sign-on, its return page, signing out and the access-denied page.</summary>
public sealed class SessionTexts : TextSet
{
    public SessionTexts()
        : base("Session")
    {
        Add("SingleSignOn", "Connexion unique", "Single sign-on");
        Add("NotConfigured", "La connexion unique n'est pas configurée sur ce portail.", "Single sign-on is not set up on this portal.");
        Add("SignInWithPassword", "Se connecter avec une adresse e-mail et un mot de passe", "Sign in with an e-mail address and a password");
        Add("SignInWith", "Connexion avec {0}", "Signing in with {0}");
        Add("BackToSignIn", "Revenir à la connexion", "Back to sign-in");
        Add("ExternalExpired", "La connexion a expiré ou n'a pas abouti. Recommencez depuis la page de connexion.",
            "Signing in expired or did not work. Start again from the sign-in page.");
        Add("ExternalUnverified", "{0} n'a pas confirmé que l'adresse e-mail de votre compte est vérifiée : elle ne peut pas être rattachée à un compte du portail. Connectez-vous avec votre adresse e-mail et votre mot de passe.",
            "{0} did not confirm that your account's e-mail address is verified: it cannot be linked to an account of the portal. Sign in with your e-mail address and your password.");
        Add("SignOut", "Se déconnecter", "Sign out");
        Add("SignedOut", "Vous êtes déconnecté.", "You are signed out.");
        Add("SignedOutEverywhere", "Vous êtes déconnecté de tous vos appareils et applications.", "You are signed out of all your devices and applications.");
        Add("AccessDenied", "Accès refusé", "Access denied");
        Add("AccessDeniedWhy", "Votre compte n'a pas accès à cette page. Si vous pensez que c'est une erreur, contactez l'équipe du pôle.",
            "Your account has no access to this page. If you think this is a mistake, contact the cluster's team.");
        Add("BackHome", "Revenir à l'accueil", "Back to the home page");
    }
}
