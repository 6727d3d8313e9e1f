using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>The texts of the API tokens page (/compte/jetons-api), French and English together.</summary>
public sealed class ApiTokensTexts : TextSet
{
    public ApiTokensTexts()
        : base("ApiTokens")
    {
        Add("Title", "Jetons d'API", "API tokens");
        Add("Intro", "Un jeton permet à un autre logiciel (un CRM, l'outil d'un financeur) d'utiliser l'API en votre nom, sans votre mot de passe. Il agit avec vos droits, limités à ses autorisations.",
            "A token lets another system (a CRM, a funder's tool) use the API on your behalf, without your password. It acts with your rights, limited to its scopes.");
        Add("CreateHeading", "Créer un jeton", "Create a token");
        Add("NameLabel", "Nom du jeton", "Token name");
        Add("NameHint", "Pour le reconnaître plus tard, par exemple « CRM du pôle ».", "To recognise it later, for example \"Cluster CRM\".");
        Add("ScopesLegend", "Autorisations", "Scopes");
        Add("ReadScope", "Lecture (consulter)", "Read (view)");
        Add("WriteScope", "Écriture (créer, modifier, déposer)", "Write (create, change, submit)");
        Add("ExpiryLabel", "Durée de validité", "Valid for");
        Add("Days30", "30 jours", "30 days");
        Add("Days90", "90 jours", "90 days");
        Add("Days365", "1 an", "1 year");
        Add("NoExpiry", "Sans date d'expiration", "No expiry date");
        Add("Create", "Créer le jeton", "Create the token");
        Add("SecretHeading", "Copiez votre jeton maintenant", "Copy your token now");
        Add("SecretHint", "Il ne sera plus jamais affiché : le portail n'en garde qu'une empreinte. Envoyez-le dans l'en-tête « Authorization: Bearer … ».",
            "It will never be shown again: the portal keeps only a fingerprint of it. Send it in the \"Authorization: Bearer …\" header.");
        Add("ListHeading", "Vos jetons", "Your tokens");
        Add("Empty", "Vous n'avez encore aucun jeton.", "You have no token yet.");
        Add("Name", "Nom", "Name");
        Add("Start", "Début du jeton", "Token start");
        Add("Scopes", "Autorisations", "Scopes");
        Add("Created", "Créé le", "Created");
        Add("Expires", "Expire le", "Expires");
        Add("LastUsed", "Dernière utilisation", "Last used");
        Add("State", "État", "State");
        Add("Never", "jamais", "never");
        Add("Active", "actif", "active");
        Add("Expired", "expiré", "expired");
        Add("Revoked", "révoqué", "revoked");
        Add("Read", "lecture", "read");
        Add("Write", "écriture", "write");
        Add("Revoke", "Révoquer", "Revoke");
        Add("RevokeLabel", "Révoquer le jeton {0}", "Revoke the token {0}");
        Add("RevokeConfirm", "Révoquer ce jeton ? Les logiciels qui l'utilisent perdront l'accès immédiatement.",
            "Revoke this token? Systems using it lose access at once.");
        Add("RevokedFlash", "Le jeton est révoqué : il ne fonctionne plus.", "The token is revoked: it no longer works.");
        Add("InvalidName", "Donnez au jeton un nom de 1 à 100 caractères.", "Give the token a name of 1 to 100 characters.");
        Add("InvalidScope", "Cochez au moins une autorisation.", "Tick at least one scope.");
        Add("TooMany", "Vous avez déjà 20 jetons actifs : révoquez-en un avant d'en créer un autre.",
            "You already have 20 active tokens: revoke one before creating another.");
        Add("Link", "Jetons d'API (accès d'autres logiciels)", "API tokens (access for other systems)");
    }
}
