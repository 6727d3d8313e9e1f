using FundingPortal.Domain.Accounts;
using FundingPortal.Domain.Common;

namespace FundingPortal.Web.Errors;

/// <summary>The password policy's refusals, in French, for the sign-up and new-password forms.</summary>
public static class PasswordErrors
{
    public const string Rules = "12 caractères au moins ; pas un mot de passe courant ; sans la partie de votre adresse e-mail avant « @ ». "
        + "Une phrase de quelques mots fait un bon mot de passe.";

    public static string French(Error error) => (error.Extensions?.GetValueOrDefault("reason") as string) switch
    {
        "too_short" => $"Le mot de passe doit compter {PasswordPolicy.MinimumLength} caractères au moins.",
        "too_long" => $"Le mot de passe compte {PasswordPolicy.MaximumLength} caractères au plus.",
        "contains_email" => "Le mot de passe ne doit pas contenir la partie de votre adresse e-mail avant « @ ».",
        "common" => "Ce mot de passe fait partie des plus courants et serait vite deviné : choisissez-en un autre.",
        _ => "Ce mot de passe n'est pas accepté : choisissez-en un autre.",
    };
}
