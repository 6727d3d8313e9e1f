using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Api.Http;

/// <summary>The titles and default messages of problem responses, in English and French.</summary>
internal static class ProblemTexts
{
    public static string Title(int status, string language) =>
        language == Languages.English ? ProblemResults.TitleFor(status) : status switch
        {
            400 => "Requête invalide",
            401 => "Authentification requise",
            403 => "Accès refusé",
            404 => "Introuvable",
            405 => "Méthode non autorisée",
            409 => "Conflit",
            412 => "Précondition non remplie",
            413 => "Contenu trop volumineux",
            415 => "Type de contenu non pris en charge",
            422 => "Règle métier non respectée",
            429 => "Trop de requêtes",
            503 => "Service indisponible",
            _ => "Erreur",
        };

    public static string? DefaultDetail(int status, string language) => language == Languages.English
        ? status switch
        {
            401 => "Sign in first: send 'Authorization: Bearer <accessToken>' obtained from POST /api/auth/login.",
            403 => "Your account is not allowed to do this.",
            404 => "Nothing here, or you are not allowed to see it.",
            405 => "This HTTP method is not supported on this path.",
            429 => "Too many requests; wait a moment and try again.",
            _ => null,
        }
        : status switch
        {
            401 => "Connectez-vous d'abord : envoyez 'Authorization: Bearer <accessToken>' obtenu par POST /api/auth/login.",
            403 => "Votre compte n'a pas le droit de faire cela.",
            404 => "Rien ici, ou vous n'avez pas le droit de le voir.",
            405 => "Cette méthode HTTP n'est pas prise en charge à cette adresse.",
            429 => "Trop de requêtes : patientez un instant puis réessayez.",
            _ => null,
        };
}
