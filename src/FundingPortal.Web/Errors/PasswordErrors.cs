using FundingPortal.Application.Common.Localisation;
using FundingPortal.Domain.Accounts;
using FundingPortal.Domain.Common;

namespace FundingPortal.Web.Errors;

/// <summary>The password policy's rules and refusals, for the sign-up and new-password forms, in the request's language.</summary>
public static class PasswordErrors
{
    private static readonly PasswordTexts Texts = new();

    public static string Rules => Texts["Rules"];

    public static string Describe(Error error) => (error.Extensions?.GetValueOrDefault("reason") as string) switch
    {
        "too_short" => Texts.Format("TooShort", Languages.Current, PasswordPolicy.MinimumLength),
        "too_long" => Texts.Format("TooLong", Languages.Current, PasswordPolicy.MaximumLength),
        "contains_email" => Texts["ContainsEmail"],
        "common" => Texts["Common"],
        _ => Texts["Refused"],
    };
}

/// <summary>The password policy, in words.</summary>
public sealed class PasswordTexts : TextSet
{
    public PasswordTexts()
        : base("Password")
    {
        Add("Rules", "12 caractères au moins ; pas un mot de passe courant ; sans la partie de votre adresse e-mail avant « @ ». Une phrase de quelques mots fait un bon mot de passe.",
            "At least 12 characters; not a common password; without the part of your e-mail address before “@”. A sentence of a few words makes a good password.");
        Add("TooShort", "Le mot de passe doit compter {0} caractères au moins.", "The password must have at least {0} characters.");
        Add("TooLong", "Le mot de passe compte {0} caractères au plus.", "The password has at most {0} characters.");
        Add("ContainsEmail", "Le mot de passe ne doit pas contenir la partie de votre adresse e-mail avant « @ ».",
            "The password must not contain the part of your e-mail address before “@”.");
        Add("Common", "Ce mot de passe fait partie des plus courants et serait vite deviné : choisissez-en un autre.",
            "This password is one of the most common and would soon be guessed: choose another one.");
        Add("Refused", "Ce mot de passe n'est pas accepté : choisissez-en un autre.", "This password is not accepted: choose another one.");
    }
}
